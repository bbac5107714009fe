namespace Parley.Nlp.Conllu;

/// <summary>
/// The mentions of a sentence as GUM writes them in MISC <c>Entity=</c>: <c>(id-type-…</c> opens a mention,
/// <c>id)</c> closes it, <c>(id-type-…)</c> is a one-word mention; nesting is allowed. Mentions left open at the end of
/// the sentence are dropped. Shared by the entity tagger's corpus and the coreference scorer.
/// </summary>
public static class ConlluEntities
{
    /// <summary>One mention: words <c>[Start, End)</c> of the sentence, the cluster id and the entity type.</summary>
    public readonly record struct Mention(int Start, int End, string Id, string Type);

    /// <summary>The sentence's mentions in the order they close.</summary>
    public static List<Mention> Of(IReadOnlyList<ConlluWord> words)
    {
        var result = new List<Mention>();
        var open = new List<(string Id, string Type, int Start)>();
        for (int i = 0; i < words.Count; i++)
        {
            string? entity = ConlluMisc.Get(words[i].Misc, "Entity");
            if (entity is null) continue;
            int p = 0;
            while (p < entity.Length)
            {
                if (entity[p] == '(')
                {
                    int end = p + 1;
                    while (end < entity.Length && entity[end] is not '(' and not ')') end++;
                    var fields = entity[(p + 1)..end].Split('-');
                    string id = fields[0], type = fields.Length > 1 ? fields[1] : "";
                    if (end < entity.Length && entity[end] == ')')
                    {
                        result.Add(new Mention(i, i + 1, id, type));
                        end++;
                    }
                    else open.Add((id, type, i));
                    p = end;
                }
                else
                {
                    int close = entity.IndexOf(')', p);
                    if (close < 0) break;
                    string id = entity[p..close];
                    int k = open.FindLastIndex(o => o.Id == id);
                    if (k >= 0)
                    {
                        result.Add(new Mention(open[k].Start, i + 1, id, open[k].Type));
                        open.RemoveAt(k);
                    }
                    p = close + 1;
                }
            }
        }
        return result;
    }
}
