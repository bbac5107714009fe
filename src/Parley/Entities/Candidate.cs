namespace Parley.Entities;

/// <summary>
/// One reading of a matched phrase: its <see cref="Kind"/> and the index of the record in the matching table of
/// <see cref="EntityResources"/>. <see cref="AllCapsOnly"/>: an acronym ("US", "UN") matches only in capitals;
/// <see cref="Proper"/>: a name, which must be capitalised in the text.
/// </summary>
public readonly record struct Candidate(CandidateKind Kind, int Index, bool AllCapsOnly, bool Proper);
