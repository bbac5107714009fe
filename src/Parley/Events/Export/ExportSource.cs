namespace Parley.Events.Export;

/// <summary>What the exporters need of the article an event comes from.</summary>
public sealed record ExportSource(string Text, string? Url, string? Publisher, string? Title);
