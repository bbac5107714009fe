using Parley.Nlp.Conllu;
using Parley.Nlp.Entities;
using Parley.Nlp.Tagging;
using Parley.Tests.Support;

namespace Parley.Tests.Nlp;

public sealed class EntityTaggerTests
{
    [Fact]
    public void Iob1_and_iob2_tags_read_as_the_same_spans()
    {
        EntitySpan[] expected = [new(0, 2, "PER"), new(2, 3, "PER"), new(4, 5, "LOC")];
        Assert.Equal(expected, NerCorpus.SpansOfTags(["B-PER", "I-PER", "B-PER", "O", "B-LOC"]));
        Assert.Equal(expected, NerCorpus.SpansOfTags(["I-PER", "I-PER", "B-PER", "O", "I-LOC"]));
    }

    [Fact]
    public void Gum_mentions_keep_the_outermost_named_span_without_its_article_or_clause()
    {
        const string conllu = """
            # text = the University of Portsmouth in England , which grew
            1	the	the	DET	DT	_	2	det	_	Entity=(8-organization-new-nnnnn-cf3-3-sgl-University_of_Portsmouth
            2	University	University	PROPN	NNP	_	0	root	_	_
            3	of	of	ADP	IN	_	4	case	_	_
            4	Portsmouth	Portsmouth	PROPN	NNP	_	2	nmod	_	Entity=(9-place-new-nnnnn-cf4-1-sgl-Portsmouth)
            5	in	in	ADP	IN	_	6	case	_	_
            6	England	England	PROPN	NNP	_	2	nmod	_	Entity=(10-place-new-nnnnn-cf5-1-sgl-England)
            7	,	,	PUNCT	,	_	10	punct	_	_
            8	which	which	PRON	WDT	_	10	nsubj	_	Entity=(11-abstract-new-nnnnn-cf6-1-sgl)
            9	grew	grow	VERB	VBD	_	2	acl:relcl	_	Entity=8)

            """;
        var sentence = NerCorpus.FromConllu(ConlluReader.Read(new StringReader(conllu)).Single());
        // "in England" is no link inside a name, so England stays a mention of its own; Portsmouth is nested and dropped.
        Assert.Equal([new EntitySpan(1, 4, "ORG"), new EntitySpan(5, 6, "LOC")], sentence.Spans);
    }

    [Fact]
    public void Gum_person_mentions_lose_their_titles_and_groups_split_into_their_names()
    {
        const string conllu = """
            # text = Mr. Eizenga and Julie Rosenthal met the Secretary
            1	Mr.	Mr.	PROPN	NNP	_	2	nmod:desc	_	Entity=(1-person-new-nnnnn-cf1-1,2,3,4,5-sgl(2-person-new-nnnnn-cf1-1,2-sgl
            2	Eizenga	Eizenga	PROPN	NNP	_	6	nsubj	_	Entity=2)
            3	and	and	CCONJ	CC	_	5	cc	_	_
            4	Julie	Julie	PROPN	NNP	_	2	conj	_	Entity=(3-person-new-nnnnn-cf1-1,2-sgl
            5	Rosenthal	Rosenthal	PROPN	NNP	_	4	flat	_	Entity=3)1)
            6	met	meet	VERB	VBD	_	0	root	_	_
            7	the	the	DET	DT	_	8	det	_	Entity=(4-person-new-nnnnn-cf1-1,2-sgl
            8	Secretary	Secretary	PROPN	NNP	_	6	obj	_	Entity=4)

            """;
        var sentence = NerCorpus.FromConllu(ConlluReader.Read(new StringReader(conllu)).Single());
        // The coordination is no name; "Mr." is not part of the name; "the Secretary" names a role, not a person.
        Assert.Equal([new EntitySpan(1, 2, "PER"), new EntitySpan(3, 5, "PER")], sentence.Spans);
    }

