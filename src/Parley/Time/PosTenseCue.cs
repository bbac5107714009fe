using Parley.Documents;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;
using Parley.Nlp.Tokenization;

namespace Parley.Time;

/// <summary>
/// The tense cue read off the tagger and parser: from the word where a time expression starts, climb the dependency
/// tree to the verb it modifies and read that clause's tense from its auxiliaries and tag — "will meet on Thursday" is
/// future, "met on Thursday" and "has met" past, "hopes to meet on Thursday" future through the governing verb of intent.
/// A reporting verb ("said on Monday") is past. Where the layers are missing (bare text) or the tree gives no verb,
/// <see cref="HeuristicTenseCue"/> decides. Stateless and thread-safe.
/// </summary>
public sealed class PosTenseCue : ITenseCue
{
    // How far up the tree a time expression may sit from its verb ("on the sidelines of a summit planned for April 2").
    private const int MaxClimb = 6;

    // Governing verbs whose infinitive complement lies ahead in time: "hopes to meet", "plans to visit".
    private static readonly HashSet<string> Prospective = new(StringComparer.OrdinalIgnoreCase)
    {
        "hope", "plan", "expect", "intend", "want", "seek", "aim", "schedule", "set", "agree", "promise", "prepare",
        "propose", "offer", "decide", "vow", "pledge", "threaten", "try", "wish", "arrange", "invite",
        // adjectives of prospect: "is likely to meet in April", "is due to arrive on Monday"
        "likely", "unlikely", "due", "poised", "ready", "eager", "keen", "going",
    };

    // Participles that schedule what they modify: "a summit planned for April 2", "talks set for Monday".
    private static readonly HashSet<string> Scheduling = new(StringComparer.OrdinalIgnoreCase)
    {
        "plan", "schedule", "set", "slate", "expect", "due", "arrange",
    };

    private readonly ITenseCue _fallback;

    public PosTenseCue(ITenseCue? fallback = null) => _fallback = fallback ?? HeuristicTenseCue.Instance;

    public IReadOnlyList<LayerKey> Requires { get; } = [Layers.Tokens, Layers.Tags, Layers.Dependencies];

    public TenseDirection Direction(string text, Span expression, Document? doc)
    {
        if (doc?.TryGet(Layers.Tokens) is not { } tokens || doc.TryGet(Layers.Tags) is not { } tags
            || doc.TryGet(Layers.Dependencies) is not { } deps)
            return _fallback.Direction(text, expression, doc);
        int word = WordAt(tokens, expression.Start);
        if (word < 0) return _fallback.Direction(text, expression, doc);
        int verb = GoverningVerb(word, tags, deps);
        if (verb < 0) return _fallback.Direction(text, expression, doc);
        return ClauseTense(verb, tags, deps) ?? _fallback.Direction(text, expression, doc);
    }

    private static int WordAt(TokenizedText tokens, int offset)
    {
        var spans = tokens.TokenSpans;
        int lo = 0, hi = spans.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (spans[mid].End <= offset) lo = mid + 1;
            else if (spans[mid].Start > offset) hi = mid - 1;
            else return tokens.TokenFirstWord[mid];
        }
        return lo < spans.Length ? tokens.TokenFirstWord[lo] : -1;
    }

    private static int GoverningVerb(int word, TagLayer tags, DependencyLayer deps)
    {
        int w = word;
        for (int step = 0; step <= MaxClimb && w >= 0; step++)
        {
            if (w != word && tags.Upos[w] is "VERB") return w;
            w = deps.Heads[w];
        }
        return -1;
    }

    private static TenseDirection? ClauseTense(int verb, TagLayer tags, DependencyLayer deps)
    {
        string xpos = tags.Xpos[verb];
        bool infinitive = xpos == "VB";
        TenseDirection? fromAux = null;
        // Auxiliaries are children of the verb, and sit close to it: scan a small window rather than the whole document.
        for (int w = Math.Max(0, verb - 8); w < Math.Min(deps.Count, verb + 4); w++)
        {
            if (deps.Heads[w] != verb) continue;
            string rel = deps.Deprels[w];
            if (rel is not ("aux" or "aux:pass")) continue;
            string lemma = tags.Lemmas[w];
            if (lemma is "will" or "shall" or "'ll" or "wo") return TenseDirection.Future;
            if (lemma == "have" && tags.Xpos[w] is "VBD") fromAux = TenseDirection.Past;          // had met
            else if (lemma == "have") fromAux = TenseDirection.Past;                               // has met: done by now
            else if (lemma == "be" && tags.Xpos[w] is "VBD") fromAux = TenseDirection.Past;        // was held
            else if (lemma == "be" && tags.Xpos[w] is "VBZ" or "VBP") fromAux ??= TenseDirection.Present;
            else if (lemma is "do" && tags.Xpos[w] is "VBD") fromAux = TenseDirection.Past;        // did not meet
        }
        if (fromAux is { } tense) return tense;
        if (xpos == "VBN" && deps.Deprels[verb] is "acl" or "amod" && Scheduling.Contains(tags.Lemmas[verb])) return TenseDirection.Future;
        if (infinitive)
        {
            // "to meet on Friday": the governing verb decides; verbs of intent or plan look ahead.
            int head = deps.Heads[verb];
            if (head >= 0 && deps.Deprels[verb] is "xcomp" or "ccomp" or "advcl")
            {
                if (Prospective.Contains(tags.Lemmas[head])) return TenseDirection.Future;
                if (tags.Upos[head] is "VERB" or "AUX") return ClauseTense(head, tags, deps);
            }
            return null;
        }
        return xpos switch
        {
            "VBD" => TenseDirection.Past,
            "VBN" => TenseDirection.Past,
            "VBZ" or "VBP" => TenseDirection.Present,
            _ => null,
        };
    }
}
