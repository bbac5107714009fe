namespace Parley.Entities.Coreference;

/// <summary>How a mention names its referent.</summary>
public enum MentionForm
{
    /// <summary>A proper name ("Sergei Lavrov", "Lavrov", "NATO").</summary>
    Name,
    /// <summary>A definite description or role noun ("the minister", "the Russian side").</summary>
    Definite,
    /// <summary>Any other common-noun phrase ("a diplomat"): starts a new referent, never looks back.</summary>
    Nominal,
    /// <summary>A third-person pronoun ("he", "its", "they").</summary>
    Pronoun,
}

/// <summary>What a mention's referent is, as far as agreement with pronouns goes.</summary>
public enum MentionType
{
    Unknown,
    Person,
    /// <summary>An organisation, government or state: "it"/"its", and often "they".</summary>
    Organisation,
    Place,
    /// <summary>A collective of people ("officials", "the two sides"): "they".</summary>
    Group,
    Other,
}

public enum MentionGender
{
    Unknown,
    Male,
    Female,
}

public enum MentionNumber
{
    Unknown,
    Singular,
    Plural,
}

/// <summary>
/// One mention for the coreference model: its position (sentence, first and end word of the document), form, type,
/// agreement features, grammatical role and the key words that string matching compares (lower-case head; loose name
/// key of a proper name). <see cref="Clause"/> is the word that heads its clause (its verb), -1 when unknown: a
/// non-reflexive pronoun does not corefer with the subject of its own clause.
/// </summary>
public sealed record CorefMention(int Sentence, int Start, int End, MentionForm Form, MentionType Type, MentionNumber Number,
    MentionGender Gender, bool IsSubject, string Head, string? NameKey, int Clause = -1)
{
    /// <summary>The pronoun's own form, lower case, for pronouns; null otherwise.</summary>
    public string? Pronoun { get; init; }
}

/// <summary>
/// The weights of the salience model (chosen on GUM dev with <c>parley eval-coref</c>; see the README). Each mention adds
/// <see cref="Mention"/> to its referent's salience, plus <see cref="Subject"/> as a subject and <see cref="Name"/> as a
/// proper name; salience is multiplied by <see cref="Decay"/> at each sentence boundary. A pronoun picks the compatible
/// referent of highest salience among those named in the last <see cref="Window"/> sentences, with
/// <see cref="Parallel"/> added when the pronoun and the referent's last mention are both subjects; "they" for a referent
/// that is not plural (an organisation) costs <see cref="CollectiveThey"/>. A definite description looks back
/// <see cref="DefiniteWindow"/> sentences for a referent with its head word.
/// </summary>
public sealed record SalienceWeights(double Mention = 100, double Subject = 80, double Name = 40, double Decay = 0.5,
    double Parallel = 35, int Window = 3, double CollectiveThey = -150, int DefiniteWindow = 10, bool RecencyOnly = false,
    double LocalPossessor = 60)
{
    public static SalienceWeights Default { get; } = new();

    /// <summary>The baseline the model is measured against: the most recent compatible mention.</summary>
    public static SalienceWeights MostRecent { get; } = new() { RecencyOnly = true };
}

/// <summary>
/// Within-document coreference by a small, measured salience model (after Lappin and Leass 1994, simplified): proper
/// names join the referent with the same name or surname; definite descriptions join the most salient referent whose
/// head word they repeat; third-person pronouns join the most salient referent that agrees in person, gender and number
/// and is not the subject of the pronoun's own clause. Genders learnt from a resolved "he"/"she" constrain later
/// pronouns. Pure and thread-safe: the same mentions give the same links.
/// </summary>
public static class SalienceResolver
{
    private sealed class Referent
    {
        public int Id;
        /// <summary>Salience as of sentence <see cref="Stamp"/>; it decays lazily (see <see cref="SalienceAt"/>).</summary>
        public double Salience;
        public int Stamp;
        public int LastSentence;
        public int LastMention;
        public bool LastWasSubject;
        public MentionType Type;
        public MentionGender Gender;
        public MentionNumber Number;
        public readonly HashSet<string> Names = new(StringComparer.Ordinal);
        public readonly HashSet<string> Heads = new(StringComparer.Ordinal);
        public readonly List<int> Mentions = [];