    [Fact]
    public void Gum_mentions_headed_by_a_common_noun_give_the_name_in_apposition()
    {
        const string conllu = """
            # text = the veteran reporter Ines Marlow and the village Kallby , and writers Ann Lee and Bo Berg
            1	the	the	DET	DT	_	3	det	_	Entity=(1-person-new-nnnnn-cf1-1,2-sgl
            2	veteran	veteran	ADJ	JJ	_	3	amod	_	_
            3	reporter	reporter	NOUN	NN	_	0	root	_	_
            4	Ines	Ines	PROPN	NNP	_	3	appos	_	_
            5	Marlow	Marlow	PROPN	NNP	_	4	flat	_	Entity=1)
            6	and	and	CCONJ	CC	_	8	cc	_	_
            7	the	the	DET	DT	_	8	det	_	Entity=(2-place-new-nnnnn-cf1-1,2-sgl
            8	village	village	NOUN	NN	_	3	conj	_	_
            9	Kallby	Kallby	PROPN	NNP	_	8	appos	_	Entity=2)
            10	,	,	PUNCT	,	_	12	punct	_	_
            11	and	and	CCONJ	CC	_	12	cc	_	_
            12	writers	writer	NOUN	NNS	_	3	conj	_	Entity=(3-person-new-nnnnn-cf1-1,2-sgl
            13	Ann	Ann	PROPN	NNP	_	12	appos	_	Entity=(4-person-new-nnnnn-cf1-1,2-sgl
            14	Lee	Lee	PROPN	NNP	_	13	flat	_	Entity=4)
            15	and	and	CCONJ	CC	_	16	cc	_	_
            16	Bo	Bo	PROPN	NNP	_	13	conj	_	Entity=(5-person-new-nnnnn-cf1-1,2-sgl
            17	Berg	Berg	PROPN	NNP	_	16	flat	_	Entity=5)3)

            """;
        var sentence = NerCorpus.FromConllu(ConlluReader.Read(new StringReader(conllu)).Single());
        // The description around a name is no part of it; a list of names in apposition keeps only its members' own mentions.
        Assert.Equal([new EntitySpan(3, 5, "PER"), new EntitySpan(8, 9, "LOC"), new EntitySpan(12, 14, "PER"), new EntitySpan(15, 17, "PER")], sentence.Spans);
    }

    [Fact]
    public void Bilou_labels_read_as_whole_mentions()
    {
        string[] types = ["LOC", "PER"];
        int bPer = EntityTagger.Label(1, EntityTagger.B), iPer = EntityTagger.Label(1, EntityTagger.I), lPer = EntityTagger.Label(1, EntityTagger.L);
        int uLoc = EntityTagger.Label(0, EntityTagger.U);
        Assert.Equal([new EntitySpan(0, 3, "PER"), new EntitySpan(3, 4, "LOC")], EntityTagger.SpansOf([bPer, iPer, lPer, uLoc, 0], types));
        // BILOU constraints: an open mention continues only with I or L of its type; B, U and O need a closed one.
        Assert.False(EntityTagger.Follows(bPer, EntityTagger.Label(0, EntityTagger.L)));
        Assert.True(EntityTagger.Follows(bPer, lPer));
        Assert.False(EntityTagger.Follows(-1, iPer));
        Assert.False(EntityTagger.Follows(iPer, 0));
    }

    [Fact]
    public void Viterbi_decoding_finds_the_best_sequence_of_whole_mentions()
    {
        // Types LOC (labels 1–4) and PER (5–8), 9 labels, no transition preferences.
        const int classes = 9;
        int bLoc = EntityTagger.Label(0, EntityTagger.B), lLoc = EntityTagger.Label(0, EntityTagger.L);
        int bPer = EntityTagger.Label(1, EntityTagger.B), lPer = EntityTagger.Label(1, EntityTagger.L), uPer = EntityTagger.Label(1, EntityTagger.U);
        var transitions = new float[(classes + 1) * classes];
        var emissions = new float[3 * classes];
        // Word 0 leans to B-PER, but word 1 is strongly the last word of a place: the whole pair is a place, which a
        // greedy left-to-right choice (B-PER, then no way to continue it with L-LOC) cannot find.
        emissions[bPer] = 2f; emissions[bLoc] = 1.5f;
        emissions[classes + lLoc] = 3f; emissions[classes + lPer] = 1f;
        // Word 2 prefers B-PER, but a sentence cannot end inside a mention.
        emissions[2 * classes + bPer] = 5f; emissions[2 * classes + uPer] = 1f;
        var labels = new int[3];
        EntityTagger.Decode(emissions, 3, classes, transitions, new float[3 * classes], new int[3 * classes], labels);
        Assert.Equal([bLoc, lLoc, uPer], labels);
        // A transition score can outweigh the words: here a mention may not open the sentence cheaply.
        for (int c = 1; c < classes; c++) transitions[classes * classes + c] = -10f;
        EntityTagger.Decode(emissions, 3, classes, transitions, new float[3 * classes], new int[3 * classes], labels);
        Assert.Equal([0, 0, uPer], labels);
    }

