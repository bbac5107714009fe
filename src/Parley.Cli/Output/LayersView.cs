using Parley.Documents;
using Spectre.Console;

namespace Parley.Cli.Output;

/// <summary>Sentences, tokens, tags and dependency trees of an analysed document, for <c>parley show --layers</c>.</summary>
internal static class LayersView
{
    public static object Json(Document doc)
    {
        var tokens = doc.Get(Layers.Tokens);
        var tags = doc.Get(Layers.Tags);
        var deps = doc.Get(Layers.Dependencies);
        return Enumerable.Range(0, tokens.SentenceCount).Select(s =>
        {
            var (first, end) = tokens.SentenceWords(s);
            var span = tokens.SentenceSpan(s);
            return new
            {
                start = span.Start,
                end = span.End,
                text = span.TextOf(doc.Text),
                words = Enumerable.Range(first, end - first).Select(w => new
                {
                    id = w - first + 1,
                    form = tokens.WordForm(w),
                    lemma = tags.Lemmas[w],
                    upos = tags.Upos[w],
                    xpos = tags.Xpos[w],
                    feats = tags.Feats[w],
                    head = deps.Heads[w] < 0 ? 0 : deps.Heads[w] - first + 1,
                    deprel = deps.Deprels[w],
                    start = tokens.WordSpan(w).Start,
                    end = tokens.WordSpan(w).End,
                }),
            };
        });
    }

    /// <summary>Each sentence as CoNLL-U-like rows (id, form, lemma, UPOS, XPOS, head, relation, span).</summary>
    public static void Render(IAnsiConsole console, Document doc)
    {
        var tokens = doc.Get(Layers.Tokens);
        var tags = doc.Get(Layers.Tags);
        var deps = doc.Get(Layers.Dependencies);
        for (int s = 0; s < tokens.SentenceCount; s++)
        {
            var (first, end) = tokens.SentenceWords(s);
            var span = tokens.SentenceSpan(s);
            console.WriteLine();
            var table = new Table().Title(Markup.Escape($"sentence {s + 1} {span}: {Shorten(span.TextOf(doc.Text))}"))
                .AddColumn("id").AddColumn("form").AddColumn("lemma").AddColumn("UPOS").AddColumn("XPOS").AddColumn("head").AddColumn("deprel").AddColumn("span");
            for (int w = first; w < end; w++)
            {
                int head = deps.Heads[w] < 0 ? 0 : deps.Heads[w] - first + 1;
                string[] cells = [(w - first + 1).ToString(), tokens.WordForm(w), tags.Lemmas[w], tags.Upos[w], tags.Xpos[w],
                    head.ToString(), deps.Deprels[w], tokens.WordSpan(w).ToString()];
                table.AddRow(cells.Select(Markup.Escape).ToArray());
            }
            console.Write(table);
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
