namespace Parley.Store;

/// <summary>What writing one article did to the store.</summary>
public enum WriteOutcome
{
    New,
    Updated,
    Unchanged,
}