    [Fact]
    public void Meantime_named_mentions_are_cut_to_the_name_at_their_end()
    {
        string[] company = ["the", "Estonian", "carmaker", "Baltic", "Motor", "Works", "said"];
        Assert.Equal(new EntitySpan(3, 6, "ORG"), MeantimeCorpus.NameOf(company, 0, 6, "ORG"));
        string[] bank = ["The", "Bank", "of", "Tallinn"];
        Assert.Equal(new EntitySpan(1, 4, "ORG"), MeantimeCorpus.NameOf(bank, 0, 4, "ORG"));
        string[] province = ["the", "regional", "government", "of", "Tartu"];
        Assert.Equal(new EntitySpan(4, 5, "LOC"), MeantimeCorpus.NameOf(province, 0, 5, "LOC"));
        string[] minister = ["Finnish", "Foreign", "Minister", "Anna", "Berg"];
        Assert.Equal(new EntitySpan(3, 5, "PER"), MeantimeCorpus.NameOf(minister, 0, 5, "PER"));
        // A role is not a person's name, whether it ends in a name after "of" or in a lower-case word.
        string[] mayor = ["the", "Mayor", "of", "Tartu"];
        Assert.Null(MeantimeCorpus.NameOf(mayor, 0, 4, "PER"));
        string[] chief = ["the", "company", "'s", "chief", "executive"];
        Assert.Null(MeantimeCorpus.NameOf(chief, 0, 5, "PER"));
    }

    [Fact]
    public void Ecb_plus_mentions_become_names_and_partly_annotated_sentences_are_left_out()
    {
        // Four sentences of a made-up CAT document; sentence 3 is not in the validated list.
        string[][] sentences =
        [
            ["The", "singer", "Mia", "Holm", "flew", "to", "Oslo", "."],            // 0: PER "singer Mia Holm" (cut), LOC "to Oslo" (cut)
            ["She", "met", "officials", "of", "Nordvik", "Bank", "."],             // 1: pronoun skipped, ORG "Nordvik Bank"
            ["Her", "manager", "called", "Radio", "Tromsø", "."],                  // 2: "Radio Tromsø" unannotated: left out
            ["Nobody", "listed", "this", "sentence", "."],                          // 3: not validated
        ];
        var xml = new System.Text.StringBuilder("<Document>");
        int id = 0;
        for (int s = 0; s < sentences.Length; s++)
            foreach (string w in sentences[s]) xml.Append($"<token t_id=\"{++id}\" sentence=\"{s}\" number=\"{id}\">{w}</token>");
        static string Anchors(params int[] ids) => string.Concat(ids.Select(i => $"<token_anchor t_id=\"{i}\"/>"));
        xml.Append("<Markables>")
            .Append($"<HUMAN_PART_PER m_id=\"1\">{Anchors(2, 3, 4)}</HUMAN_PART_PER>")
            .Append($"<LOC_GEO m_id=\"2\">{Anchors(6, 7)}</LOC_GEO>")
            .Append($"<HUMAN_PART_PER m_id=\"3\">{Anchors(9)}</HUMAN_PART_PER>")
            .Append($"<HUMAN_PART_ORG m_id=\"4\">{Anchors(11, 12, 13, 14)}</HUMAN_PART_ORG>")
            .Append($"<HUMAN_PART_PER m_id=\"5\">{Anchors(16, 17)}</HUMAN_PART_PER>")
            .Append("</Markables></Document>");
        var result = new List<NerSentence>();
        EcbPlusCorpus.AddDocument(System.Xml.Linq.XElement.Parse(xml.ToString()), s => s < 3, result, 0, NerGazetteer.Default);
        Assert.Equal(2, result.Count);
        Assert.Equal([new EntitySpan(2, 4, "PER"), new EntitySpan(6, 7, "LOC")], result[0].Spans);
        Assert.Equal([new EntitySpan(4, 6, "ORG")], result[1].Spans);
    }

    [SharedFact]
    public void Ecb_plus_reads_validated_sentences_with_names_only()
    {
        var sentences = EcbPlusCorpus.Read(SharedData.Path("data", "ecbplus"));
        Assert.InRange(sentences.Count, 400, 1840); // of the 1,840 validated sentences, those fully annotated
        Assert.True(sentences.Sum(s => s.Spans.Length) > 600);
        foreach (var s in sentences)
            foreach (var x in s.Spans)
                Assert.True(char.IsUpper(s.Words[x.Start][0]) && char.IsUpper(s.Words[x.End - 1][0]), string.Join(" ", s.Words[x.Start..x.End]));
    }

