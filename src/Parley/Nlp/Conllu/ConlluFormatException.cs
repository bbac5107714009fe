namespace Parley.Nlp.Conllu;

/// <summary>A CoNLL-U file breaks the format; the message names the file and line.</summary>
public sealed class ConlluFormatException(string message) : Exception(message);
