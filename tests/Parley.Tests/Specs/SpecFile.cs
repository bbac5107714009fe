using System.Text;

namespace Parley.Tests.Specs;

/// <summary>
/// A Markdown spec file: each <c>## heading</c> is one example; its fenced blocks (<c>```text</c>, <c>```meta</c>,
/// <c>```rows</c>, …) are the example's input and expected output. Prose between blocks is for readers and ignored.
/// </summary>
public sealed class SpecFile
{
    private static readonly Dictionary<string, SpecFile> Cache = [];

    private SpecFile(string name, IReadOnlyList<SpecExample> examples)
    {
        Name = name;
        Examples = examples;
    }

    public string Name { get; }
    public IReadOnlyList<SpecExample> Examples { get; }

    public static SpecFile Load(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var file))
            {
                string path = Path.Combine(AppContext.BaseDirectory, "Specs", name);
                file = Parse(name, File.ReadAllText(path).Replace("\r\n", "\n"));
                Cache[name] = file;
            }
            return file;
        }
    }

    /// <summary>The example headings, as theory data: each example runs as its own case named by its heading.</summary>
    public static TheoryData<string> Headings(string name)
    {
        var data = new TheoryData<string>();
        foreach (var example in Load(name).Examples) data.Add(example.Heading);
        return data;
    }

    public SpecExample this[string heading] => Examples.Single(e => e.Heading == heading);

    public static SpecFile Parse(string name, string markdown)
    {
        var examples = new List<SpecExample>();
        string? heading = null;
        var blocks = new List<SpecBlock>();
        string? fenceName = null, fenceInfo = null;
        var content = new StringBuilder();
        int lineNo = 0;

        void Flush()
        {
            if (heading is null) return;
            if (examples.Any(e => e.Heading == heading))
                throw new FormatException($"{name}: heading '{heading}' is used twice; headings name the test cases.");
            examples.Add(new SpecExample(heading, [.. blocks]));
            blocks.Clear();
        }

        foreach (string line in markdown.Split('\n'))
        {
            lineNo++;
            if (fenceName is not null)
            {
                if (line.TrimEnd() == "```")
                {
                    string body = content.Length > 0 ? content.ToString(0, content.Length - 1) : "";
                    blocks.Add(new SpecBlock(fenceName, fenceInfo ?? "", body));
                    fenceName = null;
                    content.Clear();
                }
                else
                {
                    content.Append(line).Append('\n');
                }
                continue;
            }
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                heading = line[3..].Trim();
            }
            else if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (heading is null)
                    throw new FormatException($"{name}:{lineNo}: a fenced block before the first '## ' example heading.");
                string spec = line[3..].Trim();
                int space = spec.IndexOf(' ');
                fenceName = space < 0 ? spec : spec[..space];
                fenceInfo = space < 0 ? "" : spec[(space + 1)..].Trim();
            }
        }
        if (fenceName is not null) throw new FormatException($"{name}: unclosed fenced block at the end.");
        Flush();
        return new SpecFile(name, examples);
    }
}

/// <summary>One example of a spec file.</summary>
public sealed record SpecExample(string Heading, IReadOnlyList<SpecBlock> Blocks)
{
    public SpecBlock? Block(string name) => Blocks.FirstOrDefault(b => b.Name == name);

    public SpecBlock Required(string name) =>
        Block(name) ?? throw new FormatException($"Example '{Heading}' has no ```{name} block.");
}

/// <summary>A fenced block: <c>```name info</c>, its lines joined by <c>\n</c>.</summary>
public sealed record SpecBlock(string Name, string Info, string Content);