    [SharedFact]
    public void Meantime_reads_its_annotated_news_sentences_with_names_only()
    {
        var sentences = MeantimeCorpus.Read(SharedData.Path("data", "meantime-en", MeantimeCorpus.Archive));
        Assert.InRange(sentences.Count, 400, 720); // 120 articles × at most 6 annotated sentences, some left out
        Assert.True(sentences.Sum(s => s.Spans.Length) > 300);
        foreach (var s in sentences)
            foreach (var x in s.Spans)
            {
                Assert.True(char.IsUpper(s.Words[x.Start][0]) && char.IsUpper(s.Words[x.End - 1][0]), string.Join(" ", s.Words[x.Start..x.End]));
                Assert.DoesNotContain(s.Words[x.Start], new[] { "The", "A", "An" });
            }
    }

    [Fact]
    public void Nationality_words_become_norp_mentions_unless_they_start_a_longer_name()
    {
        string[] words = ["Americans", "and", "French", "Revolution", "veterans", "met", "Muslim", "leaders"];
        EntitySpan[] found = [new(0, 1, "PER"), new(2, 4, "EVENT")];
        Assert.Equal([new EntitySpan(0, 1, "NORP"), new EntitySpan(2, 4, "EVENT"), new EntitySpan(6, 7, "NORP")],
            EntityTagger.WithNorp(found, words, NerGazetteer.Default));
        Assert.Equal("MISC", EntityTypes.ForConll("NORP"));
    }

    [Fact]
    public void A_name_before_a_press_noun_is_the_outlet_an_organisation()
    {
        var gazetteer = NerGazetteer.Default;
        // Found as a person, or not found at all: a name right before "newspaper", "daily", "agency" … is an organisation.
        string[] paper = ["Estonia", "'s", "Postimees", "newspaper", "quoted", "Anna", "Berg", "."];
        Assert.Equal([new EntitySpan(0, 1, "LOC"), new EntitySpan(2, 3, "ORG"), new EntitySpan(5, 7, "PER")],
            EntityTagger.PressNames([new(0, 1, "LOC"), new(2, 3, "PER"), new(5, 7, "PER")], paper, gazetteer));
        string[] agency = ["The", "Baltic", "News", "Service", "agency", "reported", "it", "."];
        Assert.Equal([new EntitySpan(1, 4, "ORG")], EntityTagger.PressNames([], agency, gazetteer));
        // A place or nationality word before the noun stays what it is ("a Tallinn daily", "a Finnish newspaper").
        string[] daily = ["a", "Tallinn", "daily", "and", "a", "Finnish", "newspaper", "agreed", "."];
        Assert.Equal([new EntitySpan(1, 2, "LOC")], EntityTagger.PressNames([new(1, 2, "LOC")], daily, gazetteer));
        Assert.Empty(EntityTagger.PressNames([], ["the", "newspaper", "said"], gazetteer));
    }

    [Fact]
    public void A_named_storm_is_one_event_mention_and_its_given_name_alone_is_the_storm_too()
    {
        // Found as a person, only in part, or not at all: the storm noun and the name after it are one EVENT.
        string[] landfall = ["Hurricane", "Odalys", "hit", "Tampico", "before", "Tropical", "Storm", "Pim", "formed", "."];
        Assert.Equal([new EntitySpan(0, 2, "EVENT"), new EntitySpan(3, 4, "LOC"), new EntitySpan(5, 8, "EVENT")],
            EntityTagger.StormNames([new(0, 2, "PER"), new(3, 4, "LOC"), new(7, 8, "PER")], landfall));
        string[] lower = ["the", "typhoon", "Kenji", "weakened", "."];
        Assert.Equal([new EntitySpan(1, 3, "EVENT")], EntityTagger.StormNames([], lower));
        // The storm noun alone is no name ("Cyclone warnings were issued").
        Assert.Empty(EntityTagger.StormNames([new(0, 1, "PER")], ["Cyclone", "warnings", "were", "issued", "."]));

        // Later in the article the given name alone is the same storm, not a person.
        string[][] article = [landfall, ["Odalys", "weakened", "overnight", "."]];
        EntitySpan[][] spans = [EntityTagger.StormNames([new(0, 2, "PER"), new(3, 4, "LOC")], landfall), [new(0, 1, "PER")]];
        EntityTagger.Harmonise(article, spans);
        Assert.Equal([new EntitySpan(0, 1, "EVENT")], spans[1]);
    }

