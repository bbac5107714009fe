using Parley.Nlp.Conllu;

namespace Parley.Tests.Nlp;

/// <summary>Tiny hand-made treebanks for the tagger, lemmatizer and parser tests.</summary>
internal static class NlpTestData
{
    /// <summary>A toy grammar: DET? ADJ? NOUN VERB (DET? NOUN)? (ADP DET NOUN)? PUNCT, with UD relations.</summary>
    public static IReadOnlyList<ConlluSentence> ToyTreebank()
    {
        string[] dets = ["the", "a"];
        string[] nouns = ["dog", "cat", "minister", "treaty", "army", "talks"];
        string[] verbs = ["sees", "signs", "rejects", "likes"];
        string[] adjs = ["old", "new"];
        var text = new System.Text.StringBuilder();
        int n = 0;
        foreach (var d1 in dets)
            foreach (var a in adjs.Prepend(""))
                foreach (var n1 in nouns)
                    foreach (var v in verbs)
                    {
                        var n2 = nouns[(n1.Length + v.Length + n) % nouns.Length];
                        bool pp = n % 3 == 0;
                        var words = new List<(string Form, string Lemma, string Upos, string Xpos, int Head, string Rel)>();
                        words.Add((Cap(d1), d1, "DET", "DT", 0, "det"));
                        if (a.Length > 0) words.Add((a, a, "ADJ", "JJ", 0, "amod"));
                        int subj = words.Count + 1;
                        words.Add((n1, n1, "NOUN", "NN", 0, "nsubj"));
                        int verb = words.Count + 1;
                        words.Add((v, v[..^1], "VERB", "VBZ", 0, "root"));
                        words.Add((dets[n % 2], dets[n % 2], "DET", "DT", 0, "det"));
                        int obj = words.Count + 1;
                        words.Add((n2, n2, "NOUN", "NN", verb, "obj"));
                        if (pp)
                        {
                            words.Add(("in", "in", "ADP", "IN", 0, "case"));
                            words.Add(("the", "the", "DET", "DT", 0, "det"));
                            words.Add(("city", "city", "NOUN", "NN", verb, "obl"));
                        }
                        words.Add((".", ".", "PUNCT", ".", verb, "punct"));
                        for (int i = 0; i < words.Count; i++)
                        {
                            var w = words[i];
                            int head = w.Rel switch
                            {
                                "det" or "amod" or "case" => NextNoun(words, i),
                                "nsubj" => verb,
                                "root" => 0,
                                _ => w.Head,
                            };
                            text.Append($"{i + 1}\t{w.Form}\t{w.Lemma}\t{w.Upos}\t{w.Xpos}\t_\t{head}\t{w.Rel}\t_\t_\n");
                        }
                        text.Append('\n');
                        _ = subj + obj;
                        n++;
                    }
        return [.. ConlluReader.Read(new StringReader(text.ToString()))];
    }

    private static int NextNoun(List<(string Form, string Lemma, string Upos, string Xpos, int Head, string Rel)> words, int i)
    {
        for (int j = i + 1; j < words.Count; j++)
            if (words[j].Upos == "NOUN") return j + 1;
        throw new InvalidOperationException("no noun after a determiner");
    }

    private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
