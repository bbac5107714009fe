using Parley.Articles;
using Parley.Documents;
using Parley.Entities;
using Parley.Entities.Actors;
using Parley.Entities.Coreference;
using Parley.Pipeline;
using Parley.Tests.Support;

namespace Parley.Tests.Entities;

/// <summary>Spec-style examples (SPEC §6) for role nouns, plural descriptions, described groups, NER-fed names and coreference.</summary>
public sealed class EntityRuleTests
{
    private static EntityResolver Resolver { get; } = new(EntityResources.Default);

    private static IReadOnlyList<ActorMention> Actors(string text, DateOnly? asOf = null, params (string Text, string Type)[] named)
    {
        // Each entry is the next occurrence of its text (the same text twice: its first and second occurrences).
        var spans = new List<(Span, string)>();
        var from = new Dictionary<string, int>();
        foreach (var (t, type) in named)
        {
            int at = text.IndexOf(t, from.GetValueOrDefault(t), StringComparison.Ordinal);
            from[t] = at + t.Length;
            spans.Add((new Span(at, at + t.Length), type));
        }
        return Resolver.Resolve(text, [new Span(0, text.Length)], asOf ?? new DateOnly(2012, 2, 3), spans).Actors.Mentions;
    }

    private static ActorMention At(IReadOnlyList<ActorMention> actors, string text) => Assert.Single(actors, a => a.Text == text);

    [Theory]
    [InlineData("Foreign Minister Sergei Lavrov arrived. Later the Russian foreign minister said he was hopeful.", "the Russian foreign minister")]
    [InlineData("Sergei Lavrov arrived in Washington. Russia's top diplomat said talks went well.", "Russia's top diplomat")]
    [InlineData("The Russian foreign minister said talks went well, Reuters reported. Foreign Minister Sergei Lavrov said more.", "The Russian foreign minister")]
    public void Role_nouns_are_the_person_named_in_that_role(string text, string role)
    {
        var r = At(Actors(text), role);
        Assert.Equal(("Sergei Lavrov", "RUS", "GOV"), (r.Name, r.Country, r.Sector));
        Assert.True(r.RoleNoun);
        Assert.NotNull(r.Antecedent);
    }

    [Fact]
    public void A_title_and_surname_is_the_person_the_article_named_in_full_not_a_namesake_in_the_knowledge_base()
    {
        // "Ivan Lavrov" is not in the knowledge base; "Minister Lavrov" is him, not Sergei Lavrov.
        var actors = Actors("Deputy Minister Ivan Lavrov arrived in Oslo on Monday. Minister Lavrov said the talks went well.");
        var again = At(actors, "Minister Lavrov");
        Assert.Equal("Ivan Lavrov", again.Name);
        Assert.Null(again.KbId);
    }

    [Fact]
    public void A_title_and_surname_is_the_person_the_NER_found_in_full_not_a_namesake_in_the_knowledge_base()
    {
        // "Ivan Lavrov" is found only by the NER (after the appositions are read); "General Lavrov" and the bare "Lavrov"
        // copied from it are him, not Sergei Lavrov, and keep the title's sector.
        var actors = Actors("Ivan Lavrov arrived in Oslo on Monday. General Lavrov said the talks went well. Lavrov left on Tuesday.",
            null, ("Ivan Lavrov", "PER"));
        var titled = Assert.Single(actors, a => a.TitleSpan is not null);
        Assert.Equal(("Ivan Lavrov", (string?)null, "MIL"), (titled.Name, titled.KbId, titled.Sector));
        Assert.Equal(3, actors.Count(a => a.Text.EndsWith("Lavrov", StringComparison.Ordinal)));
        Assert.All(actors.Where(a => a.Text.EndsWith("Lavrov", StringComparison.Ordinal)), a => Assert.Equal(("Ivan Lavrov", (string?)null, (string?)null), (a.Name, a.KbId, a.Country)));
    }

