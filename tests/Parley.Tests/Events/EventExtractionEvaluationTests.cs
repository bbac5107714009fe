using System.Text.Json;
using Parley.Documents;
using Parley.Events.Evaluation;
using Parley.Ingest;
using Parley.Pipeline;
using Parley.Tests.Support;

namespace Parley.Tests.Events;

/// <summary>
/// Accuracy floors of the event extractor, set at what it measured minus 0.02 so that a regression fails and an
/// improvement raises the floor by hand. Measured (first version): seeds detection F1 0.503, strict F1 0.190;
/// PLOVER GSR dev type accuracy 0.605, type recall 0.348. Session 2: detection F1 0.706, strict F1 0.385; PLOVER type
/// accuracy 0.627 (over 110 predicted records, was 80), type recall 0.478. Session 3: detection F1 0.733, strict F1
/// 0.411; PLOVER type accuracy 0.661 (over 115 predicted records), type recall 0.509. Merged, with obligations as
/// demands: detection F1 0.730, strict F1 0.416; PLOVER type accuracy 0.678, type recall 0.522. With plural offices:
/// detection F1 0.726, strict F1 0.413; PLOVER type accuracy 0.690, type recall 0.534. Scored as PLOVER categories
/// (SPEC §7), with one-sided CAMEO readings and the giving/withholding/mobilising/protesting lexicon: seeds unchanged;
/// PLOVER type accuracy 0.740 (over 131 predicted records), type recall 0.640. With future or conditional coercion as
/// THREATEN, named descriptions and attributive participles: seeds unchanged; PLOVER accuracy 0.773, recall 0.665.
/// With counted groups, relations, curfews, bans and crowd control: seeds unchanged; PLOVER accuracy 0.774, recall 0.702.
/// With passive victims: seeds unchanged; PLOVER accuracy 0.777, recall 0.714. A promised CONCEDE as AGREE: 0.791, 0.720.
/// With parser repairs and
/// clause-bound arguments (evdetect): detection F1 0.746, strict F1 0.520; PLOVER type accuracy 0.696, type recall 0.534.
/// Session 4 merged (with split compounds and dropped feeling verbs): detection F1 0.754, strict F1 0.526; PLOVER type
/// accuracy 0.797 (138 predicted records), type recall 0.720. Repeated partner prepositions and relative clauses on
/// event nouns (evseeds): strict F1 0.565, detection and PLOVER unchanged. Documents speaking for their authors,
/// fronted "according to" repairs, particle objects and "no longer": detection F1 0.764, strict F1 0.573. Two-sided
/// fights: strict F1 0.584; PLOVER unchanged. Backing a negotiation as the intent to negotiate: detection F1 0.768,
/// strict F1 0.599; PLOVER unchanged. Dropped OVERSEE_MANAGE verbs: 0.777, 0.606. Agreements still being worked out
/// (evseeds2): detection F1 0.782, strict F1 0.609; PLOVER unchanged. Restatements coded once, beliefs and weapon
/// dangers dropped, shared auxiliaries, conjoined-away subjects and "the country" (evseeds6): detection F1 0.819, strict
/// F1 0.675; PLOVER unchanged. Phrasal verbs, light-verb nouns found by position, scene-setting clauses ranked below the
/// main clause, announced "it" and cause-described NGOs (evplover6): seeds unchanged; PLOVER accuracy 0.847, recall
/// 0.801, source-country recall 0.590, target 0.386. Riots by protesters (evseeds6b): detection F1 0.831. Refusing
/// permission, stopping aid, petitions and letting observers in (evplover6b): seeds unchanged; PLOVER accuracy 0.849,
/// recall 0.814, source 0.596, target 0.386. The other side of a hostile act in a 'between' phrase (evseeds6c): strict F1
/// 0.687; the stranded target of a hostile noun ('the army's crackdown on students' with 'on' hung on the verb): strict
/// F1 0.699; PLOVER unchanged. Conditions and what a "for" clause asks for rank below the reported event (evplover6c):
/// seeds unchanged; PLOVER accuracy 0.863, recall 0.814, source 0.609, target 0.393. Saying or calling something a
/// threat, a bias or a provocation is an accusation (evseeds6d): detection F1 0.845, strict F1 0.702. Exercise hosts,
/// "there", and plural offices possessing a meeting (fields10): strict F1 0.774 -> 0.798; PLOVER unchanged. A "no" cut off
/// from its noun by a quotation mark, and an agreement noun set at a gathering taking its participants (seeds10):
/// detection F1 0.893 -> 0.899, strict F1 0.774 -> 0.781; PLOVER unchanged. The purpose infinitive of a rejected
/// alternative ("rather than a measure to protect Y") is no event: detection F1 0.905, strict F1 0.786; PLOVER unchanged.
/// </summary>
public sealed class EventExtractionEvaluationTests
{
    [SharedFact]
    public void Seeds_detection_and_strict_F1_stay_above_their_floors()
    {
        var report = new EvalRunner().Run(SharedData.Path("gold", "seeds.gold.jsonl"), [SharedData.Path("seeds")]);
        Assert.Equal(92, report.GoldEvents);
        Assert.True(report.Detection.F1 >= 0.90, $"detection F1 {report.Detection.F1:F3}");
        Assert.True(report.Strict.F1 >= 0.81, $"strict F1 {report.Strict.F1:F3}");
    }

