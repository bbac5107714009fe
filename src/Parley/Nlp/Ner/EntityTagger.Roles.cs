namespace Parley.Nlp.Entities;

public sealed partial class EntityTagger
{
    /// <summary>
    /// A mention made only of titles in the plural, after any nationality or group words ("Senators", "Republican
    /// Governors", "Prime Ministers"), names holders of an office, not a person or a body, so it is no mention — the
    /// convention of the training conversion, where a mention headed by a title names a role
    /// (<see cref="NerCorpus.ReadGum"/>). A title in the singular is left alone: it may be a surname ("Dean", "Bishop"); so is a plural that the gazetteer knows as a place.
    /// </summary>
    internal static EntitySpan[] WithoutPluralRoles(EntitySpan[] spans, ReadOnlySpan<string> words, NerGazetteer gazetteer)
    {
        List<EntitySpan>? result = null;
        foreach (var x in spans)
        {
            if (IsPluralRole(words[x.Start..x.End], gazetteer)) result ??= [.. spans];
            else continue;
            result.Remove(x);
        }
        return result is null ? spans : [.. result];
    }

    private static bool IsPluralRole(ReadOnlySpan<string> mention, NerGazetteer gazetteer)
    {
        string last = mention[^1];
        if (last.Length < 4 || last[^1] != 's' || !NerCorpus.IsTitle(last[..^1]) || gazetteer.IsPlace(last)) return false;
        int i = 0;
        while (i < mention.Length - 1 && gazetteer.IsNorp(mention[i])) i++;
        for (; i < mention.Length - 1; i++)
            if (!NerCorpus.IsTitle(mention[i]) && !(mention[i].EndsWith('s') && NerCorpus.IsTitle(mention[i][..^1]))) return false;
        return true;
    }
}
