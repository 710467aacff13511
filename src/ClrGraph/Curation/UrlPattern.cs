namespace ClrGraph.Curation;

/// <summary>
/// An <c>ignore:</c> pattern: <c>*</c> matches any run of characters, the rest literally, against a post identity
/// without its scheme (host lower-cased, no <c>www.</c>), the whole identity.
/// </summary>
internal static class UrlPattern
{
    /// <summary>Whether <paramref name="key"/> (a normalized URL, with or without scheme) matches
    /// <paramref name="pattern"/>.</summary>
    public static bool Matches(string pattern, string key)
    {
        var schemeEnd = key.IndexOf("://", StringComparison.Ordinal);
        var text = schemeEnd < 0 ? key : key[(schemeEnd + 3)..];
        var parts = pattern.Split('*');
        if (parts.Length == 1)
        {
            return string.Equals(text, pattern, StringComparison.Ordinal);
        }

        if (!text.StartsWith(parts[0], StringComparison.Ordinal) || !text.EndsWith(parts[^1], StringComparison.Ordinal)
            || text.Length < parts[0].Length + parts[^1].Length)
        {
            return false;
        }

        var at = parts[0].Length;
        var end = text.Length - parts[^1].Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var found = text.IndexOf(parts[i], at, end - at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return true;
    }
}
