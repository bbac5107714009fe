namespace Parley.Dates;

/// <summary>The <see cref="DateEvidence.Kind"/> values the reference-date solver writes. Constraint sources may add their own.</summary>
public static class DateEvidenceKind
{
    public const string Metadata = "metadata";
    public const string Timestamp = "timestamp";
    public const string Dateline = "dateline";

    /// <summary>A month/year or year the text reports as past: a lower bound.</summary>
    public const string ExplicitYear = "explicit-year";

    /// <summary>A weekday named in the text, scored against candidate dates.</summary>
    public const string Weekday = "weekday";

    /// <summary>A weekday written with a date ("Tuesday, February 26"): a hard constraint on the year.</summary>
    public const string WeekdayDate = "weekday-date";

    /// <summary>How the year was chosen, or why it could not be.</summary>
    public const string Year = "year";

    /// <summary>Nothing dates the article.</summary>
    public const string None = "none";
}