    /// <summary>Modality and place accuracy over the strictly matched seed events (SPEC §8; issue targets 0.90). Measured
    /// after session 9's merge with the "there" and visit-part places: modality 65/69 = 0.942, place 30/33 = 0.909.</summary>
    [SharedFact]
    public void Seeds_modality_and_place_accuracy_stay_above_their_floors()
    {
        var report = new EvalRunner().Run(SharedData.Path("gold", "seeds.gold.jsonl"), [SharedData.Path("seeds")]);
        var modality = report.Fields.Single(f => f.Field == "modality");
        var place = report.Fields.Single(f => f.Field == "place");
        Assert.True(modality.Total > 0 && (double)modality.Correct / modality.Total >= 0.93, $"modality {modality.Correct}/{modality.Total}");
        Assert.True(place.Total > 0 && (double)place.Correct / place.Total >= 0.90, $"place {place.Correct}/{place.Total}");
    }

    /// <summary>Date accuracy over the strictly matched seed events (exact value, and lenient: the ranges overlap). Measured
    /// with discourse-anchored report dates and lengths read as rounded down (dates7): 16/38 = 0.421, lenient 18/38 = 0.474;
    /// merged with the new visit and gathering rules the denominator grows by two matched events whose gold dates need
    /// outside facts (a year-less article): 16/40 = 0.400, lenient 18/40 = 0.450. With year-less relative times dated by the
    /// article's year bounds (fields10): 20/45 = 0.444, lenient 28/45 = 0.622. Session 9 merged: 21/47 = 0.447, lenient
    /// 29/47 = 0.617.</summary>
    [SharedFact]
    public void Seeds_date_accuracy_stays_above_its_floor()
    {
        var report = new EvalRunner().Run(SharedData.Path("gold", "seeds.gold.jsonl"), [SharedData.Path("seeds")]);
        var date = report.Fields.Single(f => f.Field == "date");
        var lenient = report.Fields.Single(f => f.Field == "date_lenient");
        Assert.True(date.Total > 0 && (double)date.Correct / date.Total >= 0.44, $"date {date.Correct}/{date.Total}");
        Assert.True((double)lenient.Correct / lenient.Total >= 0.61, $"lenient date {lenient.Correct}/{lenient.Total}");
    }

    // Session 10 (knowledge base without country entries read as people, Central Asian adjectives, bodies named for a
    // town, a counted toll with its cause): source 112/161 = 0.696, target 66/145 = 0.455. Session 11 (act12: people the
    // text describes but does not name, "a radio reporter", "two border guards", "Chadian activists", with the country of
    // the place that holds them): type recall 141/161 = 0.876, source 113/161 = 0.702, target 67/145 = 0.462; a capital
    // in "the capital city of X" read as a place: target 66/145 = 0.455; a role noun in apposition after a name ("X,
    // Peru's best-known activist,") giving the person its country: source 114/161 = 0.708; a described group owned by
    // "of" ("the government of President X") taking the owner's country: source 115/161 = 0.714.
    [SharedFact]
    public void Plover_dev_type_accuracy_and_recall_stay_above_their_floors()
    {
        var report = new PloverEvalRunner().Run(SharedData.Path("data", "plover", "PLOVER_GSR_dev.json"));
        Assert.True(report.TypeAccuracy >= 0.88, $"type accuracy {report.TypeAccuracy:F3}");
        // Lowered from 0.87 in session 10: 140/161 = 0.870 (was 141). The lost record was found only by reading "an
        // anti-Syria journalist" as a Syrian one (target SYR, gold LBN); "anti-X", "pro-X" and "X-backed" no longer give X.
        // Raised in session 11: 141/161 = 0.876, a victim described by its role ("a journalist") being enough.
        Assert.True(report.TypeRecall >= 0.875, $"type recall {report.TypeRecall:F3}");
        Assert.True(report.SourceCountryRecall >= 0.71, $"source country recall {report.SourceCountryRecall:F3}");
        Assert.True(report.TargetCountryRecall >= 0.45, $"target country recall {report.TargetCountryRecall:F3}");
    }

    [SharedFact]
    public void Extraction_is_deterministic()
    {
        var pipeline = StageCatalog.Build(StagePhase.Analysis);
        string Run()
        {
            var items = new InputReader().Read(SharedData.Path("seeds"), default).Where(i => i.Article is not null).ToList();
            return string.Join("\n", items.Select(i => JsonSerializer.Serialize(pipeline.Process(i.Article!).Get(Layers.Events).Events)));
        }
        string first = Run();
        Assert.Contains("\"Actors\"", first, StringComparison.Ordinal);
        Assert.Equal(first, Run());
    }
}
