using System.Text;
using Parley.Nlp.Conllu;

namespace Parley.Nlp.Evaluation;

/// <summary>
/// The CoNLL 2018 shared-task evaluation (the algorithm of <c>conll18_ud_eval.py</c>, reimplemented):
/// gold and system must spell the same characters once whitespace is removed; tokens and sentences score as
/// character spans over those characters; words are aligned by span, and inside a stretch touched by a
/// multi-word token by the longest common subsequence of their lower-cased forms; tags, lemmas and heads
/// are then scored over aligned words (a head is right when it is aligned to the gold head).
/// </summary>
public static class UdEvaluator
{
    private static readonly HashSet<string> UniversalFeatures =
    [
        "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number", "Case",
        "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident", "Polarity", "Person", "Polite",
    ];

    private static readonly HashSet<string> ContentDeprels =
    [
        "nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl", "vocative", "expl", "dislocated", "advcl",
        "advmod", "discourse", "nmod", "appos", "nummod", "acl", "amod", "conj", "fixed", "flat", "compound",
        "list", "parataxis", "orphan", "goeswith", "reparandum", "root", "dep",
    ];

    private static readonly HashSet<string> FunctionalDeprels = ["aux", "cop", "mark", "det", "clf", "case", "cc"];

    /// <exception cref="ArgumentException">The two sides do not spell the same text (a broken contract).</exception>
    public static UdScores Evaluate(IReadOnlyList<ConlluSentence> gold, IReadOnlyList<ConlluSentence> system)
    {
        var g = Loaded.From(gold);
        var s = Loaded.From(system);
        CheckSameCharacters(g.Chars, s.Chars);

        var (goldToSystem, systemToGold) = Align(g.Words, s.Words);

        int aligned = 0, upos = 0, xpos = 0, feats = 0, allTags = 0, lemmas = 0, uas = 0, las = 0;
        int contentAligned = 0, clas = 0, mlas = 0, blex = 0;
        var goldChildren = FunctionalChildren(g.Words);
        var systemChildren = FunctionalChildren(s.Words);
        for (int gi = 0; gi < g.Words.Count; gi++)
        {
            int si = goldToSystem[gi];
            if (si < 0) continue;
            aligned++;
            var gw = g.Words[gi].Entry;
            var sw = s.Words[si].Entry;
            bool uposOk = gw.Upos == sw.Upos, xposOk = gw.Xpos == sw.Xpos, featsOk = UFeats(gw.Feats) == UFeats(sw.Feats);
            bool lemmaOk = gw.Lemma == "_" || gw.Lemma == sw.Lemma;
            if (uposOk) upos++;
            if (xposOk) xpos++;
            if (featsOk) feats++;
            if (uposOk && xposOk && featsOk) allTags++;
            if (lemmaOk) lemmas++;
            int systemHead = s.Words[si].Head < 0 ? s.Words[si].Head : systemToGold[s.Words[si].Head] is var h && h >= 0 ? h : -3;
            bool headOk = g.Words[gi].Head == systemHead;
            bool labelOk = headOk && Universal(gw.Deprel) == Universal(sw.Deprel);
            if (headOk) uas++;
            if (labelOk) las++;
            if (ContentDeprels.Contains(Universal(gw.Deprel)))
            {
                contentAligned++;
                if (labelOk) clas++;
                if (labelOk && lemmaOk) blex++;
                if (labelOk && uposOk && featsOk && SameFunctionalChildren(goldChildren[gi], systemChildren[si], g.Words, s.Words, systemToGold)) mlas++;
            }
        }
        int goldWords = g.Words.Count, systemWords = s.Words.Count;
        int goldContent = g.Words.Count(w => ContentDeprels.Contains(Universal(w.Entry.Deprel)));
        int systemContent = s.Words.Count(w => ContentDeprels.Contains(Universal(w.Entry.Deprel)));
        UdScore Words(int correct) => new(correct, goldWords, systemWords, aligned);
        return new UdScores
        {
            Tokens = SpanScore(g.Tokens, s.Tokens),
            Sentences = SpanScore(g.Sentences, s.Sentences),
            Words = Words(aligned),
            Upos = Words(upos),
            Xpos = Words(xpos),
            UFeats = Words(feats),
            AllTags = Words(allTags),
            Lemmas = Words(lemmas),
            Uas = Words(uas),
            Las = Words(las),
            Clas = new(clas, goldContent, systemContent, contentAligned),
            Mlas = new(mlas, goldContent, systemContent, contentAligned),
            Blex = new(blex, goldContent, systemContent, contentAligned),
        };
    }

