namespace Parley.Entities;

/// <summary>A phrase found at tokens <c>[Start, End)</c> with every reading the gazetteer has for it.</summary>
public sealed record PhraseMatch(int Start, int End, IReadOnlyList<Candidate> Candidates)
{
    public bool Has(CandidateKind kind) => Candidates.Any(c => c.Kind == kind);
    public Candidate? First(CandidateKind kind) => Candidates.Where(c => c.Kind == kind).Select(c => (Candidate?)c).FirstOrDefault();
}
