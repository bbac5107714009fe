using Parley.Events;
using Parley.Events.Evaluation;
using static Parley.Tests.Events.EventSamples;

namespace Parley.Tests.Events;

/// <summary>The scorer of SPEC §8 on hand-made gold and system events over <see cref="EventSamples.Text"/>.</summary>
public sealed class EventScorerTests
{
    private static GoldActor G(string? name, string? country = null, string? sector = null) => new(name, country, sector);

    private static GoldEvent Gold(PloverType type, string anchor, IReadOnlyList<GoldActor> actors, IReadOnlyList<GoldActor>? recipients = null,
        EventModality modality = EventModality.Asserted, string? mode = null, string? date = null, string? place = null, GoldActor? claimant = null, int index = 1) => new()
    {
        Type = type, Anchor = anchor, Actors = actors, Recipients = recipients ?? [], Modality = modality,
        Modes = mode is null ? [] : [mode], Date = date, Place = place, Claimant = claimant, Line = 1, Index = index,
    };

    private static readonly GoldEvent[] PerfectGold =
    [
        Gold(PloverType.Consult, "hopes to hold bilateral talks", [G("Sergei Lavrov", "RUS", "GOV")], [G("Hillary Clinton")],
            EventModality.Intended, "third-party", "2012-02-03/2012-02-05", "munich", G("Sergei Lavrov")),
        Gold(PloverType.Consult, "spoke by telephone", [G("Dmitry Medvedev"), G("Barack Obama")], mode: "phone", date: "2012-01-30", index: 2),
        Gold(PloverType.Reject, "has declined Russia's proposal", [G("NATO")], [G(null, "RUS", "GOV")], date: "2012", index: 3),
    ];

    private static EvalReport Score(IReadOnlyList<GoldEvent> gold, IReadOnlyList<EventRecord> system, string text = Text) =>
        EventScorer.Score([new ScoringDocument("d", text, gold, system)]);

    [Fact]
    public void A_perfect_system_scores_one_everywhere()
    {
        var r = Score(PerfectGold, Three("d"));
        Assert.Equal((1.0, 1.0, 1.0), (r.Detection.Precision, r.Detection.Recall, r.Detection.F1));
        Assert.Equal((1.0, 1.0, 1.0), (r.Strict.Precision, r.Strict.Recall, r.Strict.F1));
        Assert.All(r.Fields.Where(f => f.Total > 0), f => Assert.Equal(1.0, f.Accuracy));
        var byField = r.Fields.ToDictionary(f => f.Field);
        Assert.Equal(3, byField["modality"].Total);
        Assert.Equal(2, byField["mode"].Total);   // only gold events that give a mode count
        Assert.Equal(1, byField["place"].Total);
        Assert.Equal(1, byField["claimant"].Total);
        Assert.Empty(r.FalsePositives);
        Assert.Empty(r.FalseNegatives);
    }

    [Fact]
    public void No_system_events_is_recall_zero_and_every_gold_event_is_listed_with_its_sentence()
    {
        var r = Score(PerfectGold, []);
        Assert.Equal(0, r.Detection.Recall);
        Assert.Equal(0, r.Detection.Precision);
        Assert.Equal(0, r.Strict.F1);
        Assert.Equal(3, r.FalseNegatives.Count);
        Assert.Equal("Medvedev and Obama spoke by telephone on Monday.", r.FalseNegatives[1].Sentence);
    }

    [Fact]
    public void A_missing_and_an_extra_event_cost_recall_and_precision()
    {
        var system = Three("d");
        var r = Score(PerfectGold[..2], [system[0], system[2]]);
        Assert.Equal(1, r.Detection.TruePositives);
        Assert.Equal(1, r.Detection.FalsePositives);
        Assert.Equal(1, r.Detection.FalseNegatives);
        Assert.Equal(0.5, r.Detection.Precision);
        Assert.Equal(0.5, r.Detection.Recall);
        Assert.Equal("d#2", Assert.Single(r.FalsePositives).Id);
        Assert.Equal("spoke by telephone", Assert.Single(r.FalseNegatives).Text);
    }

