using System.Xml.Linq;

namespace Parley.Nlp.Entities;

/// <summary>
/// The tokens of a CAT/NAF XML document (MEANTIME, ECB+: <c>&lt;token t_id sentence&gt;</c>) grouped into sentences, with
/// each token id's sentence and position, and the positions a markable's <c>token_anchor</c>s point at.
/// </summary>
internal sealed class CatTokens
{
    private readonly Dictionary<string, (int Sentence, int Index)> _where = [];

    /// <summary>The tokens of the sentences <paramref name="keep"/> accepts.</summary>
    public CatTokens(XElement root, Func<int, bool> keep)
    {
        Sentences = [.. root.Elements("token")
            .Select(t => (Id: t.Attribute("t_id")!.Value, Sentence: int.Parse(t.Attribute("sentence")!.Value), Text: t.Value))
            .Where(t => keep(t.Sentence))
            .GroupBy(t => t.Sentence).OrderBy(g => g.Key)];
        foreach (var g in Sentences)
        {
            int k = 0;
            foreach (var t in g) _where[t.Id] = (g.Key, k++);
        }
    }

    /// <summary>Sentences in order, keyed by the corpus's sentence number.</summary>
    public IGrouping<int, (string Id, int Sentence, string Text)>[] Sentences { get; }

    public bool IsEmpty => Sentences.Length == 0;

    /// <summary>The words of sentence <paramref name="sentence"/>.</summary>
    public string[] Words(int sentence) => [.. Sentences.First(g => g.Key == sentence).Select(t => t.Text)];

    /// <summary>Where the markable's anchored tokens are (those of kept sentences only).</summary>
    public (int Sentence, int Index)[] Anchors(XElement markable) =>
        [.. markable.Elements("token_anchor").Select(a => a.Attribute("t_id")!.Value).Where(_where.ContainsKey).Select(id => _where[id])];
}