    [Fact]
    public void A_full_name_whose_surname_is_a_known_persons_is_another_person_unless_its_given_name_or_initial_agrees()
    {
        var actors = Actors("Sergei Lavrov met Kenyan officials. His nephew, Oleg Lavrov, runs a gas firm. S. Lavrov left on Monday.",
            null, ("Oleg Lavrov", "PER"), ("S. Lavrov", "PER"));
        Assert.Equal(((string?)"Oleg Lavrov", (string?)null), (At(actors, "Oleg Lavrov").Name, At(actors, "Oleg Lavrov").KbId));
        Assert.DoesNotContain(actors, a => a.Text == "Lavrov" && a.Span.Start > 40 && a.Span.Start < 70);
        Assert.Equal("Sergei Lavrov", Assert.Single(actors, a => a.Span.Start > 70 && a.Text.EndsWith("Lavrov", StringComparison.Ordinal)).Name);
    }

    [Fact]
    public void A_surname_alone_finds_a_knowledge_base_person_only_in_the_texts_own_spelling()
    {
        // The knowledge base holds people named Tromp; "Trump" folds to the same loose key but is not their name.
        var r = At(Actors("President Trump said the talks went well.", new DateOnly(2019, 9, 30)), "President Trump");
        Assert.Null(r.KbId);
        Assert.Equal("Trump", r.Name);
    }

    [Fact]
    public void A_countrys_leader_is_its_head_of_state_named_nearby()
    {
        var r = At(Actors("Russia's leader is likely to meet Obama, Foreign Minister Sergei Lavrov said. He expects Russian President Dmitry Medvedev to travel.",
            new DateOnly(2009, 1, 27)), "Russia's leader");
        Assert.Equal("Dmitry Medvedev", r.Name);
    }

    [Fact]
    public void A_role_noun_with_no_one_to_point_at_stays_a_nameless_person_with_its_country()
    {
        var r = At(Actors("A high-level US State Department official said no breakthrough was expected."), "US State Department official");
        Assert.Equal((ActorKind.Person, (string?)null, "USA", "official"), (r.Kind, r.Name, r.Country, r.Role));
        Assert.Contains(Actors("A high-level US State Department official said no breakthrough was expected."), a => a.Name == "US State Department");
    }

    [Theory]
    [InlineData("The Turkish Defence Ministry said the drills would go on.", "The Turkish Defence Ministry", "Turkish Defence Ministry", "TUR")]
    [InlineData("Officials at Japan's Finance Ministry declined to comment.", "Japan's Finance Ministry", "Japan's Finance Ministry", "JPN")]
    public void A_named_ministry_is_its_governments_body(string text, string mention, string name, string country)
    {
        var m = At(Actors(text), mention);
        Assert.Equal((name, country, "GOV"), (m.Name, m.Country, m.Sector));
    }

    [Fact]
    public void Coordinated_countries_before_a_plural_office_name_one_holder_each()
    {
        var g = At(Actors("French President Emmanuel Macron met German Chancellor Olaf Scholz and Brazilian President Lula da Silva. "
            + "The French and Brazilian presidents signed a pact.", new DateOnly(2023, 3, 1)), "The French and Brazilian presidents");
        Assert.Equal(ActorKind.Group, g.Kind);
        Assert.Equal([("FRA", "Emmanuel Macron"), ("BRA", "Lula")], g.Members!.Select(m => (m.Country!, m.Name!)));
    }

    [Fact]
    public void A_demonym_several_countries_share_is_the_most_populous_ones()
    {
        // "French" is also the demonym of the French Southern and Antarctic Lands.
        Assert.Equal("FRA", At(Actors("French troops left the base."), "French troops").Country);
    }

    [Fact]
    public void The_two_sides_are_the_two_states_named_most()
    {
        var g = At(Actors("Russia and the United States disagree. The United States wants guarantees that Russia rejects; Iran objects. The two sides will meet."), "The two sides");
        Assert.Equal(["RUS", "USA"], g.Members!.Select(m => m.Country).Order());
    }

    [Theory]
    [InlineData("Dozens were hurt in the Iranian government's crackdown on protesters.", "protesters", "IRN", "CVL")]
    [InlineData("The situation in Georgia, where the government faces opposition protesters, is tense.", "opposition protesters", "GEO", "OPP")]
    [InlineData("Libyan authorities blamed the attack on armed gangs.", "armed gangs", "LBY", "REB")]
    [InlineData("She spent the week negotiating with her Canadian partners.", "Canadian partners", "CAN", "GOV")]
    public void Described_groups_take_their_country_from_the_sentence(string text, string group, string country, string sector)
    {
        var g = At(Actors(text), group);
        Assert.Equal((country, sector), (g.Country, g.Sector));
    }