    [Fact]
    public void A_wrong_type_in_the_right_sentence_is_not_detected()
    {
        var wrong = Three("d")[1] with { Type = PloverType.Agree };
        var r = Score([PerfectGold[1]], [wrong]);
        Assert.Equal(0, r.Detection.TruePositives);
        var types = r.PerType.ToDictionary(t => t.Type);
        Assert.Equal(1, types["CONSULT"].Gold);
        Assert.Equal(1, types["AGREE"].System);
        Assert.Equal(0, types["AGREE"].Detection.Precision);
    }

    [Fact]
    public void The_anchor_must_lie_in_the_system_evidence_sentence()
    {
        var elsewhere = Three("d")[1] with { Evidence = Three("d")[0].Evidence };
        Assert.Equal(0, Score([PerfectGold[1]], [elsewhere]).Detection.TruePositives);
    }

    [Theory]
    [InlineData("Sergei Lavrov", "Lavrov", "Sergey Lavrov", true)]
    [InlineData("Sergei Lavrov", "LAVROV", null, true)]
    [InlineData("Sergei Lavrov", "S.Lavrov", null, false)]    // "S.Lavrov" is one word: the extractor must canonicalise it
    [InlineData("Sergei Lavrov", "the minister", "Sergei Lavrov", true)]
    [InlineData("Sergei Lavrov", "the minister", null, false)]
    [InlineData("Hillary Clinton", "Clinton's", null, true)]
    [InlineData("José Ramos-Horta", "Jose Ramos Horta", null, true)]
    [InlineData("Mouaz al-Khatib", "al-Khatíb", null, true)]
    [InlineData("Joe Biden", "Joseph R. Biden Jr.", null, false)]  // last words differ: biden vs jr
    public void An_actor_matches_on_the_last_word_case_and_accent_insensitively(string gold, string text, string? name, bool expected) =>
        Assert.Equal(expected, ActorMatcher.Matches(G(gold), new ActorRef(text, name)));

    [Theory]
    [InlineData("RUS", "GOV", "RUS", "GOV", true)]
    [InlineData("RUS", null, "RUS", "MIL", true)]
    [InlineData("RUS", "GOV", "RUS", "MIL", false)]
    [InlineData("RUS", "GOV", "USA", "GOV", false)]
    [InlineData("RUS", "GOV", null, null, false)]
    public void A_nameless_actor_matches_on_country_and_sector_if_given(string country, string? sector, string? sysCountry, string? sysSector, bool expected) =>
        Assert.Equal(expected, ActorMatcher.Matches(G(null, country, sector), new ActorRef("Moscow", null, null, sysCountry, sysSector)));

    [Fact]
    public void Consult_participants_are_one_set_whatever_the_roles()
    {
        var gold = PerfectGold[0]; // Lavrov → Clinton
        var swapped = Three("d")[0] with { Actors = [Person("Hillary Clinton", "USA")], Recipients = [Person("Sergei Lavrov", "RUS")] };
        var together = Three("d")[0] with { Actors = [Person("Hillary Clinton", "USA"), Person("Sergei Lavrov", "RUS")], Recipients = [] };
        Assert.Equal(1, Score([gold], [swapped]).Strict.TruePositives);
        Assert.Equal(1, Score([gold], [together]).Strict.TruePositives);
        var half = Three("d")[0] with { Recipients = [] };
        var r = Score([gold], [half]);
        Assert.Equal(1, r.Detection.TruePositives);
        Assert.Equal(0, r.Strict.TruePositives);
        Assert.Single(r.ActorMisses);
    }

    [Fact]
    public void Other_types_need_the_roles_to_agree()
    {
        var gold = PerfectGold[2]; // NATO → RUS GOV
        var swapped = Three("d")[2] with { Actors = Three("d")[2].Recipients, Recipients = Three("d")[2].Actors };
        var r = Score([gold], [swapped]);
        Assert.Equal(1, r.Detection.TruePositives);
        Assert.Equal(0, r.Strict.TruePositives);
    }

    [Fact]
    public void Extra_system_actors_do_not_hurt_but_a_missing_gold_actor_does()
    {
        var extra = Three("d")[1] with { Actors = [.. Three("d")[1].Actors, Person("Sergei Lavrov", "RUS")] };
        Assert.Equal(1, Score([PerfectGold[1]], [extra]).Strict.TruePositives);
        var missing = Three("d")[1] with { Actors = [Person("Barack Obama", "USA")] };
        Assert.Equal(0, Score([PerfectGold[1]], [missing]).Strict.TruePositives);
    }

