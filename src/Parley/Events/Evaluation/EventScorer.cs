namespace Parley.Events.Evaluation;

/// <summary>
/// Scores system events against gold events (SPEC §8). Per document, a maximum one-to-one matching is taken at each
/// level (<see cref="BipartiteMatching"/>): detection pairs need the system event's evidence sentence to contain the gold
/// anchor and the base types to be equal; strict pairs also need every gold actor and recipient matched by a system
/// actor (<see cref="ActorMatcher"/>), comparing CONSULT and COOPERATE participants as one set and other types role by
/// role. Field accuracies are taken over the strict pairs. Pure and thread-safe.
/// </summary>
public static class EventScorer
{
    public static EvalReport Score(IReadOnlyList<ScoringDocument> documents)
    {
        int goldTotal = 0, systemTotal = 0, detected = 0, strict = 0;
        var perType = PloverCodebook.Types.ToDictionary(t => t, _ => new int[4]); // gold, system, detected, strict
        var fields = new[] { "modality", "mode", "date", "date_lenient", "place", "claimant" }.ToDictionary(f => f, _ => new int[2]);
        var fps = new List<EvalItem>();
        var fns = new List<EvalItem>();
        var actorMisses = new List<EvalItem>();
        var fieldMisses = new List<FieldMiss>();

        foreach (var doc in documents)
        {
            var gold = doc.Gold;
            var sys = doc.System;
            goldTotal += gold.Count;
            systemTotal += sys.Count;
            foreach (var g in gold) perType[g.Type][0]++;
            foreach (var s in sys) perType[s.Type][1]++;

            // Where several system events in the anchor's sentence could take a gold event, the one whose trigger lies in
            // the anchor is the one that states it (the count of pairs is the same either way).
            var det = BipartiteMatching.Maximum(gold.Count, sys.Count, (g, s) => Detects(doc.Text, gold[g], sys[s]), (g, s) => TriggerInAnchor(doc.Text, gold[g], sys[s]));
            var str = BipartiteMatching.Maximum(gold.Count, sys.Count, (g, s) => Detects(doc.Text, gold[g], sys[s]) && ActorsMatch(gold[g], sys[s]),
                (g, s) => TriggerInAnchor(doc.Text, gold[g], sys[s]));

            var matchedSystem = new HashSet<int>(det.Where(s => s >= 0));
            for (int g = 0; g < gold.Count; g++)
            {
                if (det[g] >= 0) { detected++; perType[gold[g].Type][2]++; }
                else fns.Add(GoldItem(doc, gold[g], doc.Text is null ? "document not among the inputs" : "no system event of this type whose sentence contains the anchor"));
                if (str[g] >= 0)
                {
                    strict++;
                    perType[gold[g].Type][3]++;
                    CountFields(doc, gold[g], sys[str[g]], fields, fieldMisses);
                }
                else if (det[g] >= 0)
                {
                    var s = sys[det[g]];
                    actorMisses.Add(GoldItem(doc, gold[g], $"detected as {s.Id} but actors differ: system {Describe(s)}"));
                }
            }
            for (int s = 0; s < sys.Count; s++)
            {
                if (!matchedSystem.Contains(s))
                    fps.Add(SystemItem(doc, sys[s]));
            }
        }

        return new EvalReport
        {
            Documents = documents.Count,
            GoldEvents = goldTotal,
            SystemEvents = systemTotal,
            Detection = PrecisionRecall.From(detected, systemTotal, goldTotal),
            Strict = PrecisionRecall.From(strict, systemTotal, goldTotal),
            PerType = [.. PloverCodebook.Types.Where(t => perType[t][0] + perType[t][1] > 0).Select(t =>
            {
                var c = perType[t];
                return new TypeScore(PloverCodebook.Name(t), c[0], c[1], PrecisionRecall.From(c[2], c[1], c[0]), PrecisionRecall.From(c[3], c[1], c[0]));
            })],
            Fields = [.. fields.Select(f => new FieldAccuracy(f.Key, f.Value[0], f.Value[1]))],
            FalsePositives = fps,
            FalseNegatives = fns,
            ActorMisses = actorMisses,
            FieldMisses = fieldMisses,
        };
    }

    /// <summary>The detection criterion: same base type, and the system evidence sentence contains the anchor.</summary>
    public static bool Detects(string? text, GoldEvent gold, EventRecord system)
    {
        if (text is null || gold.Type != system.Type) return false;
        var sentence = system.Evidence.Sentence;
        return sentence.End <= text.Length && sentence.Of(text).Contains(gold.Anchor, StringComparison.Ordinal);
    }

    /// <summary>Whether the system event's trigger overlaps the gold anchor's only occurrence in the text.</summary>
    public static bool TriggerInAnchor(string? text, GoldEvent gold, EventRecord system)
    {
        if (text is null) return false;
        int at = text.IndexOf(gold.Anchor, StringComparison.Ordinal);
        var trigger = system.Evidence.Trigger;
        return at >= 0 && trigger.Start < at + gold.Anchor.Length && at < trigger.End;
    }

