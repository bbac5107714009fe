namespace Parley.Events.Lexicon;

/// <summary>A word or phrase (lower case, lemmas or forms as written) that signals an event's modality (SPEC §5).</summary>
public sealed record ModalityCue(string Phrase, EventModality Modality);
