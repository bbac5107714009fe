namespace Parley.Entities.Actors;

/// <summary>
/// One dated office or affiliation of a knowledge-base actor. <see cref="From"/>/<see cref="To"/> are ISO dates or bare
/// years ("2021"), null when open. <see cref="CurrentTermOnly"/> marks snapshot sources that list only the current term,
/// so their start is not the first time the person held the office.
/// </summary>
public sealed record KbOffice(string Code, string? Country, string? Sector, string? From, string? To, string? Role, string Source, bool CurrentTermOnly)
{
    /// <summary>Earliest day the office may have started.</summary>
    public DateOnly? Earliest => KbDates.Earliest(From);

    /// <summary>Latest day the office may have ended.</summary>
    public DateOnly? Latest => KbDates.Latest(To);

    public bool Covers(DateOnly date) => (Earliest is not { } a || a <= date) && (Latest is not { } b || date <= b);
}