    /// <summary>The strict criterion's actor part (SPEC §8).</summary>
    public static bool ActorsMatch(GoldEvent gold, EventRecord system)
    {
        if (PloverCodebook.IsSymmetric(gold.Type))
        {
            var participants = system.Participants.ToList();
            return ActorMatcher.AllMatched(gold.Actors.Concat(gold.Recipients), participants);
        }
        return ActorMatcher.AllMatched(gold.Actors, [.. system.Actors]) && ActorMatcher.AllMatched(gold.Recipients, [.. system.Recipients]);
    }

    private static void CountFields(ScoringDocument doc, GoldEvent gold, EventRecord sys, Dictionary<string, int[]> fields, List<FieldMiss> misses)
    {
        void Count(string field, bool correct, string goldValue, string? systemValue, bool? lenient = null)
        {
            fields[field][1]++;
            if (correct) fields[field][0]++;
            else if (field != "date_lenient") misses.Add(new FieldMiss(doc.Id, sys.Id, $"gold:{gold.Line}:{gold.Index}", field, goldValue, systemValue, SentenceOf(doc, sys), lenient));
        }
        Count("modality", gold.Modality == sys.Modality, PloverCodebook.Name(gold.Modality), PloverCodebook.Name(sys.Modality));
        if (gold.Modes.Count > 0) Count("mode", sys.Mode is not null && gold.Modes.Contains(sys.Mode), string.Join('|', gold.Modes), sys.Mode);
        if (gold.Date is not null)
        {
            bool lenient = EventDate.Overlap(gold.Date, sys.Date?.Value);
            Count("date", sys.Date?.Value == gold.Date, gold.Date, sys.Date?.Value, lenient);
            Count("date_lenient", lenient, gold.Date, sys.Date?.Value);
        }
        if (gold.Place is not null)
        {
            var p = sys.Place;
            Count("place", p is not null && (string.Equals(gold.Place, p.Text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(gold.Place, p.Name, StringComparison.OrdinalIgnoreCase)
                || (p.GeoNamesId is { } id && gold.Place == id.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                gold.Place, p is null ? null : p.Name is { } name && name != p.Text ? $"{p.Text} ({name})" : p.Text);
        }
        if (gold.Claimant is { } claimant)
        {
            string goldClaimant = claimant.Name ?? string.Join('/', new[] { claimant.Country, claimant.Sector }.Where(x => x is not null));
            Count("claimant", sys.Claimant is not null && ActorMatcher.Matches(claimant, sys.Claimant), goldClaimant, sys.Claimant?.Display);
        }
    }

    private static string SentenceOf(ScoringDocument doc, EventRecord s)
    {
        string text = doc.Text ?? "";
        return s.Evidence.Sentence.End <= text.Length ? s.Evidence.Sentence.TextOf(text).Trim() : "";
    }

    private static EvalItem GoldItem(ScoringDocument doc, GoldEvent g, string reason)
    {
        string sentence = "";
        if (doc.Text is { } text && text.IndexOf(g.Anchor, StringComparison.Ordinal) is int at and >= 0)
            sentence = SentenceAround(text, at, at + g.Anchor.Length);
        return new EvalItem(doc.Id, $"gold:{g.Line}:{g.Index}", PloverCodebook.Name(g.Type), PloverCodebook.Name(g.Modality), g.Anchor, sentence, reason);
    }

    private static EvalItem SystemItem(ScoringDocument doc, EventRecord s)
    {
        string text = doc.Text ?? "";
        string trigger = s.Evidence.Trigger.End <= text.Length ? s.Evidence.Trigger.TextOf(text) : "";
        return new EvalItem(doc.Id, s.Id, PloverCodebook.Name(s.Type), PloverCodebook.Name(s.Modality), trigger, SentenceOf(doc, s),
            $"no gold event of this type anchored in its sentence ({Describe(s)})");
    }

    private static string Describe(EventRecord s)
    {
        string actors = string.Join(", ", s.Actors.Select(a => a.Display));
        return s.Recipients.Count == 0 ? $"[{actors}]" : $"[{actors}] → [{string.Join(", ", s.Recipients.Select(a => a.Display))}]";
    }

    /// <summary>
    /// The sentence around a span, for display only (scoring uses the system's own sentence spans): from after the
    /// previous ". ", "! ", "? " or line break to the next one.
    /// </summary>
    internal static string SentenceAround(string text, int start, int end)
    {
        int s = start;
        while (s > 0 && !(text[s - 1] == '\n' || (s >= 2 && text[s - 1] == ' ' && text[s - 2] is '.' or '!' or '?' && !IsAbbreviation(text, s - 2)))) s--;
        int e = end;
        while (e < text.Length && text[e] != '\n' && !(text[e] is '.' or '!' or '?' && (e + 1 == text.Length || char.IsWhiteSpace(text[e + 1])) && !IsAbbreviation(text, e))) e++;
        if (e < text.Length && text[e] != '\n') e++;
        return text[s..e].Trim();
    }

    private static readonly HashSet<string> Abbreviations = ["Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Prof"];

    // "U.S." and "Mr." do not end a sentence.
    private static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.') return false;
        int start = dot;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        string token = text[start..dot];
        return token.Contains('.') || Abbreviations.Contains(token);
    }
}
