using Parley.Documents;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;
using Parley.Nlp.Tokenization;

namespace Parley.Events.Extraction;

/// <summary>
/// One sentence's dependency tree with child lists, over document-wide word indexes. Built per sentence and
/// discarded; read-only once built.
/// </summary>
internal sealed class SentenceTree
{
    private readonly List<int>[] _children;

    public SentenceTree(int sentence, TokenizedText tokens, TagLayer tags, DependencyLayer deps)
    {
        Sentence = sentence;
        Tokens = tokens;
        Tags = tags;
        Deps = deps;
        (First, End) = tokens.SentenceWords(sentence);
        _children = new List<int>[End - First];
        for (int i = 0; i < _children.Length; i++) _children[i] = [];
        for (int w = First; w < End; w++)
        {
            int h = deps.Heads[w];
            if (h >= First && h < End) _children[h - First].Add(w);
        }
        foreach (var (w, head, rel) in ParseRepairs.Find(this)) Reattach(w, head, rel);
    }

    private Dictionary<int, (int Head, string Rel)>? _repaired;

    /// <summary>Hangs <paramref name="w"/> under <paramref name="head"/> with <paramref name="rel"/> for this tree only (the layer is untouched).</summary>
    private void Reattach(int w, int head, string rel)
    {
        if (Head(w) is int old and >= 0) _children[old - First].Remove(w);
        (_repaired ??= [])[w] = (head, rel);
        if (head < 0) return; // the sentence's root
        var list = _children[head - First];
        int at = list.FindIndex(c => c > w);
        list.Insert(at < 0 ? list.Count : at, w);
    }

    public int Sentence { get; }
    public int First { get; }
    public int End { get; }
    public TokenizedText Tokens { get; }
    public TagLayer Tags { get; }
    public DependencyLayer Deps { get; }

    public IReadOnlyList<int> Children(int w) => _children[w - First];

    public int Head(int w) => _repaired is not null && _repaired.TryGetValue(w, out var r) ? r.Head
        : Deps.Heads[w] is int h && h >= First && h < End ? h : -1;

    public string Rel(int w) => _repaired is not null && _repaired.TryGetValue(w, out var r) ? r.Rel : Deps.Deprels[w];

    /// <summary>
    /// The relation without its subtype: <c>nsubj:pass</c> → <c>nsubj</c>. A nominal modifier of a verb, which UD does
    /// not allow (a verb's nominal dependents with a preposition are <c>obl</c>), is a labelling slip and reads as
    /// <c>obl</c> ("calls on President X to …" with X labelled nmod).
    /// </summary>
    public string BaseRel(int w)
    {
        string r = Rel(w);
        int colon = r.IndexOf(':', StringComparison.Ordinal);
        string b = colon < 0 ? r : r[..colon];
        return b == "nmod" && Head(w) is int h and >= 0 && Upos(h) == "VERB" ? "obl" : b;
    }

    public string Lemma(int w) => Tags.Lemmas[w].ToLowerInvariant();

    public string Lower(int w) => Tokens.WordForm(w).ToLowerInvariant();

    public string Upos(int w) => Tags.Upos[w];

    public Span WordSpan(int w) => Tokens.WordSpan(w);

    public IEnumerable<int> ChildrenWith(int w, params string[] rels) => Children(w).Where(c => Array.IndexOf(rels, Rel(c)) >= 0 || Array.IndexOf(rels, BaseRel(c)) >= 0);

    /// <summary>The case marker ("with", "to", "according to") of a nominal dependent, lower case, or "".</summary>
    public string CaseOf(int w)
    {
        var marks = Children(w).Where(c => BaseRel(c) is "case" && c < w).Select(Lower).ToList();
        // "according to": "according" is the case word and "to" hangs from it
        foreach (int c in Children(w))
        {
            if (BaseRel(c) == "case" && Lower(c) == "according") return "according to";
        }
        return marks.Count == 0 ? "" : string.Join(' ', marks);
    }

    /// <summary>Every word of the subtree under <paramref name="w"/>, optionally leaving out branches by relation.</summary>
    public List<int> Subtree(int w, Func<int, bool>? skip = null)
    {
        var result = new List<int>();
        var stack = new Stack<int>();
        stack.Push(w);
        while (stack.Count > 0)
        {
            int x = stack.Pop();
            result.Add(x);
            foreach (int c in Children(x))
            {
                if (skip is null || !skip(c)) stack.Push(c);
            }
        }
        result.Sort();
        return result;
    }

    public Span SpanOf(IReadOnlyList<int> words)
    {
        var a = WordSpan(words[0]);
        var b = WordSpan(words[^1]);
        return new Span(a.Start, b.End);
    }

    /// <summary>True when <paramref name="ancestor"/> dominates <paramref name="w"/> (or is it).</summary>
    public bool Dominates(int ancestor, int w)
    {
        for (int x = w, guard = 0; x >= 0 && guard < 200; x = Head(x), guard++)
        {
            if (x == ancestor) return true;
        }
        return false;
    }

    public int Depth(int w)
    {
        int d = 0;
        for (int x = Head(w); x >= 0 && d < 200; x = Head(x)) d++;
        return d;
    }
}
