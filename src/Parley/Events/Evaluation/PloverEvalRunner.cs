using Parley.Documents;
using Parley.Events.Export;
using Parley.Pipeline;

namespace Parley.Events.Evaluation;

/// <summary>
/// Scores the pipeline on PLOVER gold-standard records: each record's <c>text</c> is analysed as a document and the
/// events of its <see cref="Layers.Events"/> layer are compared with the record's type and source/target country codes.
/// Events are scored as their PLOVER category (<see cref="Category"/>), as the PLOVER export writes them.
/// With no extraction stage in the pipeline every record has no prediction and recall is 0.
/// </summary>
public sealed class PloverEvalRunner(AnalysisPipeline? pipeline = null)
{
    private readonly AnalysisPipeline _pipeline = pipeline ?? StageCatalog.Build(StagePhase.Analysis);

    public PloverEvalReport Run(string path)
    {
        var (records, problems) = PloverGsrLoader.LoadFile(path);
        var predictions = records.Select(r => Predict(r, path)).ToList();
        return Score(records, predictions) with { Problems = [.. problems.Select(p => p.ToString())] };
    }

    private IReadOnlyList<EventRecord> Predict(PloverGsrRecord record, string path)
    {
        var article = new SourceArticle { Id = record.Id, Origin = new InputOrigin(path), Format = InputFormat.Text, Source = record.Text, Text = record.Text };
        return _pipeline.Process(article).TryGet(Layers.Events)?.Events ?? [];
    }

    /// <summary>Scores given system events per record (same order as <paramref name="records"/>).</summary>
    public static PloverEvalReport Score(IReadOnlyList<PloverGsrRecord> records, IReadOnlyList<IReadOnlyList<EventRecord>> system)
    {
        int withPrediction = 0, typeFound = 0, typeTop = 0;
        int[] source = new int[3], target = new int[3]; // correct, scored (type right), gold has codes
        var perType = new Dictionary<PloverType, int[]>();
        var misses = new List<PloverMiss>();
        for (int i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var events = system[i];
            if (!perType.TryGetValue(r.Type, out var counts)) perType[r.Type] = counts = new int[2];
            counts[1]++;
            if (r.SourceCodes.Count > 0) source[2]++;
            if (r.TargetCodes.Count > 0) target[2]++;
            if (events.Any(e => Category(e) == r.Type)) { typeFound++; counts[0]++; }
            var ranked = events.OrderByDescending(e => e.Confidence).ToList();
            if (ranked.Count == 0 || Category(ranked[0]) != r.Type)
                misses.Add(new PloverMiss(r.Id, PloverCodebook.Name(r.Type), [.. ranked.Select(e => PloverCodebook.Name(Category(e)))],
                    r.SourceCodes, r.TargetCodes, r.Text));
            if (events.Count == 0) continue;
            withPrediction++;
            var top = ranked[0];
            if (Category(top) != r.Type) continue;
            typeTop++;
            Count(source, r.SourceCodes, top.Actors);
            Count(target, r.TargetCodes, top.Recipients);
        }
        double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
        return new PloverEvalReport
        {
            Records = records.Count,
            WithPrediction = withPrediction,
            TypeRecall = Ratio(typeFound, records.Count),
            TypeAccuracy = Ratio(typeTop, withPrediction),
            SourceCountry = new FieldAccuracy("source_country", source[0], source[1]),
            SourceCountryRecall = Ratio(source[0], source[2]),
            TargetCountry = new FieldAccuracy("target_country", target[0], target[1]),
            TargetCountryRecall = Ratio(target[0], target[2]),
            PerType = [.. PloverCodebook.Types.Where(perType.ContainsKey).Select(t => new FieldAccuracy(PloverCodebook.Name(t), perType[t][0], perType[t][1]))],
            Misses = misses,
        };
    }

    /// <summary>
    /// The PLOVER category an event is scored as: its base type with its modality mapped as the PLOVER export maps it
    /// (SPEC §7, manual §2.3: a promised or intended SUPPORT, CONSULT, COOPERATE or AID is an AGREE, a future RETREAT a
    /// CONCEDE); events of every modality count.
    /// </summary>
    public static PloverType Category(EventRecord evt) => PloverCategory.Map(evt, allModalities: true)?.Category ?? evt.Type;

    private static void Count(int[] tally, IReadOnlyList<string> gold, IReadOnlyList<ActorRef> system)
    {
        if (gold.Count == 0) return;
        tally[1]++;
        if (system.Any(a => a.Country is { } c && gold.Any(g => SameCode(c, g)))) tally[0]++;
    }

    /// <summary>
    /// Whether a system country code names what a gold code names. Parley codes UN bodies UNO and other
    /// intergovernmental bodies IGO (gold GUIDELINES); the PLOVER gold records code every intergovernmental body,
    /// the UN's included, IGO, so UNO counts as IGO there.
    /// </summary>
    public static bool SameCode(string system, string gold) =>
        string.Equals(system, gold, StringComparison.OrdinalIgnoreCase)
        || (string.Equals(system, "UNO", StringComparison.OrdinalIgnoreCase) && string.Equals(gold, "IGO", StringComparison.OrdinalIgnoreCase));
}
