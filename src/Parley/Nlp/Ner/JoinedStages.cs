using System.Runtime.InteropServices;
using Parley.Nlp.Learning;

namespace Parley.Nlp.Entities;

/// <summary>
/// The two stages of a stacked entity tagger as one weight table for speed: a feature's row holds the first stage's
/// quantized weights followed by the second stage's, so one lookup serves both stages for the features they share
/// (all but the stacked ones). The table's scale is 1, so its scores are the integer sums of each stage's quantized
/// weights, which the caller multiplies by that stage's own scale — the same scores as the two models give apart.
/// </summary>
internal static class JoinedStages
{
    /// <summary>The joined table (<c>a.Classes + b.Classes</c> columns) and the scales of <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static (LinearModel Joined, float ScaleA, float ScaleB) Join(LinearModel a, LinearModel b)
    {
        var (ka, wa, sa) = Rows(a);
        var (kb, wb, sb) = Rows(b);
        int ca = a.Classes, cb = b.Classes, c = ca + cb;
        var rowA = new Dictionary<uint, int>(ka.Length);
        for (int r = 0; r < ka.Length; r++) rowA[ka[r]] = r;
        var rowB = new Dictionary<uint, int>(kb.Length);
        for (int r = 0; r < kb.Length; r++) rowB[kb[r]] = r;
        var keys = ka.Concat(kb).Distinct().Order().ToArray();
        var weights = new short[keys.Length * c];
        for (int r = 0; r < keys.Length; r++)
        {
            if (rowA.TryGetValue(keys[r], out int x)) wa.AsSpan(x * ca, ca).CopyTo(weights.AsSpan(r * c));
            if (rowB.TryGetValue(keys[r], out int y)) wb.AsSpan(y * cb, cb).CopyTo(weights.AsSpan(r * c + ca));
        }
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(c);
            w.Write(keys.Length);
            w.Write(1f);
            w.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
            w.Write(MemoryMarshal.AsBytes(weights.AsSpan()));
        }
        buffer.Position = 0;
        using var reader = new BinaryReader(buffer);
        return (LinearModel.Read(reader), sa, sb);
    }

    /// <summary>Keys, row-major quantized weights and scale of a model, as its (legacy-format) <see cref="LinearModel.Write"/> writes them.</summary>
    private static (uint[] Keys, short[] Weights, float Scale) Rows(LinearModel m)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) m.Write(w);
        buffer.Position = 0;
        using var r = new BinaryReader(buffer);
        int classes = r.ReadInt32(), rows = r.ReadInt32();
        float scale = r.ReadSingle();
        var keys = new uint[rows];
        buffer.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        var weights = new short[rows * classes];
        buffer.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));
        return (keys, weights, scale);
    }
}
