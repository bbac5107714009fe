namespace Parley.Nlp.Conllu;

/// <summary>Reads the <c>|</c>-separated attributes of a CoNLL-U MISC column.</summary>
public static class ConlluMisc
{
    public static bool Has(string misc, string attribute)
    {
        if (misc == "_") return false;
        foreach (var part in misc.Split('|'))
            if (part == attribute) return true;
        return false;
    }

    /// <summary>The value of <c>key=value</c> in MISC, or null.</summary>
    public static string? Get(string misc, string key)
    {
        if (misc == "_") return null;
        foreach (var part in misc.Split('|'))
            if (part.Length > key.Length && part.StartsWith(key, StringComparison.Ordinal) && part[key.Length] == '=')
                return part[(key.Length + 1)..];
        return null;
    }
}
