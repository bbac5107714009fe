namespace Parley.Store;

/// <summary>An input the store refused, with the coded reason.</summary>
public sealed record RejectRecord(long Id, long? RunId, string Origin, int? Line, string Code, string Message, DateTimeOffset At);
