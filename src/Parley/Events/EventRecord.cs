using System.Text.Json.Serialization;

namespace Parley.Events;

/// <summary>
/// One event mention in an article (SPEC §4): who did what to whom, when, where, on what occasion, who says so and
/// how certain it is, each field traced to its words in <see cref="Evidence"/>. Immutable; <see cref="Cameo"/> is
/// derived from type, mode and modality by <see cref="CameoCoder"/>.
/// </summary>
public sealed record EventRecord
{
    /// <summary>Stable id: <c>{document id}#{ordinal}</c> (see <see cref="MakeId"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The document the mention is in.</summary>
    public required string DocumentId { get; init; }

    /// <summary>0-based position of the mention among the document's events.</summary>
    public required int Ordinal { get; init; }

    /// <summary>The base type of what happened or is said to happen.</summary>
    public required PloverType Type { get; init; }

    /// <summary>PLOVER mode where one applies (CONSULT: phone, visit, third-party, multilateral; see <see cref="PloverCodebook"/>).</summary>
    public string? Mode { get; init; }

    /// <summary>PLOVER contexts (diplomatic, military, cbrn, …).</summary>
    public IReadOnlyList<string> Contexts { get; init; } = [];

    /// <summary>Free topics as written ("missile defense", "Syria").</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    public EventModality Modality { get; init; } = EventModality.Asserted;

    /// <summary>Initiators; for symmetric events (CONSULT without a host, COOPERATE) all participants may stand here.</summary>
    public IReadOnlyList<ActorRef> Actors { get; init; } = [];

    public IReadOnlyList<ActorRef> Recipients { get; init; } = [];

    /// <summary>The date of the event itself (not of the article); null when the text gives none.</summary>
    public EventDate? Date { get; init; }

    public EventPlace? Place { get; init; }

    /// <summary>The named gathering ("Munich Security Conference"), if any.</summary>
    public string? Occasion { get; init; }

    /// <summary>Who the article says asserts the event; null when the article speaks in its own voice.</summary>
    public ActorRef? Claimant { get; init; }

    /// <summary>The quotation the event rests on, where there is one.</summary>
    public string? Quote { get; init; }

    public required EventEvidence Evidence { get; init; }

    /// <summary>0–1.</summary>
    public double Confidence { get; init; } = 1.0;

    /// <summary>CAMEO code (e.g. "041"), derived by <see cref="CameoCoder"/>; null when none applies.</summary>
    public string? Cameo { get; init; }

    /// <summary>Every participant: actors then recipients.</summary>
    [JsonIgnore]
    public IEnumerable<ActorRef> Participants => Actors.Concat(Recipients);

    /// <summary>The id of the <paramref name="ordinal"/>-th event of document <paramref name="docId"/>.</summary>
    public static string MakeId(string docId, int ordinal) => $"{docId}#{ordinal}";
}
