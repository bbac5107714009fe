using Parley.Documents;

namespace Parley.Time.Evaluation;

/// <summary>
/// An annotated document: its text rebuilt from the corpus tokens (single spaces, one line per sentence), its DCT, its
/// gold expressions and the <see cref="Annotated"/> regions the annotators covered — only expressions there are scored.
/// </summary>
public sealed record TimexDocument(string Corpus, string Split, string Id, string Text, DateOnly Dct, IReadOnlyList<TimexGold> Gold,
    IReadOnlyList<Span> Annotated);
