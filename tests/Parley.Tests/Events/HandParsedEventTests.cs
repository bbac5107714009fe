using Parley.Documents;
using Parley.Events;
using Parley.Events.Extraction;
using Parley.Ingest;
using Parley.Nlp.Parsing;
using Parley.Pipeline;

namespace Parley.Tests.Events;

/// <summary>
/// Event rules read the UD-correct tree as well as the committed parser's: the article is analysed as usual, then
/// one sentence's tree is replaced by a hand-written one (id, form, head, relation per line) before extraction.
/// For shapes a better parser produces that the committed parser cannot show.
/// </summary>
public sealed class HandParsedEventTests
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => StageCatalog.Build(StagePhase.Analysis));

    /// <summary>The events of <paramref name="text"/> with its first sentence parsed as <paramref name="tree"/>.</summary>
    private static IReadOnlyList<EventRecord> EventsWithTree(string text, string tree)
    {
        var article = new SourceArticle { Id = "hand", Origin = new InputOrigin("hand.txt"), Format = InputFormat.Text, Source = text + "\n", Text = text + "\n" };
        var doc = Pipeline.Value.Process(article);
        var tokens = doc.Get(Layers.Tokens);
        var deps = doc.Get(Layers.Dependencies);
        var (first, end) = tokens.SentenceWords(0);
        var rows = tree.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(end - first, rows.Count);
        var heads = (int[])deps.Heads.Clone();
        var rels = (string[])deps.Deprels.Clone();
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(rows[i][1], tokens.WordForm(first + i));
            int head = int.Parse(rows[i][2]);
            heads[first + i] = head == 0 ? -1 : first + head - 1;
            rels[first + i] = rows[i][3];
        }
        var hand = new Document(article);
        hand.Set(Layers.Tokens, tokens);
        hand.Set(Layers.Tags, doc.Get(Layers.Tags));
        hand.Set(Layers.Dependencies, new DependencyLayer(heads, rels, deps.SentenceStarts));
        hand.Set(Layers.Actors, doc.Get(Layers.Actors));
        hand.Set(Layers.Places, doc.Get(Layers.Places));
        hand.Set(Layers.Times, doc.Get(Layers.Times));
        hand.Set(Layers.ReferenceDate, doc.Get(Layers.ReferenceDate));
        return EventExtractor.Default.Extract(hand);
    }

    private static string Row(EventRecord e) =>
        $"{PloverCodebook.Name(e.Type)} {e.Mode} | {string.Join(", ", e.Actors.Select(a => a.Display))} -> {string.Join(", ", e.Recipients.Select(a => a.Display))}";

    [Fact]
    public void A_verbless_while_phrase_with_its_marker_on_the_noun_is_done_by_the_hosts_subject()
    {
        // UD: "visit" is an adverbial clause of "unreachable", with "while" as its marker.
        var events = EventsWithTree("Brazil's foreign minister Carlos Franca was unreachable on Monday while on a visit to Kenya.", """
            1 Brazil 5 nmod:poss
            2 's 1 case
            3 foreign 4 amod
            4 minister 5 compound
            5 Carlos 8 nsubj
            6 Franca 5 flat
            7 was 8 cop
            8 unreachable 0 root
            9 on 10 case
            10 Monday 8 obl
            11 while 14 mark
            12 on 14 case
            13 a 14 det
            14 visit 8 advcl
            15 to 16 case
            16 Kenya 14 nmod
            17 . 8 punct
            """);
        var visit = Assert.Single(events, e => e.Type == PloverType.Consult);
        Assert.Equal("CONSULT visit | Carlos Franca -> Kenya", Row(visit));
    }

    [Fact]
    public void Violence_in_a_conflict_between_the_state_and_protesters_is_their_riot_when_the_conflict_noun_is_the_subject()
    {
        // UD: "turned" has the conflict noun as its subject (not "demonstrators", as a parser may have it).
        var events = EventsWithTree("The dispute between the government and opposition demonstrators turned into violence on Friday.", """
            1 The 2 det
            2 dispute 9 nsubj
            3 between 5 case
            4 the 5 det
            5 government 2 nmod
            6 and 8 cc
            7 opposition 8 compound
            8 demonstrators 5 conj
            9 turned 0 root
            10 into 11 case
            11 violence 9 obl
            12 on 13 case
            13 Friday 9 obl
            14 . 9 punct
            """);
        Assert.Contains("PROTEST riot | demonstrators -> government", events.Select(Row));
    }

    [Fact]
    public void A_refusal_in_a_relative_clause_on_a_conjuncts_noun_phrase_names_the_addressee()
    {
        // UD: "of a border system" hangs on the nearer conjunct "operation", the relative clause on "system".
        var events = EventsWithTree("Kyiv has sought joint development and operation of a border system, which Minsk has declined.", """
            1 Kyiv 3 nsubj
            2 has 3 aux
            3 sought 0 root
            4 joint 5 amod
            5 development 3 obj
            6 and 7 cc
            7 operation 5 conj
            8 of 11 case
            9 a 11 det
            10 border 11 compound
            11 system 7 nmod
            12 , 16 punct
            13 which 16 obj
            14 Minsk 16 nsubj
            15 has 16 aux
            16 declined 11 acl:relcl
            17 . 3 punct
            """);
        Assert.Contains("COOPERATE  | Kyiv -> Minsk", events.Select(Row)); // the capital stands for its government, named as written like "Kyiv"
    }

    [Fact]
    public void A_preposition_hung_on_a_possessor_marks_the_possessed_noun()
    {
        // The slip: "of" as the case of "Iran" (which has its own 's) instead of "tests".
        var events = EventsWithTree("France led European condemnation of Iran's missile tests.", """
            1 France 2 nsubj
            2 led 0 root
            3 European 4 amod
            4 condemnation 2 obj
            5 of 6 case
            6 Iran 9 nmod:poss
            7 's 6 case
            8 missile 9 compound
            9 tests 4 nmod
            10 . 2 punct
            """);
        Assert.Contains(events.Select(Row), r => r.StartsWith("ACCUSE") && r.EndsWith("| France -> Iran"));
    }
}
