using Parley.Articles;
using Parley.Dates;
using Parley.Documents;
using Parley.Events;
using Parley.Pipeline;
using Parley.Store;

namespace Parley.Tests.Events;

/// <summary>Hand-made articles and event records for the events tests.</summary>
internal static class EventSamples
{
    public const string Text =
        "Lavrov hopes to hold bilateral talks with Clinton in Munich. " +
        "Medvedev and Obama spoke by telephone on Monday. " +
        "NATO has declined Russia's proposal.";

    public static Span SentenceOf(string text, string words)
    {
        int at = text.IndexOf(words, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{words}' not in the text");
        int start = text.LastIndexOf(". ", at, StringComparison.Ordinal) is int s and >= 0 ? s + 2 : 0;
        int end = text.IndexOf('.', at + words.Length) is int e and >= 0 ? e + 1 : text.Length;
        return new Span(start, end);
    }

    public static ActorRef Person(string name, string country, string sector = "GOV") => new(name.Split(' ')[^1], name, null, country, sector);

    public static EventRecord Event(string docId, int ordinal, PloverType type, string trigger, string text = Text,
        IReadOnlyList<ActorRef>? actors = null, IReadOnlyList<ActorRef>? recipients = null,
        EventModality modality = EventModality.Asserted, string? mode = null, string? date = null, string? place = null, ActorRef? claimant = null)
    {
        var sentence = SentenceOf(text, trigger);
        int at = text.IndexOf(trigger, StringComparison.Ordinal);
        var evt = new EventRecord
        {
            Id = EventRecord.MakeId(docId, ordinal),
            DocumentId = docId,
            Ordinal = ordinal,
            Type = type,
            Mode = mode,
            Modality = modality,
            Actors = actors ?? [],
            Recipients = recipients ?? [],
            Date = date is null ? null : new EventDate(date, DateResolution.Relative),
            Place = place is null ? null : new EventPlace(place, place, 2867714, 48.14, 11.58, "DEU", "P"),
            Claimant = claimant,
            Evidence = new EventEvidence(sentence, new Span(at, at + trigger.Length))
            {
                Fields = new Dictionary<string, Span> { ["modality"] = new Span(at, at + trigger.Length) },
            },
            Confidence = 0.9,
        };
        return evt with { Cameo = CameoCoder.Default.Code(evt) };
    }

    /// <summary>Three events over <see cref="Text"/>: an intended meeting, a phone call, a refusal.</summary>
    public static IReadOnlyList<EventRecord> Three(string docId) =>
    [
        Event(docId, 0, PloverType.Consult, "hopes to hold bilateral talks", actors: [Person("Sergei Lavrov", "RUS")],
            recipients: [Person("Hillary Clinton", "USA")], modality: EventModality.Intended, mode: "third-party",
            date: "2012-02-03/2012-02-05", place: "Munich", claimant: Person("Sergei Lavrov", "RUS")),
        Event(docId, 1, PloverType.Consult, "spoke by telephone", actors: [Person("Dmitry Medvedev", "RUS"), Person("Barack Obama", "USA")],
            mode: "phone", date: "2012-01-30"),
        Event(docId, 2, PloverType.Reject, "has declined", actors: [new ActorRef("NATO", "NATO", null, "IGO")],
            recipients: [new ActorRef("Russia's", null, null, "RUS", "GOV")], date: "2012"),
    ];

    /// <summary>A document with its ingest layers (header, reference date), ready for the store.</summary>
    public static Document Document(string id, string text = Text)
    {
        var article = new SourceArticle { Id = id, Origin = new InputOrigin($"/in/{id}.txt"), Format = InputFormat.Text, Source = text, Text = text };
        var doc = new Document(article);
        doc.Set(Layers.Header, new ArticleHeader { Body = [new Span(0, text.Length)] });
        doc.Set(Layers.ReferenceDate, new ReferenceDate
        {
            Value = new PartialDate(2012, 2, 3), Granularity = DateGranularity.Day, Source = ReferenceDateSource.Dateline, Evidence = [],
        });
        return doc;
    }

    /// <summary>Stores one article with <see cref="Three"/> as its events.</summary>
    public static void StoreThree(ArticleStore store, string id = "doc1")
    {
        var doc = Document(id);
        doc.Set(Layers.Events, new EventLayer(Three(id)));
        store.WriteBatch(null, [(doc, ContentHash.Compute(doc.Article), [])], []);
    }

    public static AnalysisPipeline NoPipeline => new PipelineBuilder().Build();
}
