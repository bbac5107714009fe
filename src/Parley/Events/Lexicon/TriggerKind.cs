namespace Parley.Events.Lexicon;

/// <summary>How a trigger shows in a sentence.</summary>
public enum TriggerKind
{
    /// <summary>A verb (its lemma), alone or with a CAMEO pattern over its arguments.</summary>
    Verb,
    /// <summary>A noun or noun phrase naming the event ("talks", "telephone conversation").</summary>
    Noun,
    /// <summary>A light verb with its nominal object, as lemmas ("hold talk", "have phone conversation").</summary>
    LightVerb,
}
