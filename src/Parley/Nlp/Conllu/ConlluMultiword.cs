namespace Parley.Nlp.Conllu;

/// <summary>A multi-word token line such as <c>3-4 don't</c>: one surface token over words <see cref="First"/>..<see cref="Last"/>.</summary>
public sealed record ConlluMultiword(int First, int Last, string Form, string Misc)
{
    public bool SpaceAfter => !ConlluMisc.Has(Misc, "SpaceAfter=No");
}