        public double SalienceAt(int sentence, double decay) => sentence == Stamp ? Salience : Salience * Math.Pow(decay, sentence - Stamp);
    }

    /// <summary>The features of a third-person pronoun; null for any other word ("I", "we", "this", "who").</summary>
    public static (MentionType Type, MentionNumber Number, MentionGender Gender, bool Reflexive)? PronounFeatures(string lower) => lower switch
    {
        "he" or "him" or "his" => (MentionType.Person, MentionNumber.Singular, MentionGender.Male, false),
        "himself" => (MentionType.Person, MentionNumber.Singular, MentionGender.Male, true),
        "she" or "her" or "hers" => (MentionType.Person, MentionNumber.Singular, MentionGender.Female, false),
        "herself" => (MentionType.Person, MentionNumber.Singular, MentionGender.Female, true),
        "it" or "its" => (MentionType.Other, MentionNumber.Singular, MentionGender.Unknown, false),
        "itself" => (MentionType.Other, MentionNumber.Singular, MentionGender.Unknown, true),
        "they" or "them" or "their" or "theirs" => (MentionType.Group, MentionNumber.Plural, MentionGender.Unknown, false),
        "themselves" => (MentionType.Group, MentionNumber.Plural, MentionGender.Unknown, true),
        _ => null,
    };

