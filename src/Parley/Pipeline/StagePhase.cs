namespace Parley.Pipeline;

/// <summary>When a stage runs: at ingestion (every stored article has its layers), or in full analysis (<c>parley run</c>).</summary>
public enum StagePhase
{
    Ingest,
    Analysis,
}
