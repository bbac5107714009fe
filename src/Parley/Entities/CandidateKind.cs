namespace Parley.Entities;

/// <summary>What a gazetteer phrase names.</summary>
public enum CandidateKind
{
    Country,
    Demonym,
    Place,
    Region,
    Metonym,
    Title,
    Actor,
}
