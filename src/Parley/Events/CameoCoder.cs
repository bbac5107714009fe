namespace Parley.Events;

/// <summary>
/// Derives the CAMEO code of an event from its PLOVER type, mode, modality and contexts by inverting the
/// CAMEO → PLOVER table (<see cref="CameoPloverTable"/>). Deterministic: among the rows of the type, it takes those
/// with the event's mode (else those without a mode), prefers a row sharing one of the event's contexts, then the most
/// general (shortest, then lowest) code. Future, intended or possible cooperation becomes the matching CAMEO 03x
/// "express intent" code (CONSULT/intended → 036), as CAMEO has no modality of its own; a CONSULT visit is 042 from
/// the visitor's side and 043 from the host's. Immutable and thread-safe.
/// </summary>
public sealed class CameoCoder
{
    // CAMEO's "express intent to …" roots for PLOVER's cooperative base types (CAMEO 031–036).
    private static readonly Dictionary<PloverType, string> IntentRoots = new()
    {
        [PloverType.Consult] = "036",
        [PloverType.Support] = "032",
        [PloverType.Cooperate] = "031",
        [PloverType.Aid] = "033",
        [PloverType.Concede] = "035",
        [PloverType.Retreat] = "035",
    };

    // ACCUSE has no mode-less row (it merges CAMEO 09 and 11); plain accusation is CAMEO's 11 root.
    private static readonly Dictionary<PloverType, string> ModelessDefaults = new() { [PloverType.Accuse] = "110" };

    private readonly CameoPloverTable _table;
    private readonly Dictionary<PloverType, CameoPloverEntry[]> _byType;

    public CameoCoder(CameoPloverTable table)
    {
        _table = table;
        _byType = table.Entries.GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>A coder over the embedded table.</summary>
    public static CameoCoder Default { get; } = new(CameoPloverTable.Default);

    /// <summary>The CAMEO code of an event record (its actors in <c>actors</c> are the visitors of a visit).</summary>
    public string Code(EventRecord evt) => Code(evt.Type, evt.Mode, evt.Modality, evt.Contexts);

    /// <summary>The CAMEO code for a type, mode, modality and contexts.</summary>
    /// <param name="hostIsActor">For CONSULT/visit: true when the coded actor is the host (043), false for the visitor (042).</param>
    public string Code(PloverType type, string? mode, EventModality modality, IReadOnlyList<string>? contexts = null, bool hostIsActor = false)
    {
        contexts ??= [];
        bool future = modality is EventModality.Planned or EventModality.Intended or EventModality.Possible;
        if (future && IntentRoots.TryGetValue(type, out string? root))
            return Refine(root, contexts);
        if (future && type == PloverType.Assault)
            return "138"; // an announced or intended attack is a threat of force (CAMEO 138)
        if (type == PloverType.Consult && mode == "visit")
            return hostIsActor ? "043" : "042";

        var rows = _byType[type];
        var candidates = mode is null ? [] : rows.Where(r => r.Mode == mode).ToArray();
        if (candidates.Length == 0)
            candidates = rows.Where(r => r.Mode is null).ToArray();
        if (candidates.Length == 0)
            return ModelessDefaults[type];
        return candidates
            .OrderByDescending(r => r.Contexts.Any(contexts.Contains))
            .ThenBy(r => r.Code.Length)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .First().Code;
    }

    // A child of the intent root that shares a context ("031" + economic → "0311"), else the root itself.
    private string Refine(string root, IReadOnlyList<string> contexts)
    {
        if (contexts.Count == 0) return root;
        var child = _table.Entries
            .Where(e => e.Code.Length == root.Length + 1 && e.Code.StartsWith(root, StringComparison.Ordinal) && e.Contexts.Any(contexts.Contains))
            .OrderBy(e => e.Code, StringComparer.Ordinal)
            .FirstOrDefault();
        return child?.Code ?? root;
    }

    /// <summary>The CAMEO quad class of a code: 1 verbal cooperation (01–05), 2 material cooperation (06–08),
    /// 3 verbal conflict (09–13), 4 material conflict (14–20).</summary>
    public static int QuadClass(string code)
    {
        int root = RootCode(code);
        return root switch { <= 5 => 1, <= 8 => 2, <= 13 => 3, _ => 4 };
    }

    /// <summary>The two-digit root of a CAMEO code ("0412" → 4).</summary>
    public static int RootCode(string code) => int.Parse(code.AsSpan(0, 2), System.Globalization.CultureInfo.InvariantCulture);
}
