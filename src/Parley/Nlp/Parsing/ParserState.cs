namespace Parley.Nlp.Parsing;

/// <summary>
/// Configuration of the arc-hybrid transition system (Kuhlmann et al. 2011) over words 1..N with the root 0
/// at the bottom of the stack. SHIFT moves b0 onto the stack; LEFT makes b0 the head of s0; RIGHT makes s1
/// the head of s0. Both arcs pop s0, so a word on the stack never has a head yet. RIGHT onto the root is only
/// allowed once the buffer is empty, which gives every tree exactly one root word.
/// Children are tracked (two outermost per side, counts, label sets) for features.
/// </summary>
internal sealed class ParserState
{
    public const int Shift = 0, Left = 1, Right = 2, ActionCount = 3;

    public int N;
    public int[] Stack = new int[64];
    public int StackCount;
    /// <summary>The next word in the buffer; the buffer is empty when it exceeds <see cref="N"/>.</summary>
    public int Buffer;
    public int[] Heads = new int[64], Labels = new int[64];
    public int[] L1 = new int[64], L2 = new int[64], R1 = new int[64], R2 = new int[64], NumL = new int[64], NumR = new int[64];
    public ulong[] LSet = new ulong[64], RSet = new ulong[64];

    public void Init(int n)
    {
        N = n;
        if (Heads.Length < n + 2)
        {
            int size = (n + 2) * 2;
            Stack = new int[size]; Heads = new int[size]; Labels = new int[size];
            L1 = new int[size]; L2 = new int[size]; R1 = new int[size]; R2 = new int[size]; NumL = new int[size]; NumR = new int[size];
            LSet = new ulong[size]; RSet = new ulong[size];
        }
        for (int i = 0; i <= n; i++)
        {
            Heads[i] = -1; Labels[i] = -1;
            L1[i] = L2[i] = R1[i] = R2[i] = -1;
            NumL[i] = NumR[i] = 0;
            LSet[i] = RSet[i] = 0;
        }
        Stack[0] = 0;
        StackCount = 1;
        Buffer = n >= 1 ? 1 : 2;
    }

    /// <summary>Makes this configuration a copy of <paramref name="other"/> (same sentence), for beam search.</summary>
    public void CopyFrom(ParserState other)
    {
        int n = other.N;
        if (Heads.Length < n + 2)
        {
            int size = Math.Max(other.Heads.Length, (n + 2) * 2);
            Stack = new int[size]; Heads = new int[size]; Labels = new int[size];
            L1 = new int[size]; L2 = new int[size]; R1 = new int[size]; R2 = new int[size]; NumL = new int[size]; NumR = new int[size];
            LSet = new ulong[size]; RSet = new ulong[size];
        }
        N = n;
        StackCount = other.StackCount;
        Buffer = other.Buffer;
        int len = n + 1;
        Array.Copy(other.Stack, Stack, StackCount);
        Array.Copy(other.Heads, Heads, len);
        Array.Copy(other.Labels, Labels, len);
        Array.Copy(other.L1, L1, len);
        Array.Copy(other.L2, L2, len);
        Array.Copy(other.R1, R1, len);
        Array.Copy(other.R2, R2, len);
        Array.Copy(other.NumL, NumL, len);
        Array.Copy(other.NumR, NumR, len);
        Array.Copy(other.LSet, LSet, len);
        Array.Copy(other.RSet, RSet, len);
    }

    public bool Terminal => Buffer > N && StackCount == 1;
    public bool BufferEmpty => Buffer > N;

    /// <summary>The k-th stack item from the top, or -1.</summary>
    public int S(int k) => k < StackCount ? Stack[StackCount - 1 - k] : -1;

    /// <summary>The k-th buffer item, or -1.</summary>
    public int B(int k) => Buffer + k <= N ? Buffer + k : -1;

    public bool IsValid(int action) => action switch
    {
        Shift => Buffer <= N,
        Left => StackCount >= 2 && Buffer <= N,
        Right => StackCount >= 2 && (Stack[StackCount - 2] != 0 || Buffer > N),
        _ => false,
    };

    /// <summary>The (head, dependent) an arc action would add.</summary>
    public (int Head, int Dep) ArcOf(int action) =>
        action == Left ? (Buffer, Stack[StackCount - 1]) : (Stack[StackCount - 2], Stack[StackCount - 1]);

    public void Apply(int action, int label)
    {
        if (action == Shift)
        {
            Stack[StackCount++] = Buffer++;
            return;
        }
        var (head, dep) = ArcOf(action);
        StackCount--;
        Heads[dep] = head;
        Labels[dep] = label;
        ulong bit = 1UL << (label & 63);
        if (dep < head)
        {
            // Left children arrive right to left: the newest is the leftmost.
            L2[head] = L1[head];
            L1[head] = dep;
            NumL[head]++;
            LSet[head] |= bit;
        }
        else
        {
            R2[head] = R1[head];
            R1[head] = dep;
            NumR[head]++;
            RSet[head] |= bit;
        }
    }
}
