using ClrGraph.Reading;

namespace ClrGraph.Validation;

/// <summary>
/// Matches post identities against the taxonomy's <c>ignore:</c> patterns. A pattern is compared with the identity
/// without its scheme (host lower-cased, no <c>www.</c>, no trailing slash or fragment), ignoring letter case;
/// <c>*</c> matches any run of characters, and a pattern ending in <c>/*</c> also matches the bare address before it.
/// </summary>
internal static class IgnoreRules
{
    /// <summary>The pattern in the form it is matched in: no scheme, no <c>www.</c>, no fragment, lower case.</summary>
    public static string Normalize(string pattern)
    {
        var text = pattern.Trim().ToLowerInvariant();
        foreach (var scheme in (ReadOnlySpan<string>)["https://", "http://"])
        {
            if (text.StartsWith(scheme, StringComparison.Ordinal))
            {
                text = text[scheme.Length..];
                break;
            }
        }

        if (text.StartsWith("www.", StringComparison.Ordinal))
        {
            text = text[4..];
        }

        var hash = text.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            text = text[..hash];
        }

        return text.EndsWith('*') ? text : text.TrimEnd('/');
    }

    /// <summary>Whether the post with the identity <paramref name="key"/> matches the normalized pattern.</summary>
    /// <param name="normalized">A pattern from <see cref="Normalize(string)"/>.</param>
    /// <param name="key">A post identity from <see cref="PostUrl.TryNormalize(string, out string)"/>.</param>
    public static bool Matches(string normalized, string key)
    {
        var text = key.StartsWith("https://", StringComparison.Ordinal) ? key.AsSpan(8) : key.AsSpan();
        if (normalized.Length == 0)
        {
            return false;
        }

        var bare = normalized.EndsWith("/*", StringComparison.Ordinal);
        return Glob(normalized, text) || (bare && Glob(normalized.AsSpan(0, normalized.Length - 2), text));
    }

    // Wildcard matching with '*' only, anchored at both ends, without backtracking beyond the last star.
    private static bool Glob(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        int p = 0,
            t = 0,
            star = -1,
            resume = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = t;
            }
            else if (p < pattern.Length && pattern[p] == char.ToLowerInvariant(text[t]))
            {
                p++;
                t++;
            }
            else if (star >= 0)
            {
                p = star + 1;
                t = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