    /// <summary>
    /// For each mention (in document order: by start, a nested mention before the one that contains it), the index of
    /// its antecedent (the latest earlier mention of the same referent), or -1; and each mention's referent id.
    /// </summary>
    public static (int[] Antecedent, int[] Referent) Resolve(IReadOnlyList<CorefMention> mentions, SalienceWeights? weights = null)
    {
        var w = weights ?? SalienceWeights.Default;
        var antecedent = new int[mentions.Count];
        var referentOf = new int[mentions.Count];
        // Only referents named within the look-back windows can be chosen: the rest are dropped from the candidates.
        var referents = new List<Referent>();
        int reach = Math.Max(w.Window, w.DefiniteWindow), total = 0;
        var byName = new Dictionary<string, Referent>(StringComparer.Ordinal);
        int sentence = mentions.Count > 0 ? mentions[0].Sentence : 0;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Sentence != sentence)
            {
                sentence = m.Sentence;
                referents.RemoveAll(r => sentence - r.LastSentence > reach);
            }
            Referent? target = m.Form switch
            {
                MentionForm.Name => NameMatch(m, byName),
                MentionForm.Definite => HeadMatch(m, mentions, referents, w),
                MentionForm.Pronoun => PronounMatch(m, mentions, referents, w),
                _ => null,
            };
            antecedent[i] = target is null ? -1 : target.LastMention;
            if (target is null)
            {
                target = new Referent { Id = total++, Type = m.Type, Gender = m.Gender, Number = m.Number, Stamp = m.Sentence };
                referents.Add(target);
            }
            else
            {
                if (target.Gender == MentionGender.Unknown) target.Gender = m.Gender;
                if (target.Type is MentionType.Unknown or MentionType.Other && m.Form != MentionForm.Pronoun && m.Type != MentionType.Unknown) target.Type = m.Type;
                if (target.Number == MentionNumber.Unknown && m.Form != MentionForm.Pronoun) target.Number = m.Number;
            }
            referentOf[i] = target.Id;
            target.Mentions.Add(i);
            target.LastMention = i;
            target.LastSentence = m.Sentence;
            target.LastWasSubject = m.IsSubject;
            if (!referents.Contains(target)) referents.Add(target); // named again after leaving the window
            target.Salience = target.SalienceAt(m.Sentence, w.Decay);
            target.Stamp = m.Sentence;
            target.Salience += w.Mention + (m.IsSubject ? w.Subject : 0) + (m.Form == MentionForm.Name ? w.Name : 0);
            if (m.Form != MentionForm.Pronoun && m.Head.Length > 0) target.Heads.Add(m.Head);
            if (m.NameKey is { Length: > 0 } key)
            {
                target.Names.Add(key);
                byName[key] = target;
                int space = key.LastIndexOf(' ');
                if (space > 0) byName.TryAdd(key[(space + 1)..], target);
            }
        }
        return (antecedent, referentOf);
    }

    private static Referent? NameMatch(CorefMention m, Dictionary<string, Referent> byName)
    {
        if (m.NameKey is not { Length: > 0 } key) return null;
        if (byName.TryGetValue(key, out var r)) return r;
        int space = key.LastIndexOf(' ');
        return space > 0 && byName.TryGetValue(key[(space + 1)..], out var s) && s.Names.All(n => !n.Contains(' ') || n == key) ? s : null;
    }

    private static Referent? HeadMatch(CorefMention m, IReadOnlyList<CorefMention> mentions, List<Referent> referents, SalienceWeights w)
    {
        Referent? best = null;
        foreach (var r in referents)
        {
            if (!r.Heads.Contains(m.Head) || m.Sentence - r.LastSentence > w.DefiniteWindow) continue;
            if (Contains(mentions[r.LastMention], m)) continue;
            if (m.Number != MentionNumber.Unknown && r.Number != MentionNumber.Unknown && m.Number != r.Number) continue;
            if (best is null || Score(r, m, w) > Score(best, m, w)) best = r;
        }
        return best;
    }

    private static Referent? PronounMatch(CorefMention m, IReadOnlyList<CorefMention> mentions, List<Referent> referents, SalienceWeights w)
    {
        if (PronounFeatures(m.Pronoun ?? m.Head) is not { } p) return null;
        Referent? best = null;
        double bestScore = double.MinValue;
        foreach (var r in referents)
        {
            if (m.Sentence - r.LastSentence > w.Window) continue;
            var last = mentions[r.LastMention];
            if (Contains(last, m) || !Agrees(p.Type, p.Number, p.Gender, r)) continue;
            // Binding: "him" is not the subject of its own clause; "himself" is someone in it.
            bool sameClause = m.Clause >= 0 && r.Mentions.Any(k => mentions[k].Sentence == m.Sentence && mentions[k].Clause == m.Clause && mentions[k].IsSubject);
            if (m.Clause >= 0 && (p.Reflexive ? !sameClause : sameClause && !m.IsSubject && !IsPossessive(m))) continue;
            double score = Score(r, m, w);
            // "Peru should withdraw its warships": a possessive is most often bound by the subject of its own clause.
            if (!w.RecencyOnly && sameClause && IsPossessive(m)) score += w.LocalPossessor;
            if (p.Number == MentionNumber.Plural && r.Number != MentionNumber.Plural) score += w.CollectiveThey;
            if (score > bestScore) { bestScore = score; best = r; }
        }
        return best;
    }

    private static bool IsPossessive(CorefMention m) => (m.Pronoun ?? m.Head) is "his" or "her" or "hers" or "its" or "their" or "theirs";

    private static double Score(Referent r, CorefMention m, SalienceWeights w) =>
        w.RecencyOnly ? r.LastMention : r.SalienceAt(m.Sentence, w.Decay) + (m.IsSubject && r.LastWasSubject ? w.Parallel : 0);

    private static bool Contains(CorefMention outer, CorefMention inner) => outer.Start <= inner.Start && inner.End <= outer.End && outer != inner;

    private static bool Agrees(MentionType type, MentionNumber number, MentionGender gender, Referent r)
    {
        switch (type)
        {
            case MentionType.Person:
                return r.Type is MentionType.Person or MentionType.Unknown && r.Number != MentionNumber.Plural
                    && (r.Gender == MentionGender.Unknown || r.Gender == gender);
            case MentionType.Other:
                // "it": anything but people, singular; organisations and states too ("Russia … its").
                return r.Type is not (MentionType.Person or MentionType.Group) && r.Number != MentionNumber.Plural;
            default:
                // "they": plurals, collectives, and organisations or states ("the ministry … they").
                return r.Number == MentionNumber.Plural || r.Type is MentionType.Group or MentionType.Organisation;
        }
    }
}
