namespace Parley.Events.Lexicon;

/// <summary>Where a trigger entry comes from.</summary>
public enum TriggerSource
{
    /// <summary>The PETRARCH2 CAMEO verb dictionary (<c>CAMEO.2.0.txt</c>, MIT) mapped through the CAMEO→PLOVER table.</summary>
    Cameo,
    /// <summary>Parley's human-edited <c>data/events/triggers.txt</c>.</summary>
    Parley,
}
