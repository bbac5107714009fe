namespace Parley.Entities;

/// <summary>A phrase found at tokens <c>[Start, End)</c> with every reading the gazetteer has for it.</summary>
public sealed record PhraseMatch(int Start, int End, IReadOnlyList<Candidate> Candidates)
{
    public bool Has(CandidateKind kind) => First(kind) is not null;

    public Candidate? First(CandidateKind kind)
    {
        for (int i = 0; i < Candidates.Count; i++) if (Candidates[i].Kind == kind) return Candidates[i];
        return null;
    }
}
