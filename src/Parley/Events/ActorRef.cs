using System.Text.Json.Serialization;

namespace Parley.Events;

/// <summary>
/// One actor of an event as the text gives it and as resolved (SPEC §6). Only <see cref="Text"/> is required:
/// an unknown person is still an actor, with whatever role and country the text states.
/// </summary>
/// <param name="Text">The mention as written ("the Russian foreign minister").</param>
/// <param name="Name">Canonical name ("Sergei Lavrov"), or null when unresolved.</param>
/// <param name="Role">Role as of the event date ("Minister of Foreign Affairs").</param>
/// <param name="Country">ISO 3166-1 alpha-3 code, or an IGO code (UNO, IGO, EUR, NGO, MNC…).</param>
/// <param name="Sector">PLOVER sector code (GOV, MIL, LEG, …).</param>
/// <param name="Wikidata">Wikidata id ("Q83233") where known.</param>
public sealed record ActorRef(
    string Text,
    string? Name = null,
    string? Role = null,
    string? Country = null,
    string? Sector = null,
    string? Wikidata = null)
{
    /// <summary>The best display name: the canonical name, else the text.</summary>
    [JsonIgnore]
    public string Display => Name ?? Text;
}
