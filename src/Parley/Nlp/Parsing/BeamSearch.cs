namespace Parley.Nlp.Parsing;

/// <summary>
/// Beam of arc-hybrid configurations for one sentence (Zhang &amp; Clark 2008; Zhang &amp; Nivre 2011): each step
/// expands every item by its valid actions, scores them by the sum of transition scores, and keeps the best
/// <see cref="Width"/>. Arcs are labelled greedily as they are made. Every derivation of a sentence of n words
/// takes exactly 2n steps, so the items stay comparable. Records back-pointers and each expansion's features so
/// that training can update along a prefix (max-violation). One instance per thread; ties break by item order
/// then action, so results are deterministic.
/// </summary>
internal sealed class BeamSearch
{
    public int Width { get; private set; }

    // Items of the current beam and the next one.
    private ParserState[] _items = [];
    private ParserState[] _next = [];
    public float[] ItemScore = [];
    private float[] _nextScore = [];
    /// <summary>Node (in the back-pointer pool) of each current item, or -1 at the start.</summary>
    public int[] ItemNode = [];
    private int[] _nextNode = [];
    public bool[] ItemGold = [];
    private bool[] _nextGold = [];
    public int Count;

    private Candidate[] _candidates = [];

    // Back-pointer pool: parent node, action, and where the parent's features (the expansion's) were stored.
    public int[] NodeParent = new int[1024];
    public int[] NodeAction = new int[1024];
    public int[] NodeFeatStart = new int[1024];
    public int[] NodeFeatCount = new int[1024];
    public int Nodes;
    public uint[] FeaturePool = new uint[1 << 16];
    public int PoolUsed;

    [ThreadStatic] private static BeamSearch? s_perThread;

    public static BeamSearch ForThread(int width)
    {
        var beam = s_perThread ??= new BeamSearch();
        beam.Resize(width);
        return beam;
    }

    private readonly record struct Candidate(float Score, int Item, int Action);

    public void Resize(int width)
    {
        if (width == Width) return;
        Width = width;
        _items = new ParserState[width];
        _next = new ParserState[width];
        for (int i = 0; i < width; i++)
        {
            _items[i] = new ParserState();
            _next[i] = new ParserState();
        }
        ItemScore = new float[width];
        _nextScore = new float[width];
        ItemNode = new int[width];
        _nextNode = new int[width];
        ItemGold = new bool[width];
        _nextGold = new bool[width];
        _candidates = new Candidate[width * ParserState.ActionCount];
    }

    public ParserState Item(int i) => _items[i];

    /// <summary>Starts the beam with the initial configuration of fx's sentence.</summary>
    public void Start(ParserFeatures fx)
    {
        _items[0].CopyFrom(fx.State);
        ItemScore[0] = 0;
        ItemNode[0] = -1;
        ItemGold[0] = true;
        Count = 1;
        Nodes = 0;
        PoolUsed = 0;
    }

    public bool Terminal => _items[0].Terminal;

    /// <summary>
    /// One step. <paramref name="score"/> fills the transition scores of a configuration's features;
    /// <paramref name="label"/> names the arc an action makes in a configuration (before it is applied).
    /// <paramref name="goldAction"/> (or -1) tracks which item follows the gold derivation; with
    /// <paramref name="record"/> the features and back-pointers are kept for training.
    /// </summary>
    public void Step(ParserFeatures fx, Action<ReadOnlySpan<uint>, float[]> score, Func<ParserState, int, int> label, int goldAction, bool record)
    {
        int nc = 0;
        Span<int> featStart = stackalloc int[Count];
        Span<int> featCount = stackalloc int[Count];
        for (int i = 0; i < Count; i++)
        {
            var st = _items[i];
            var features = fx.ExtractTransition(st);
            if (record)
            {
                EnsurePool(features.Length);
                features.CopyTo(FeaturePool.AsSpan(PoolUsed));
                featStart[i] = PoolUsed;
                featCount[i] = features.Length;
                PoolUsed += features.Length;
            }
            score(features, fx.Scores);
            for (int a = 0; a < ParserState.ActionCount; a++)
                if (st.IsValid(a)) _candidates[nc++] = new Candidate(ItemScore[i] + fx.Scores[a], i, a);
        }
        // Stable selection of the best Width candidates: higher score first, then earlier item, then lower action.
        int keep = Math.Min(Width, nc);
        for (int k = 0; k < keep; k++)
        {
            int best = k;
            for (int c = k + 1; c < nc; c++)
                if (_candidates[c].Score > _candidates[best].Score) best = c;
            if (best != k)
            {
                var chosen = _candidates[best];
                // Shift the others right to keep the original order among the rest (stability).
                Array.Copy(_candidates, k, _candidates, k + 1, best - k);
                _candidates[k] = chosen;
            }
        }
        for (int k = 0; k < keep; k++)
        {
            var c = _candidates[k];
            var parent = _items[c.Item];
            var child = _next[k];
            child.CopyFrom(parent);
            int lab = c.Action == ParserState.Shift ? -1 : label(child, c.Action);
            child.Apply(c.Action, lab);
            _nextScore[k] = c.Score;
            _nextGold[k] = ItemGold[c.Item] && c.Action == goldAction;
            if (record)
            {
                EnsureNodes();
                NodeParent[Nodes] = ItemNode[c.Item];
                NodeAction[Nodes] = c.Action;
                NodeFeatStart[Nodes] = featStart[c.Item];
                NodeFeatCount[Nodes] = featCount[c.Item];
                _nextNode[k] = Nodes++;
            }
        }
        (_items, _next) = (_next, _items);
        (ItemScore, _nextScore) = (_nextScore, ItemScore);
        (ItemNode, _nextNode) = (_nextNode, ItemNode);
        (ItemGold, _nextGold) = (_nextGold, ItemGold);
        Count = keep;
    }

    private void EnsurePool(int more)
    {
        if (PoolUsed + more > FeaturePool.Length) Array.Resize(ref FeaturePool, Math.Max(FeaturePool.Length * 2, PoolUsed + more));
    }

    private void EnsureNodes()
    {
        if (Nodes < NodeParent.Length) return;
        int size = NodeParent.Length * 2;
        Array.Resize(ref NodeParent, size);
        Array.Resize(ref NodeAction, size);
        Array.Resize(ref NodeFeatStart, size);
        Array.Resize(ref NodeFeatCount, size);
    }
}
