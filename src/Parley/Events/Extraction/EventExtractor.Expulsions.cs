using System.Collections.Frozen;
using Parley.Events.Lexicon;

namespace Parley.Events.Extraction;

/// <summary>
/// Expelling diplomats and expelling people. Pure.
/// </summary>
public sealed partial class EventExtractor
{
    // Whom a state expels as a diplomatic sanction (CAMEO 166x: diplomats, missions, monitors, peacekeepers, agencies).
    private static readonly FrozenSet<string> EnvoyNouns = new[]
    {
        "diplomat", "ambassador", "envoy", "attache", "attaché", "consul", "embassy", "mission", "delegation", "representative",
        "inspector", "observer", "monitor", "peacekeeper", "agency", "organisation", "organization", "ngo", "staff", "official",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "expelled three diplomats" is a diplomatic sanction (SANCTION, expel: CAMEO 166), but "expelled Malian workers",
    /// "the expulsion of migrants" put people out of the country (COERCE, deport: CAMEO 174). An expel reading whose
    /// object (the verb's 'obj', the noun's "of" phrase) is a common noun for people other than envoys, missions and
    /// agencies is a deportation; a named country or body, an envoy noun or no object keeps the sanction.
    /// </summary>
    private static TriggerMatch Expulsion(SentenceTree tree, TriggerMatch m)
    {
        if (m.Type != PloverType.Sanction || m.Mode != "expel") return m;
        int expelled = m.Kind == TriggerKind.Noun
            ? tree.Children(m.Word).FirstOrDefault(c => c > m.Word && tree.BaseRel(c) == "nmod" && tree.CaseOf(c) == "of", -1)
            : tree.Children(m.Word).FirstOrDefault(c => tree.BaseRel(c) == "obj", -1);
        if (expelled < 0 || tree.Upos(expelled) != "NOUN" || EnvoyNouns.Contains(tree.Lemma(expelled))) return m;
        if (tree.Tags.Xpos[expelled] != "NNS" && !tree.Children(expelled).Any(c => tree.BaseRel(c) == "nummod")) return m;
        return m with { Type = PloverType.Coerce, Mode = "deport" };
    }
}