    [Fact]
    public void A_body_named_before_a_group_noun_is_an_actor_too()
    {
        var actors = Actors("The UN Security Council diplomats have toned down a resolution.");
        Assert.Contains(actors, a => a.Name == "UN Security Council" && a.Country == "UNO");
        Assert.Contains(actors, a => a.Kind == ActorKind.Group && a.Country == "UNO");
    }

    [Fact]
    public void Named_entity_mentions_add_bodies_and_people_the_knowledge_base_lacks()
    {
        string text = "Russia's Kommersant newspaper, citing Ivan Petrovsky, said the Russian Foreign Ministry's view had not changed. Diplomats told Kommersant.";
        var actors = Actors(text, null, ("Kommersant", "PER"), ("Ivan Petrovsky", "PER"), ("Russian Foreign Ministry's", "ORG"), ("Kommersant", "PER"));
        var k = actors.First(a => a.Text == "Kommersant");
        Assert.Equal((ActorKind.Organisation, "Kommersant", "RUS", "JRN"), (k.Kind, k.Name, k.Country, k.Sector));
        Assert.Contains(actors, a => a.Kind == ActorKind.Person && a.Name == "Ivan Petrovsky");
        Assert.Contains(actors, a => a.Name == "Russian Foreign Ministry" && a.Country == "RUS" && a.Sector == "GOV");
        Assert.Equal(2, actors.Count(a => a.Name == "Kommersant"));
    }

    [Fact]
    public void A_town_that_ends_a_body_name_is_part_of_the_name_and_one_that_starts_it_stays_a_place()
    {
        string text = "The Eastern Union condemned the vote, the Boston Globe said. Officials in Union agreed.";
        int body = text.IndexOf("Eastern Union", StringComparison.Ordinal), post = text.IndexOf("Boston Globe", StringComparison.Ordinal);
        var named = new List<(Span, string)> { (new Span(body, body + 13), "ORG"), (new Span(post, post + 12), "ORG") };
        var (actors, places) = Resolver.Resolve(text, [new Span(0, text.Length)], new DateOnly(2012, 2, 3), named);
        Assert.Contains(actors.Mentions, a => a.Kind == ActorKind.Organisation && a.Name == "Eastern Union");
        Assert.DoesNotContain(places.Mentions, p => p.Span.Start < post && p.Text == "Union");
        Assert.Contains(places.Mentions, p => p.Text == "Boston");
        Assert.Contains(places.Mentions, p => p.Text == "Union" && p.Span.Start > post);
    }

    [Fact]
    public void Gazetteer_and_knowledge_base_readings_stay_first()
    {
        string text = "Russian Foreign Minister Sergei Lavrov met NATO.";
        var actors = Actors(text, null, ("Russian Foreign Minister Sergei Lavrov", "PER"), ("NATO", "ORG"));
        Assert.Single(actors, a => a.Name == "Sergei Lavrov");
        Assert.Single(actors, a => a.Name == "NATO" && a.Country == "IGO");
    }

    [Fact]
    public void A_middle_initial_that_tells_people_apart_is_kept()
    {
        var a = At(Actors("Under former President George W. Bush, ties were poor.", new DateOnly(2009, 1, 27)), "George W. Bush");
        Assert.Equal("George W. Bush", a.Name);
    }

    [Fact]
    public void A_person_spelled_like_an_organisation_alias_is_the_person()
    {
        var actors = Actors("Mouaz al-Khatib has said he supports a dialogue.", new DateOnly(2013, 2, 14));
        Assert.Contains(actors, a => a.Name == "Moaz al-Khatib" && a.Country == "SYR" && a.Sector == "OPP");
    }

    [Theory]
    [InlineData("Lavrov will travel to New York next week.", "New York", 5128581)]
    [InlineData("a missile shield in eastern Europe", "eastern Europe", null)]
    [InlineData("Barack Obama met Vladimir Putin in Geneva.", "Geneva", 2660646)] // not Geneva, Illinois: the article's countries only tip close calls
    public void Places_named_as_the_news_names_them(string text, string place, int? geonameId)
    {
        var (_, places) = Resolver.Resolve(text, [new Span(0, text.Length)], null);
        var p = Assert.Single(places.Mentions, m => m.Text == place);
        Assert.Equal(geonameId, p.GeonameId);
    }

