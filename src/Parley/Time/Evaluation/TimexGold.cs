using Parley.Documents;

namespace Parley.Time.Evaluation;

/// <summary>
/// One annotated time expression. TimeML corpora give <see cref="Type"/> and <see cref="Value"/>; GUM gives
/// <c>when</c> (as <see cref="Value"/>) or <c>from/to</c>, <c>notBefore/notAfter</c> bounds and no type.
/// </summary>
public sealed record TimexGold(Span Span, TimexType? Type, string? Value, string? From = null, string? To = null,
    string? NotBefore = null, string? NotAfter = null);