    [Fact]
    public void The_matching_is_maximal_where_greedy_first_fit_would_fail()
    {
        // Two gold CONSULT events anchored in the same sentence; system event A fits both, B only the first.
        const string text = "Lavrov met Kerry and later met Clinton in Munich.";
        var g1 = Gold(PloverType.Consult, "Lavrov met Kerry", [G("Lavrov")], [G("Kerry")]);
        var g2 = Gold(PloverType.Consult, "later met Clinton", [G("Lavrov")], [G("Clinton")], index: 2);
        var a = Event("d", 0, PloverType.Consult, "met Kerry", text, [Person("Sergei Lavrov", "RUS")], [Person("John Kerry", "USA"), Person("Hillary Clinton", "USA")]);
        var b = Event("d", 1, PloverType.Consult, "met Clinton", text, [Person("Sergei Lavrov", "RUS")], [Person("John Kerry", "USA")]);
        var r = Score([g1, g2], [a, b], text);
        Assert.Equal(2, r.Detection.TruePositives);
        Assert.Equal(2, r.Strict.TruePositives); // greedy would pair g1–a and leave g2 with b, whose actors do not fit
        var greedy = BipartiteMatching.Maximum(2, 2, (g, s) => (g, s) is (0, 0) or (0, 1) or (1, 0));
        Assert.Equal([1, 0], greedy);
    }

    [Fact]
    public void One_system_event_matches_at_most_one_gold_event()
    {
        const string text = "Lavrov met Kerry and later met Clinton in Munich.";
        var g1 = Gold(PloverType.Consult, "Lavrov met Kerry", [G("Lavrov")]);
        var g2 = Gold(PloverType.Consult, "later met Clinton", [G("Lavrov")], index: 2);
        var a = Event("d", 0, PloverType.Consult, "met Kerry", text, [Person("Sergei Lavrov", "RUS")]);
        var r = Score([g1, g2], [a], text);
        Assert.Equal(1, r.Detection.TruePositives);
        Assert.Equal(0.5, r.Detection.Recall);
    }

    [Fact]
    public void Dates_score_exact_and_lenient_overlap()
    {
        var gold = PerfectGold[0] with { Date = "2012-02-03/2012-02-05" };
        var inside = Three("d")[0] with { Date = new EventDate("2012-02-04", DateResolution.Relative) };
        var outside = Three("d")[0] with { Date = new EventDate("2012-02", DateResolution.Relative) };
        var before = Three("d")[0] with { Date = new EventDate("2012-01-31", DateResolution.Relative) };
        var undated = Three("d")[0] with { Date = null };
        FieldAccuracy F(EventRecord sys, string field) => Score([gold], [sys]).Fields.Single(f => f.Field == field);
        Assert.Equal((0, 1), (F(inside, "date").Correct, F(inside, "date").Total));
        Assert.Equal(1, F(inside, "date_lenient").Correct);
        Assert.Equal(1, F(outside, "date_lenient").Correct); // February overlaps 3–5 February
        Assert.Equal(0, F(before, "date_lenient").Correct);
        Assert.Equal(0, F(undated, "date_lenient").Correct);
        Assert.True(EventDate.Overlap("2012", "2012-12-31"));
        Assert.False(EventDate.Overlap("2012-02-30", "2012-02"));
    }

    [Fact]
    public void Modality_mode_place_and_claimant_are_scored_over_strict_pairs_only()
    {
        var sys = Three("d")[0] with
        {
            Modality = EventModality.Planned, Mode = "visit", Place = new EventPlace("Berlin"), Claimant = Person("Victoria Nuland", "USA"),
        };
        var byField = Score([PerfectGold[0]], [sys]).Fields.ToDictionary(f => f.Field);
        Assert.Equal((0, 1), (byField["modality"].Correct, byField["modality"].Total));
        Assert.Equal((0, 1), (byField["mode"].Correct, byField["mode"].Total));
        Assert.Equal((0, 1), (byField["place"].Correct, byField["place"].Total));
        Assert.Equal((0, 1), (byField["claimant"].Correct, byField["claimant"].Total));
        var notStrict = sys with { Recipients = [] };
        Assert.All(Score([PerfectGold[0]], [notStrict]).Fields, f => Assert.Equal(0, f.Total));
    }

