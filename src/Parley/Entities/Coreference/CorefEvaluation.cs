using Parley.Nlp.Conllu;

namespace Parley.Entities.Coreference;

/// <summary>One document of a coreference corpus: its mentions in resolver order and the gold cluster of each.</summary>
public sealed record CorefDocument(string Id, IReadOnlyList<CorefMention> Mentions, IReadOnlyList<string> Clusters, IReadOnlyList<string> Texts);

/// <summary>Counts of one class of anaphor: how many have a gold antecedent, how many got one, how many of those are right.</summary>
public sealed record CorefCounts(string Class, int Anaphoric, int Predicted, int Correct)
{
    /// <summary>Correct links over anaphors with a gold antecedent (for pronouns, the accuracy).</summary>
    public double Recall => Anaphoric == 0 ? 0 : (double)Correct / Anaphoric;

    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
}

public sealed record CorefResult(int Documents, int Mentions, IReadOnlyList<CorefCounts> Counts, TimeSpan Elapsed);

/// <summary>
/// Scores <see cref="SalienceResolver"/> on GUM-style CoNLL-U, whose MISC <c>Entity=</c> brackets give every mention
/// with its cluster id and type. Gold mentions and GUM's entity types are given to the model (the pipeline gets types
/// from the knowledge base and NER instead); what is scored is the link each anaphor gets: a third-person pronoun (or a
/// definite description) with an earlier mention in its gold cluster is right when its predicted antecedent is in that
/// cluster. Pronoun accuracy = correct / anaphoric pronouns; for definite descriptions precision and recall of links.
/// </summary>
public static class CorefEvaluation
{
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "this", "that", "these", "those" };

    public static List<CorefDocument> ReadGum(string path)
    {
        var docs = new List<CorefDocument>();
        var sentences = new List<ConlluSentence>();
        string id = "";
        void Flush()
        {
            if (sentences.Count > 0 && !sentences.All(s => s.Words.All(w => w.Form == "_"))) docs.Add(FromSentences(id, sentences));
            sentences.Clear();
        }
        foreach (var s in ConlluReader.ReadFile(path))
        {
            if (s.StartsDocument)
            {
                Flush();
                id = s.Comments.FirstOrDefault(c => c.Key.StartsWith("newdoc", StringComparison.Ordinal)).Value ?? "";
            }
            sentences.Add(s);
        }
        Flush();
        return docs;
    }

    private sealed record Raw(int Sentence, int Start, int End, string Cluster, string Type);

    private static CorefDocument FromSentences(string id, List<ConlluSentence> sentences)
    {
        var words = new List<ConlluWord>();
        var offsets = new List<int>();
        var raws = new List<Raw>();
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            int offset = words.Count;
            offsets.Add(offset);
            foreach (var w in s.Words) words.Add(w);
            foreach (var m in ConlluEntities.Of(s.Words)) raws.Add(new Raw(si, offset + m.Start, offset + m.End, m.Id, m.Type));
        }
        raws.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var mentions = new List<CorefMention>();
        var clusters = new List<string>();
        var texts = new List<string>();
        foreach (var r in raws)
        {
            int offset = offsets[r.Sentence];
            int Global(int k) => k == 0 ? -1 : offset + k - 1;
            int head = -1;
            for (int k = r.Start; k < r.End; k++)
            {
                int h = Global(words[k].Head);
                if (h < r.Start || h >= r.End) { head = k; break; }
            }
            if (head < 0) head = r.Start;
            var hw = words[head];
            string lower = hw.Form.ToLowerInvariant();
            MentionForm form;
            if (hw.Upos == "PRON")
            {
                if (SalienceResolver.PronounFeatures(lower) is null || r.End - r.Start > 1) continue;
                form = MentionForm.Pronoun;
            }
            else if (hw.Upos == "PROPN") form = MentionForm.Name;
            else if (Determiners.Contains(words[r.Start].Form) || words[r.Start].Feats.Contains("Poss=Yes", StringComparison.Ordinal)) form = MentionForm.Definite;
            else form = MentionForm.Nominal;
            var number = hw.Feats.Contains("Number=Plur", StringComparison.Ordinal) ? MentionNumber.Plural
                : hw.Feats.Contains("Number=Sing", StringComparison.Ordinal) ? MentionNumber.Singular : MentionNumber.Unknown;
            var type = r.Type switch
            {
                "person" => number == MentionNumber.Plural ? MentionType.Group : MentionType.Person,
                "organization" => MentionType.Organisation,
                "place" => MentionType.Place,
                _ => MentionType.Other,
            };
            var gender = MentionGender.Unknown;
            if (form == MentionForm.Pronoun && SalienceResolver.PronounFeatures(lower) is { } pf) { type = pf.Type; number = pf.Number; gender = pf.Gender; }
            string? nameKey = null;
            if (form == MentionForm.Name)
            {
                var names = new List<string>();
                for (int k = r.Start; k < r.End; k++) if (words[k].Upos == "PROPN") names.Add(words[k].Form);
                nameKey = NameFold.LooseName(names);
            }
            // The clause: the nearest verb above the head (or the root).
            int clause = Global(hw.Head);
            for (int guard = 0; clause >= 0 && guard < 50 && words[clause].Upos is not ("VERB" or "AUX") && words[clause].Head != 0; guard++)
                clause = Global(words[clause].Head);
            mentions.Add(new CorefMention(r.Sentence, r.Start, r.End, form, type, number, gender, hw.Deprel.StartsWith("nsubj", StringComparison.Ordinal),
                hw.Lemma.ToLowerInvariant(), nameKey, clause) { Pronoun = form == MentionForm.Pronoun ? lower : null });
            clusters.Add(r.Cluster);
            texts.Add(string.Join(' ', words.Skip(r.Start).Take(r.End - r.Start).Select(w => w.Form)));
        }
        return new CorefDocument(id, mentions, clusters, texts);
    }

    /// <summary>The pronoun class a pronoun is counted under.</summary>
    public static string PronounClass(string lower) => lower switch
    {
        "he" or "him" or "his" or "himself" or "she" or "her" or "hers" or "herself" => "he/she",
        "it" or "its" or "itself" => "it",
        _ => "they",
    };

    public static CorefResult Evaluate(IReadOnlyList<CorefDocument> docs, SalienceWeights? weights = null)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        void Add(string c, bool anaphoric, bool predicted, bool correct)
        {
            if (!counts.TryGetValue(c, out var a)) counts[c] = a = new int[3];
            if (anaphoric) a[0]++;
            if (predicted) a[1]++;
            if (correct) a[2]++;
        }
        var sw = System.Diagnostics.Stopwatch.StartNew();
        int mentions = 0;
        var results = new List<(CorefDocument Doc, int[] Antecedent)>();
        foreach (var d in docs)
        {
            results.Add((d, SalienceResolver.Resolve(d.Mentions, weights).Antecedent));
            mentions += d.Mentions.Count;
        }
        sw.Stop();
        foreach (var (d, ante) in results)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < d.Mentions.Count; i++)
            {
                var m = d.Mentions[i];
                bool anaphoric = seen.Contains(d.Clusters[i]);
                seen.Add(d.Clusters[i]);
                if (m.Form is not (MentionForm.Pronoun or MentionForm.Definite)) continue;
                bool predicted = ante[i] >= 0;
                bool correct = predicted && d.Clusters[ante[i]] == d.Clusters[i];
                string cls = m.Form == MentionForm.Pronoun ? "pronoun " + PronounClass(m.Pronoun!) : "definite " + (m.Type is MentionType.Person or MentionType.Group ? "person" : "other");
                Add(cls, anaphoric, predicted, correct);
                Add(m.Form == MentionForm.Pronoun ? "pronoun (all)" : "definite (all)", anaphoric, predicted, correct);
            }
        }
        var list = counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new CorefCounts(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2])).ToList();
        return new CorefResult(docs.Count, mentions, list, sw.Elapsed);
    }
}
