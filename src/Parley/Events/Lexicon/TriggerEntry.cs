namespace Parley.Events.Lexicon;

/// <summary>
/// One candidate reading of a trigger: the PLOVER type and mode it suggests and the CAMEO code behind it.
/// CAMEO "express intent" codes (03x) map to AGREE here, as in the CAMEO→PLOVER table; the extractor decides
/// whether the sentence states an agreement or a base type with modality <c>intended</c>.
/// </summary>
/// <param name="Lemma">The trigger as lemmas, lower case, words separated by one space ("meet with").</param>
/// <param name="Head">The word a parser would see as the head: the verb of a multi-word verb ("meet"), the last word of a noun phrase.</param>
/// <param name="Pattern">For CAMEO patterns, the pattern over the verb's arguments in PETRARCH syntax ("* (by telephone)"); null for the bare trigger.</param>
/// <param name="Block">For CAMEO entries, the verb block (synonym set) name ("MEET_PEOPLE"); null otherwise.</param>
public sealed record TriggerEntry(
    string Lemma,
    string Head,
    TriggerKind Kind,
    PloverType Type,
    string? Mode,
    string Cameo,
    string? Pattern,
    string? Block,
    TriggerSource Source);
