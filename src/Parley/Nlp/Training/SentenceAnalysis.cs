namespace Parley.Nlp.Training;

/// <summary>Caller-owned output buffers for <see cref="NlpModels.Analyze"/>; reuse one per thread to avoid allocation.</summary>
public sealed class SentenceAnalysis
{
    public SentenceAnalysis(int capacity)
    {
        Upos = new string[capacity];
        Xpos = new string[capacity];
        Lemmas = new string[capacity];
        Feats = new string[capacity];
        Heads = new int[capacity];
        Deprels = new string[capacity];
    }

    public string[] Upos { get; }
    public string[] Xpos { get; }
    public string[] Lemmas { get; }
    public string[] Feats { get; }
    /// <summary>1-based head per word, 0 for the root.</summary>
    public int[] Heads { get; }
    public string[] Deprels { get; }
    public int Capacity => Upos.Length;
}
