namespace Parley.Nlp.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence (ids are 1-based; <see cref="Head"/> 0 is the root).</summary>
public sealed record ConlluWord(
    int Id,
    string Form,
    string Lemma,
    string Upos,
    string Xpos,
    string Feats,
    int Head,
    string Deprel,
    string Deps,
    string Misc)
{
    /// <summary>False when MISC says <c>SpaceAfter=No</c>.</summary>
    public bool SpaceAfter => !ConlluMisc.Has(Misc, "SpaceAfter=No");
}
