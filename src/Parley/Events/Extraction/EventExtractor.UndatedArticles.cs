using System.Globalization;
using Parley.Documents;
using Parley.Time;

namespace Parley.Events.Extraction;

/// <summary>
/// Event dates in an article that gives no date of its own but whose offices and names bound its year (SPEC §2: infer
/// it as a careful reader would). Pure.
/// </summary>
public sealed partial class EventExtractor
{
    /// <summary>
    /// When the article's day is unknown but its years are bounded (the reference date's YearMin..YearMax, from the
    /// offices its people hold), a time the text gives relative to the article ("in March", "on Wednesday", "this year",
    /// "currently") is known only up to that range: "in March" is March of one of those years
    /// (<c>2009-03/2013-03</c>), a weekday, "this year" or "currently" some day in them (<c>2009/2013</c>). So is what
    /// someone said to be somewhere now does there (EventDates.PresentStay). An event with no time of its own gets
    /// nothing: the article's range says when it was written, not when a past event took place.
    /// </summary>
    private static (EventDate Date, Span Span)? ArticleRangeDate(SentenceTree tree, DocumentContext ctx, int t, int clause, EventModality modality)
    {
        if (ctx.Reference is not { Date: null, YearMin: { } lo, YearMax: { } hi } || lo > hi) return null;
        var sentence = tree.Tokens.SentenceSpan(tree.Sentence);
        foreach (var time in ctx.Times)
        {
            if (time.Type != TimexType.Date || !sentence.Contains(time.Span)) continue;
            int w = WordAt(tree, time.Span);
            if (w < 0 || !AttachedTo(tree, w, t, clause)) continue;
            if (YearlessRange(time.Value, lo, hi) is { } value) return (new EventDate(value, DateResolution.Inferred), time.Span);
        }
        if (EventDates.PresentStay(tree, t, modality, new DateOnly(lo, 1, 1)) is { } stay)
            return (new EventDate(Years(lo, hi), DateResolution.Inferred), stay.Span);
        return null;
    }

    // "XXXX-03" → "2009-03/2013-03"; "XXXX-03-05" → "2009-03-05/2013-03-05"; a weekday ("XXXX-XX-XX"), "XXXX" or
    // "PRESENT_REF" → "2009/2013"; anything else (a full date, the past or future at large) → null.
    private static string? YearlessRange(string? value, int lo, int hi)
    {
        if (value is null) return null;
        if (value is "PRESENT_REF" or "XXXX" or "XXXX-XX-XX") return Years(lo, hi);
        if (!value.StartsWith("XXXX-", StringComparison.Ordinal) || value.Contains("XX", StringComparison.Ordinal) && value.IndexOf("XX", 4, StringComparison.Ordinal) >= 0) return null;
        string rest = value[4..];
        string range = lo == hi ? $"{lo}{rest}" : $"{lo}{rest}/{hi}{rest}";
        return EventDate.Bounds(range) is null ? null : range;
    }

    private static string Years(int lo, int hi) => lo == hi ? lo.ToString(CultureInfo.InvariantCulture) : $"{lo}/{hi}";
}
