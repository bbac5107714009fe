using System.Globalization;
using System.Text;

namespace Parley.Nlp.Evaluation;

/// <summary>The CoNLL 2018 shared-task metrics of a system against gold (see <see cref="UdEvaluator"/>).</summary>
public sealed record UdScores
{
    public required UdScore Tokens { get; init; }
    public required UdScore Sentences { get; init; }
    public required UdScore Words { get; init; }
    public required UdScore Upos { get; init; }
    public required UdScore Xpos { get; init; }
    public required UdScore UFeats { get; init; }
    public required UdScore AllTags { get; init; }
    public required UdScore Lemmas { get; init; }
    public required UdScore Uas { get; init; }
    public required UdScore Las { get; init; }
    public required UdScore Clas { get; init; }

    /// <summary>Morphology-aware LAS: CLAS plus UPOS, UFeats and the functional children (aux, cop, mark, det, clf, case, cc).</summary>
    public required UdScore Mlas { get; init; }
    public required UdScore Blex { get; init; }

    public IEnumerable<(string Metric, UdScore Score)> All()
    {
        yield return ("Tokens", Tokens);
        yield return ("Sentences", Sentences);
        yield return ("Words", Words);
        yield return ("UPOS", Upos);
        yield return ("XPOS", Xpos);
        yield return ("UFeats", UFeats);
        yield return ("AllTags", AllTags);
        yield return ("Lemmas", Lemmas);
        yield return ("UAS", Uas);
        yield return ("LAS", Las);
        yield return ("CLAS", Clas);
        yield return ("MLAS", Mlas);
        yield return ("BLEX", Blex);
    }

    /// <summary>The table <c>conll18_ud_eval.py -v</c> prints: precision, recall, F1, aligned accuracy in percent.</summary>
    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine("Metric     | Precision |    Recall |  F1 Score | AligndAcc");
        sb.AppendLine("-----------+-----------+-----------+-----------+-----------");
        foreach (var (name, s) in All())
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-11}|{100 * s.Precision,10:F2} |{100 * s.Recall,10:F2} |{100 * s.F1,10:F2} |{(s.AlignedAccuracy is { } a ? (100 * a).ToString("F2", CultureInfo.InvariantCulture) : ""),10}"));
        return sb.ToString();
    }
}
