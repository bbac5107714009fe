using System.Security.Cryptography;
using System.Text;
using Parley.Documents;

namespace Parley.Store;

/// <summary>
/// The identity of an article's content: SHA-256 over its source text and the metadata that feeds analysis.
/// Re-ingesting an article with the same hash is a no-op; a different hash replaces the stored version.
/// </summary>
public static class ContentHash
{
    public static string Compute(SourceArticle article)
    {
        var m = article.Metadata;
        var sb = new StringBuilder(article.Source.Length + 128);
        sb.Append(article.Source).Append('\0')
          .Append(m.Title).Append('\0').Append(m.Url).Append('\0')
          .Append(m.Published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).Append('\0')
          .Append(m.Publisher).Append('\0').Append(m.Language).Append('\0').Append(m.Byline);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString()), hash);
        return Convert.ToHexStringLower(hash);
    }
}
