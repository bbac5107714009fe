namespace Parley.Events;

/// <summary>How an event's date was found.</summary>
public enum DateResolution
{
    /// <summary>A full date is written in the sentence.</summary>
    Explicit,
    /// <summary>A relative expression ("on Friday") resolved against the article's reference date.</summary>
    Relative,
    /// <summary>Carried over from an earlier mention of the same event or its occasion.</summary>
    Inherited,
    /// <summary>No date in the text: the article's reference date is taken (reports in the present tense).</summary>
    ReferenceDate,
    /// <summary>Inferred from other evidence (offices held, weekdays, known occasions).</summary>
    Inferred,
}
