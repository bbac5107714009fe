namespace Parley.Events.Evaluation;

/// <summary>
/// A strictly matched pair whose system value for one field differs from the gold value (SPEC §8 field accuracies),
/// listed with the sentence so a person can see why.
/// </summary>
/// <param name="Doc">Document id.</param>
/// <param name="Id">The system event id.</param>
/// <param name="GoldId"><c>gold:LINE:N</c> of the gold event.</param>
/// <param name="Field">modality, mode, date, place or claimant.</param>
/// <param name="Gold">The gold value as written (modes joined with <c>|</c>; a nameless claimant as <c>COUNTRY/SECTOR</c>).</param>
/// <param name="System">The system value, or null when the system gives none.</param>
/// <param name="Sentence">The system event's evidence sentence.</param>
/// <param name="Lenient">For dates only: whether the two values still overlap (the lenient match); null for other fields.</param>
public sealed record FieldMiss(string Doc, string Id, string GoldId, string Field, string Gold, string? System, string Sentence, bool? Lenient = null);
