namespace Parley.Events.Evaluation;

/// <summary>A false positive (system event), false negative (gold event) or coding miss, with its sentence so a person can see why.</summary>
/// <param name="Doc">Document id.</param>
/// <param name="Id">System event id, or <c>gold:LINE:N</c> for a gold event.</param>
/// <param name="Type">PLOVER type name.</param>
/// <param name="Modality">Modality name.</param>
/// <param name="Text">The gold anchor or the system trigger.</param>
/// <param name="Sentence">The sentence that contains it.</param>
/// <param name="Reason">Why it is listed.</param>
public sealed record EvalItem(string Doc, string Id, string Type, string Modality, string Text, string Sentence, string Reason);