    [Fact]
    public void Office_holders_in_the_plural_are_no_mention_but_a_singular_title_or_a_plural_place_is_kept()
    {
        var gazetteer = NerGazetteer.Default;
        // "Governors" and "Socialist Ministers" name holders of an office; "Halvard Lund" stays.
        string[] words = ["Governors", "and", "Socialist", "Ministers", "met", "Halvard", "Lund", "."];
        Assert.Equal([new EntitySpan(5, 7, "PER")],
            EntityTagger.WithoutPluralRoles([new(0, 1, "ORG"), new(2, 4, "ORG"), new(5, 7, "PER")], words, gazetteer));
        // A title in the singular may be a surname; a name that only ends in a plural title is a name.
        string[] others = ["Dean", "thanked", "the", "Harbour", "Chiefs", "."];
        EntitySpan[] kept = [new(0, 1, "PER"), new(3, 5, "ORG")];
        Assert.Equal(kept, EntityTagger.WithoutPluralRoles(kept, others, gazetteer));
    }

    [Fact]
    public void Scores_are_exact_span_micro_averages()
    {
        EntitySpan[][] gold = [[new(0, 2, "PER"), new(3, 4, "LOC")], [new(0, 1, "ORG")]];
        EntitySpan[][] system = [[new(0, 2, "PER"), new(3, 5, "LOC")], [new(0, 1, "ORG"), new(2, 3, "PER")]];
        var scores = NerScorer.Score(gold, system).ToDictionary(s => s.Type);
        Assert.Equal((3, 4, 2), (scores[NerScorer.Overall].Gold, scores[NerScorer.Overall].Predicted, scores[NerScorer.Overall].Correct));
        Assert.Equal(0.5, scores["PER"].Precision);
        Assert.Equal(0, scores["LOC"].F1);
        Assert.Equal(2, NerScorer.Score(gold, system, new HashSet<string> { "PER", "LOC" })[0].Gold);
    }

