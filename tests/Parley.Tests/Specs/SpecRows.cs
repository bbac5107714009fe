using System.Text.RegularExpressions;

namespace Parley.Tests.Specs;

/// <summary>
/// Compares actual rows (<c>kind | cell | cell</c>) with an example's <c>```rows</c> block. Only the kinds the block
/// names are compared: those listed after <c>rows</c> in the fence, else those its rows start with, else (an
/// empty block) every kind in <paramref name="defaultKinds"/> — so an empty block says "none of these".
/// </summary>
public static class SpecRows
{
    public static void AssertMatch(SpecExample example, IEnumerable<string[]> actualRows, IReadOnlyCollection<string> defaultKinds)
    {
        var block = example.Required("rows");
        var expected = block.Content.Split('\n').Select(Normalize).Where(l => l.Length > 0).ToList();
        var kinds = block.Info.Length > 0
            ? block.Info.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet()
            : expected.Count > 0 ? expected.Select(KindOf).ToHashSet() : defaultKinds.ToHashSet();
        var actual = actualRows.Where(r => kinds.Contains(r[0])).Select(r => Normalize(string.Join(" | ", r))).ToList();
        if (!expected.SequenceEqual(actual))
        {
            Assert.Fail($"Example '{example.Heading}' (comparing {string.Join(", ", kinds)}):\n"
                + "expected:\n  " + string.Join("\n  ", expected) + "\nactual:\n  " + string.Join("\n  ", actual));
        }
    }

    private static string KindOf(string row)
    {
        int bar = row.IndexOf(" |", StringComparison.Ordinal);
        return bar < 0 ? row : row[..bar];
    }

    private static string Normalize(string row) => Regex.Replace(row.Trim(), @"\s+", " ").TrimEnd('|', ' ');
}
