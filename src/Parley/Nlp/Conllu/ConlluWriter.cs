using System.Text;

namespace Parley.Nlp.Conllu;

/// <summary>Writes sentences back as CoNLL-U (round-trips what <see cref="ConlluReader"/> reads, minus empty nodes).</summary>
public static class ConlluWriter
{
    public static void Write(TextWriter writer, IEnumerable<ConlluSentence> sentences)
    {
        var sb = new StringBuilder();
        foreach (var sentence in sentences)
        {
            sb.Clear();
            foreach (var c in sentence.Comments)
                sb.Append("# ").Append(c.Key).Append(c.Value.Length > 0 ? " = " + c.Value : "").Append('\n');
            int m = 0;
            foreach (var w in sentence.Words)
            {
                while (m < sentence.Multiwords.Count && sentence.Multiwords[m].First == w.Id)
                {
                    var mw = sentence.Multiwords[m++];
                    sb.Append(mw.First).Append('-').Append(mw.Last).Append('\t').Append(mw.Form).Append("\t_\t_\t_\t_\t_\t_\t_\t").Append(mw.Misc).Append('\n');
                }
                sb.Append(w.Id).Append('\t').Append(w.Form).Append('\t').Append(w.Lemma).Append('\t').Append(w.Upos).Append('\t')
                  .Append(w.Xpos).Append('\t').Append(w.Feats).Append('\t').Append(w.Head < 0 ? "_" : w.Head.ToString(System.Globalization.CultureInfo.InvariantCulture))
                  .Append('\t').Append(w.Deprel).Append('\t').Append(w.Deps).Append('\t').Append(w.Misc).Append('\n');
            }
            sb.Append('\n');
            writer.Write(sb);
        }
    }
}
