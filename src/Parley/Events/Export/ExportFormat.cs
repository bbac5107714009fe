namespace Parley.Events.Export;

/// <summary>The event-data formats <c>parley export</c> writes (SPEC §7).</summary>
public enum ExportFormat
{
    /// <summary>PLOVER JSONL with the manual's field names; one PLOVER category per record.</summary>
    Plover,
    /// <summary>Parley JSONL: the whole event record.</summary>
    Parley,
    /// <summary>ICEWS-style TSV: one row per source–target pair, CAMEO codes.</summary>
    Icews,
    /// <summary>GDELT-style event TSV (the 1.0 event table's columns that Parley can fill), CAMEO codes.</summary>
    Gdelt,
}
