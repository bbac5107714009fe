namespace Parley.Nlp.Entities;

public sealed partial class EntityTagger
{
    /// <summary>
    /// Names of laws, treaties, plans, studies, reports and prizes are no person, organisation or place: a mention of two
    /// or more words whose head — its last word, or the word before its first "of"/"for" — is such a noun ("the Orvel
    /// Marriage Act", "Treaty of Salen", "the Kestra Master Plan", "the National Zinc Nutrition Study", "the Vand
    /// Prize") is MISC, as in CoNLL 2003 (laws, treaties and awards are MISC) and GUM train (29 of the 30 such names there are
    /// abstract entities or events, the other a painting's title). Nouns that also head names of bodies (Programme, Project, Initiative, Survey:
    /// "the Geological Survey") are left out.
    /// </summary>
    internal static EntitySpan[] WithInstrumentNames(EntitySpan[] spans, ReadOnlySpan<string> words)
    {
        EntitySpan[]? result = null;
        for (int k = 0; k < spans.Length; k++)
        {
            var x = spans[k];
            if (x.End - x.Start < 2 || x.Type is not (EntityTypes.Person or EntityTypes.Organisation or EntityTypes.Location)) continue;
            if (!InstrumentHeads.Contains(words[HeadOf(words[x.Start..x.End]) + x.Start])) continue;
            (result ??= [.. spans])[k] = x with { Type = EntityTypes.Misc };
        }
        return result ?? spans;
    }

    private static readonly HashSet<string> InstrumentHeads = new(StringComparer.Ordinal)
    {
        "Act", "Acts", "Bill", "Treaty", "Agreement", "Accord", "Accords", "Declaration", "Convention", "Protocol", "Charter",
        "Constitution", "Amendment", "Statute", "Code", "Doctrine", "Resolution", "Plan", "Strategy", "Policy", "Study",
        "Report", "Prize", "Award", "Awards", "Medal",
    };

    /// <summary>
    /// A person mention made only of initials ("K. V.", "N. T." tagged PER) names no person, whose name has a surname:
    /// it is most likely a place abbreviated letter by letter, as 12 of the 14 initials-only names in GUM train are
    /// ("U.S.", "D.C.", "L.A."; the others the organisation "U.N." and an abstract "L. D.", none a person), and becomes LOC.
    /// </summary>
    internal static EntitySpan[] WithInitialsOnlyPlaces(EntitySpan[] spans, ReadOnlySpan<string> words)
    {
        EntitySpan[]? result = null;
        for (int k = 0; k < spans.Length; k++)
        {
            var x = spans[k];
            if (x.Type != EntityTypes.Person || x.End - x.Start < 2) continue;
            bool initials = true;
            for (int i = x.Start; i < x.End && initials; i++) initials = IsInitial(words[i]);
            if (initials) (result ??= [.. spans])[k] = x with { Type = EntityTypes.Location };
        }
        return result ?? spans;
    }
}