    /// <summary>For each word, its children with a functional relation (aux, cop, mark, det, clf, case, cc), in order.</summary>
    private static List<int>?[] FunctionalChildren(List<Word> words)
    {
        var children = new List<int>?[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            int head = words[i].Head;
            if (head >= 0 && FunctionalDeprels.Contains(Universal(words[i].Entry.Deprel)))
                (children[head] ??= []).Add(i);
        }
        return children;
    }

    /// <summary>MLAS: the functional children agree one for one — same (aligned) word, relation, UPOS and features.</summary>
    private static bool SameFunctionalChildren(List<int>? gold, List<int>? system, List<Word> goldWords, List<Word> systemWords, int[] systemToGold)
    {
        int n = gold?.Count ?? 0;
        if (n != (system?.Count ?? 0)) return false;
        for (int k = 0; k < n; k++)
        {
            var gc = goldWords[gold![k]].Entry;
            var sc = systemWords[system![k]].Entry;
            if (systemToGold[system[k]] != gold[k] || Universal(gc.Deprel) != Universal(sc.Deprel) || gc.Upos != sc.Upos || UFeats(gc.Feats) != UFeats(sc.Feats))
                return false;
        }
        return true;
    }

    private static string Universal(string deprel)
    {
        int colon = deprel.IndexOf(':');
        return colon < 0 ? deprel : deprel[..colon];
    }

    private static string UFeats(string feats)
    {
        if (feats == "_") return "_";
        var kept = feats.Split('|').Where(f => UniversalFeatures.Contains(f.Split('=', 2)[0])).Order(StringComparer.Ordinal);
        return string.Join('|', kept);
    }

    /// <summary>Spans match when both ends match; the two lists are walked once, in order.</summary>
    private static UdScore SpanScore(List<(int Start, int End)> gold, List<(int Start, int End)> system)
    {
        int gi = 0, si = 0, correct = 0;
        while (gi < gold.Count && si < system.Count)
        {
            if (system[si].Start < gold[gi].Start) si++;
            else if (gold[gi].Start < system[si].Start) gi++;
            else
            {
                if (gold[gi].End == system[si].End) correct++;
                gi++;
                si++;
            }
        }
        return new UdScore(correct, gold.Count, system.Count);
    }

    private static (int[] GoldToSystem, int[] SystemToGold) Align(List<Word> gold, List<Word> system)
    {
        var g2s = new int[gold.Count];
        var s2g = new int[system.Count];
        Array.Fill(g2s, -1);
        Array.Fill(s2g, -1);
        int gi = 0, si = 0;
        while (gi < gold.Count && si < system.Count)
        {
            if (gold[gi].Multiword || system[si].Multiword)
            {
                var (gs, ge, ss, se) = MultiwordStretch(gold, system, gi, si);
                AlignByForms(gold, system, gs, ge, ss, se, g2s, s2g);
                gi = ge;
                si = se;
            }
            else if (gold[gi].Start == system[si].Start && gold[gi].End == system[si].End)
            {
                g2s[gi] = si;
                s2g[si] = gi;
                gi++;
                si++;
            }
            else if (gold[gi].Start <= system[si].Start) gi++;
            else si++;
        }
        return (g2s, s2g);
    }