    [Fact]
    public void Each_differing_field_of_a_strict_pair_is_listed_with_gold_system_and_sentence()
    {
        var sys = Three("d")[0] with
        {
            Modality = EventModality.Planned, Date = new EventDate("2012-02-04", DateResolution.Relative), Place = null,
            Claimant = Person("Victoria Nuland", "USA"),
        };
        var misses = Score([PerfectGold[0]], [sys]).FieldMisses.ToDictionary(m => m.Field);
        Assert.Equal(["claimant", "date", "modality", "place"], misses.Keys.Order());
        Assert.Equal(("intended", "planned"), (misses["modality"].Gold, misses["modality"].System));
        Assert.Equal(("2012-02-03/2012-02-05", "2012-02-04", true), (misses["date"].Gold, misses["date"].System, misses["date"].Lenient));
        Assert.Equal(("munich", null), (misses["place"].Gold, misses["place"].System));
        Assert.Equal(("Sergei Lavrov", "Victoria Nuland"), (misses["claimant"].Gold, misses["claimant"].System));
        Assert.All(misses.Values, m => Assert.Equal((sys.Id, "gold:1:1"), (m.Id, m.GoldId)));
        Assert.StartsWith("Lavrov", misses["date"].Sentence, StringComparison.Ordinal);
        Assert.Empty(Score(PerfectGold, Three("d")).FieldMisses);
    }

    [Fact]
    public void A_place_matches_by_name_case_insensitively_or_by_geonames_id()
    {
        var sys = Three("d")[0]; // Munich, GeoNames 2867714
        FieldAccuracy Place(string goldPlace) => Score([PerfectGold[0] with { Place = goldPlace }], [sys]).Fields.Single(f => f.Field == "place");
        Assert.Equal(1, Place("MUNICH").Correct);
        Assert.Equal(1, Place("2867714").Correct);
        Assert.Equal(0, Place("Berlin").Correct);
    }

    [Fact]
    public void A_gold_document_missing_from_the_inputs_counts_as_missed()
    {
        var r = EventScorer.Score([new ScoringDocument("gone", null, PerfectGold, [])]);
        Assert.Equal(3, r.FalseNegatives.Count);
        Assert.All(r.FalseNegatives, f => Assert.Contains("not among the inputs", f.Reason));
    }

    [Fact]
    public void Per_type_scores_count_gold_and_system_by_type()
    {
        var r = Score(PerfectGold, Three("d").Take(2).ToList());
        var types = r.PerType.ToDictionary(t => t.Type);
        Assert.Equal((2, 2, 1.0), (types["CONSULT"].Gold, types["CONSULT"].System, types["CONSULT"].Strict.F1));
        Assert.Equal((1, 0, 0.0), (types["REJECT"].Gold, types["REJECT"].System, types["REJECT"].Detection.Recall));
    }

    [Fact]
    public void Of_two_system_events_in_the_anchor_sentence_the_one_whose_trigger_is_in_the_anchor_takes_the_gold_event()
    {
        // The stray event ("Lavrov", asserted) comes first, so index order alone would pair it with the gold event.
        var lavrov = Person("Sergei Lavrov", "RUS");
        var clinton = Person("Hillary Clinton", "USA");
        var stray = Event("d", 0, PloverType.Consult, "Lavrov", actors: [lavrov], recipients: [clinton]);
        var stating = Event("d", 1, PloverType.Consult, "hold bilateral talks", actors: [lavrov], recipients: [clinton], modality: EventModality.Intended);
        var r = Score([PerfectGold[0] with { Anchor = "hold bilateral talks" }], [stray, stating]);
        Assert.Equal(1, r.Strict.TruePositives);
        Assert.Equal("d#0", Assert.Single(r.FalsePositives).Id);
        Assert.Equal(1.0, r.Fields.Single(f => f.Field == "modality").Accuracy);
    }

    [Fact]
    public void A_preferred_pair_gives_way_when_keeping_it_would_leave_another_gold_event_unmatched()
    {
        // Gold 0 prefers system 0, but system 0 is the only one gold 1 can take: both get matched.
        var m = Parley.Events.Evaluation.BipartiteMatching.Maximum(2, 2, (g, s) => g == 0 || s == 0, (g, s) => g == 0 && s == 0);
        Assert.Equal([1, 0], m);
    }
}