    [Fact]
    public void Training_is_deterministic_and_the_model_reads_back_unchanged()
    {
        var (sentences, upos) = ToyCorpus();
        var a = EntityTaggerTrainer.Train(sentences, upos, 5, 7);
        var b = EntityTaggerTrainer.Train(sentences, upos, 5, 7);
        string dir = Path.Combine(Path.GetTempPath(), $"parley-ner-{Guid.NewGuid():N}");
        try
        {
            a.Save(Path.Combine(dir, "a.bin"));
            b.Save(Path.Combine(dir, "b.bin"));
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "a.bin")), File.ReadAllBytes(Path.Combine(dir, "b.bin")));
            var loaded = EntityTagger.Load(Path.Combine(dir, "a.bin"));
            string[] words = ["Yesterday", "Maria", "Lopez", "visited", "Kenya", "."];
            string[] tags = ["NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"];
            Assert.Equal(a.Tag(words, tags), loaded.Tag(words, tags));
            Assert.Equal([new EntitySpan(1, 3, "PER"), new EntitySpan(4, 5, "LOC")], loaded.Tag(words, tags));
            // Several seeds: their models' weights are averaged, again byte for byte the same on every run.
            EntityTaggerTrainer.Train(sentences, upos, 3, [7, 8, 9]).Save(Path.Combine(dir, "c.bin"));
            EntityTaggerTrainer.Train(sentences, upos, 3, [7, 8, 9]).Save(Path.Combine(dir, "d.bin"));
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "c.bin")), File.ReadAllBytes(Path.Combine(dir, "d.bin")));
            Assert.NotEqual(File.ReadAllBytes(Path.Combine(dir, "a.bin")), File.ReadAllBytes(Path.Combine(dir, "c.bin")));
            Assert.Equal([new EntitySpan(1, 3, "PER"), new EntitySpan(4, 5, "LOC")], EntityTagger.Load(Path.Combine(dir, "c.bin")).Tag(words, tags));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_stage_maps_mentions_back_to_words_and_characters_of_the_text()
    {
        var (sentences, upos) = ToyCorpus();
        var stage = new NerStage(EntityTaggerTrainer.Train(sentences, upos, 5, 7));
        const string text = "Yesterday Maria Lopez visited Kenya. Today Li Wei visited Chile.";
        var tokens = Parley.Nlp.Tokenization.Tokenizer.Default.Tokenize(text);
        string[] tags = [.. Enumerable.Repeat<string[]>(["NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"], 2).SelectMany(t => t)];
        Assert.Equal(tags.Length, tokens.WordCount);
        var layer = stage.Predict(tokens, new TagLayer(tags, tags, tags, tags, [.. tokens.SentenceStarts]));
        Assert.Equal(["PER:Maria Lopez", "LOC:Kenya", "PER:Li Wei", "LOC:Chile"], layer.Mentions.Select(m => $"{m.Type}:{text[m.Span.Start..m.Span.End]}"));
        Assert.Equal((7, 9), (layer.Mentions[2].FirstWord, layer.Mentions[2].EndWord));
    }

    private static (List<NerSentence>, List<string[]>) ToyCorpus()
    {
        string[][] people = [["Maria", "Lopez"], ["John", "Smith"], ["Ana", "Silva"], ["Li", "Wei"]];
        string[] places = ["Kenya", "France", "Peru", "Japan", "Chile"];
        string[] times = ["Yesterday", "Today", "Later"];
        var sentences = new List<NerSentence>();
        var upos = new List<string[]>();
        foreach (var person in people)
            foreach (string place in places)
                foreach (string time in times)
                {
                    sentences.Add(new NerSentence([time, .. person, "visited", place, "."], [new(1, 3, "PER"), new(4, 5, "LOC")]));
                    upos.Add(["NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]);
                }
        return (sentences, upos);
    }
}

/// <summary>
/// Floors of the committed entity tagger (models/ner), just under the figures in its MODEL_CARD.md: exact-span F1
/// over person, organisation and place (and over all four CoNLL types on wikigold).
/// </summary>
public sealed class EntityTaggerAccuracyTests
{
    private static readonly HashSet<string> PerOrgLoc = ["PER", "ORG", "LOC"];
    private static readonly Lazy<(EntityTagger Ner, Tagger Pos)> Models = new(() => (
        EntityTagger.Load(Path.Combine(SharedData.RepoRoot, "models", "ner", EntityTagger.FileName)),
        Tagger.Load(Path.Combine(SharedData.RepoRoot, "models", "english-ud", "tagger.bin"))));

    [SharedFact]
    public void Gum_test_person_organisation_place_f1_stays_above_the_floor()
    {
        var gold = NerCorpus.Read(SharedData.Path("data", "gum", "gum-test.conllu.gz"));
        var result = NerEvaluation.Evaluate(Models.Value.Ner, Models.Value.Pos, gold, conllLabels: false, PerOrgLoc);
        Assert.True(result.Scores[0].F1 >= 0.752, $"GUM test PER/ORG/LOC F1 {100 * result.Scores[0].F1:F2} < 75.2");
    }

    [SharedFact]
    public void Wikigold_f1_stays_above_the_floor()
    {
        var gold = NerCorpus.Read(SharedData.Path("data", "wikigold", "wikigold.conll.txt"));
        var all = NerEvaluation.Evaluate(Models.Value.Ner, Models.Value.Pos, gold, conllLabels: true);
        var perOrgLoc = NerEvaluation.Evaluate(Models.Value.Ner, Models.Value.Pos, gold, conllLabels: true, PerOrgLoc);
        Assert.True(all.Scores[0].F1 >= 0.658, $"wikigold F1 {100 * all.Scores[0].F1:F2} < 65.8");
        Assert.True(perOrgLoc.Scores[0].F1 >= 0.689, $"wikigold PER/ORG/LOC F1 {100 * perOrgLoc.Scores[0].F1:F2} < 68.9");
    }

    [SharedFact]
    public void Re3d_held_out_documents_f1_stays_above_the_floor()
    {
        var gold = Re3dCorpus.Read(SharedData.Path("data", "re3d"), Parley.Nlp.Tokenization.Tokenizer.Default, Re3dCorpus.Part.HeldOut);
        Assert.NotEmpty(gold);
        var result = NerEvaluation.Evaluate(Models.Value.Ner, Models.Value.Pos, gold, conllLabels: false, PerOrgLoc);
        Assert.True(result.Scores[0].F1 >= 0.581, $"re3d held-out PER/ORG/LOC F1 {100 * result.Scores[0].F1:F2} < 58.1");
    }
}