    /// <summary>
    /// The smallest stretch of gold words <c>[gs, ge)</c> and system words <c>[ss, se)</c> that starts at the
    /// multi-word token met at (gi, si) and ends where neither side has a word crossing its end; the end grows
    /// whenever a multi-word token reaches further.
    /// </summary>
    private static (int Gs, int Ge, int Ss, int Se) MultiwordStretch(List<Word> gold, List<Word> system, int gi, int si)
    {
        int end;
        if (gold[gi].Multiword)
        {
            end = gold[gi].End;
            if (!system[si].Multiword && system[si].Start < gold[gi].Start) si++;
        }
        else
        {
            end = system[si].End;
            if (!gold[gi].Multiword && gold[gi].Start < system[si].Start) gi++;
        }
        int ge = gi, se = si;
        while (!BeyondEnd(gold, ge, end) || !BeyondEnd(system, se, end))
        {
            if (ge < gold.Count && (se >= system.Count || gold[ge].Start <= system[se].Start))
            {
                if (gold[ge].Multiword) end = Math.Max(end, gold[ge].End);
                ge++;
            }
            else
            {
                if (system[se].Multiword) end = Math.Max(end, system[se].End);
                se++;
            }
        }
        return (gi, ge, si, se);
    }

    private static bool BeyondEnd(List<Word> words, int i, int end) =>
        i >= words.Count || (words[i].Multiword ? words[i].Start >= end : words[i].End > end);

    /// <summary>Aligns the words of a stretch by the longest common subsequence of their lower-cased forms.</summary>
    private static void AlignByForms(List<Word> gold, List<Word> system, int gs, int ge, int ss, int se, int[] g2s, int[] s2g)
    {
        int n = ge - gs, m = se - ss;
        if (n == 0 || m == 0) return;
        var lcs = new int[n + 1, m + 1];
        for (int g = n - 1; g >= 0; g--)
            for (int s = m - 1; s >= 0; s--)
                lcs[g, s] = SameForm(gold[gs + g], system[ss + s]) ? 1 + lcs[g + 1, s + 1] : Math.Max(lcs[g + 1, s], lcs[g, s + 1]);
        int gi = 0, si = 0;
        while (gi < n && si < m)
        {
            if (SameForm(gold[gs + gi], system[ss + si]))
            {
                g2s[gs + gi] = ss + si;
                s2g[ss + si] = gs + gi;
                gi++;
                si++;
            }
            else if (lcs[gi, si] == lcs[gi + 1, si]) gi++;
            else si++;
        }
    }

    private static bool SameForm(Word a, Word b) => string.Equals(a.Entry.Form.ToLowerInvariant(), b.Entry.Form.ToLowerInvariant(), StringComparison.Ordinal);

    private static void CheckSameCharacters(string gold, string system)
    {
        if (gold == system) return;
        int i = 0;
        while (i < gold.Length && i < system.Length && gold[i] == system[i]) i++;
        string Context(string s) => s.Substring(Math.Max(0, i - 20), Math.Min(s.Length, i + 20) - Math.Max(0, i - 20));
        throw new ArgumentException(
            $"Gold and system texts differ at non-space character {i}: gold '…{Context(gold)}…', system '…{Context(system)}…'.");
    }

    /// <summary>A syntactic word: the character span of its token, whether that token is a multi-word token,
    /// the word itself and its head as an index into the list (-1 for the root, -2 when missing).</summary>
    private readonly record struct Word(int Start, int End, bool Multiword, ConlluWord Entry, int Head);

    private sealed class Loaded
    {
        public string Chars = "";
        public readonly List<(int Start, int End)> Tokens = [];
        public readonly List<(int Start, int End)> Sentences = [];
        public readonly List<Word> Words = [];

        public static Loaded From(IReadOnlyList<ConlluSentence> sentences)
        {
            var loaded = new Loaded();
            var chars = new StringBuilder();
            foreach (var sentence in sentences)
            {
                int sentenceStart = chars.Length, wordBase = loaded.Words.Count, index = 0;
                foreach (var (form, first, last, _) in sentence.Tokens())
                {
                    int start = chars.Length;
                    foreach (char c in form)
                        if (!char.IsWhiteSpace(c)) chars.Append(c);
                    loaded.Tokens.Add((start, chars.Length));
                    for (int id = first; id <= last; id++, index++)
                    {
                        var word = sentence.Words[index];
                        int head = word.Head switch { 0 => -1, < 0 => -2, var h => wordBase + h - 1 };
                        loaded.Words.Add(new Word(start, chars.Length, last > first, word, head));
                    }
                }
                if (chars.Length > sentenceStart)
                    loaded.Sentences.Add((sentenceStart, chars.Length));
            }
            loaded.Chars = chars.ToString();
            return loaded;
        }
    }
}
