using Parley.Documents;

namespace Parley.Dates;

/// <summary>
/// A hook through which later analysis feeds the reference-date solver: for example the tenure of the offices
/// an article names. Implementations are built once and called from many threads, each on its own document.
/// </summary>
public interface IDateConstraintSource
{
    /// <summary>The layers <see cref="Collect"/> reads; the reference-date stage requires them too.</summary>
    IReadOnlyList<LayerKey> Requires { get; }

    /// <summary>The constraints this source finds in <paramref name="doc"/>; none is a normal answer.</summary>
    IEnumerable<DateConstraint> Collect(Document doc);
}