    [Fact]
    public void Month_names_are_not_towns()
    {
        var (_, places) = Resolver.Resolve("Clinton visited Moscow in March.", [new Span(0, 32)], null);
        Assert.DoesNotContain(places.Mentions, p => p.Text == "March");
    }

    private static CorefMention Name(int s, int w, string key, bool subject = false, MentionType type = MentionType.Person) =>
        new(s, w, w + 1, MentionForm.Name, type, MentionNumber.Singular, MentionGender.Unknown, subject, key, key);

    private static CorefMention Pron(int s, int w, string form, bool subject = false, int clause = -1)
    {
        var p = SalienceResolver.PronounFeatures(form)!.Value;
        return new CorefMention(s, w, w + 1, MentionForm.Pronoun, p.Type, p.Number, p.Gender, subject, form, null, clause) { Pronoun = form };
    }

    [Fact]
    public void Pronouns_prefer_the_salient_subject_and_learn_gender()
    {
        // "Lavrov(subj) met Clinton. He said she was right. NATO agreed; it said so."
        var m = new[]
        {
            Name(0, 0, "lavrov", subject: true), Name(0, 2, "clinton"),
            Pron(1, 4, "he", subject: true), Pron(1, 6, "she", subject: true),
            Name(2, 9, "nato", subject: true, type: MentionType.Organisation), Pron(2, 11, "it", subject: true),
        };
        var (ante, _) = SalienceResolver.Resolve(m);
        Assert.Equal(0, ante[2]);
        Assert.Equal(1, ante[3]);
        Assert.Equal(4, ante[5]);
    }

    [Fact]
    public void An_object_pronoun_is_not_the_subject_of_its_own_clause()
    {
        // "Lavrov(subj) met Kerry. Lavrov thanked him." — clause 7 holds both "Lavrov" and "him".
        var m = new[]
        {
            Name(0, 0, "lavrov", subject: true) with { Clause = 1 }, Name(0, 2, "kerry") with { Clause = 1 },
            Name(1, 4, "lavrov", subject: true) with { Clause = 5 }, Pron(1, 6, "him", clause: 5),
        };
        Assert.Equal(1, SalienceResolver.Resolve(m).Antecedent[3]);
    }

    [SharedFact]
    public void Salience_model_beats_the_most_recent_mention_on_GUM_dev()
    {
        var docs = CorefEvaluation.ReadGum(SharedData.Path("data", "gum", "gum-dev.conllu.gz"));
        var model = CorefEvaluation.Evaluate(docs).Counts.Single(c => c.Class == "pronoun (all)");
        var baseline = CorefEvaluation.Evaluate(docs, SalienceWeights.MostRecent).Counts.Single(c => c.Class == "pronoun (all)");
        Assert.True(model.Recall >= 0.75, $"pronoun accuracy {model.Recall:P1}");
        Assert.True(model.Recall > baseline.Recall + 0.1, $"{model.Recall:P1} vs baseline {baseline.Recall:P1}");
    }

    [SharedFact]
    public void Pronouns_in_an_article_link_to_its_actors()
    {
        string text = "Talks\n\nRussian Foreign Minister Sergei Lavrov met U.S. Secretary of State Hillary Clinton on Friday. He said she had been helpful.\n";
        var article = new SourceArticle { Id = "t", Origin = new InputOrigin("t.txt"), Format = InputFormat.Text, Source = text, Text = text };
        var doc = StageCatalog.Build(StagePhase.Ingest).Process(article);
        foreach (var e in StageCatalog.All.Where(e => e.Name is "tokenize" or "tagger" or "parser" or "ner" or "entities"))
            e.Create(StageContext.Default).Process(doc);
        var actors = doc.Get(Layers.Actors).Mentions;
        Assert.Equal("Sergei Lavrov", Assert.Single(actors, a => a.Text == "He").Name);
        Assert.Equal("Hillary Clinton", Assert.Single(actors, a => a.Text == "she").Name);
    }
}
