using System.Text.RegularExpressions;
using ClrGraph.Reading;

namespace ClrGraph.Validation;

/// <summary>
/// Matches post identities against the taxonomy's <c>ignore:</c> patterns. A pattern is compared with the identity
/// without its scheme (host lower-cased, no <c>www.</c>, no trailing slash or fragment), ignoring letter case;
/// <c>*</c> matches any run of characters, a pattern ending in <c>/*</c> also matches the bare address before it, and
/// one starting with <c>*.</c> also matches the site without a name before it.
/// </summary>
internal static partial class IgnoreRules
{
    // A fragment anywhere, or 'http(s)://' and 'www.' at the start (the fragment first, so that "#x" loses it all).
    [GeneratedRegex("#.*|^(?:https?://)?(?:www\\.)?", RegexOptions.Singleline)]
    private static partial Regex SchemeWwwOrFragment();

    /// <summary>The pattern as a matcher, or null for an empty pattern, which matches nothing.</summary>
    public static IgnoreGlob? Compile(string pattern)
    {
        // The pattern in the form it is matched in: no scheme, no www., no fragment, lower case.
        var text = SchemeWwwOrFragment().Replace(pattern.Trim().ToLowerInvariant(), "");
        text = text.EndsWith('*') ? text : text.TrimEnd('/');
        if (text.Length == 0)
        {
            return null;
        }

        // "twitter.com/*" also matches "twitter.com"; "*.slideshare.net/*" also "slideshare.net" (www. is gone).
        List<string> forms = [text];
        if (text.EndsWith("/*", StringComparison.Ordinal))
        {
            forms.Add(text[..^2]);
        }

        if (text.StartsWith("*.", StringComparison.Ordinal))
        {
            forms.AddRange([.. forms.Select(f => f[2..])]);
        }

        return new IgnoreGlob([.. forms.Select(f => f.Split('*'))]);
    }

    /// <summary>Whether the post with the identity <paramref name="key"/> (from
    /// <see cref="PostUrl.TryNormalize(string, out string)"/>) matches the compiled pattern.</summary>
    public static bool Matches(IgnoreGlob? pattern, string key) =>
        pattern is not null
        && pattern.IsMatch(key.StartsWith("https://", StringComparison.Ordinal) ? key.AsSpan(8) : key);
}

/// <summary>A compiled <c>ignore:</c> pattern: each of its forms as the parts between its <c>*</c>s.</summary>
internal sealed class IgnoreGlob(string[][] forms)
{
    /// <summary>Whether any form matches the whole of <paramref name="text"/>, ignoring letter case: in time that grows
    /// with the text and the pattern, with no backtracking.</summary>
    public bool IsMatch(ReadOnlySpan<char> text)
    {
        foreach (var parts in forms)
        {
            if (Matches(parts, text))
            {
                return true;
            }
        }

        return false;
    }

    // The first part opens the text and the last ends it; those between are found in turn, each at its leftmost place,
    // which leaves the most text to the parts after it.
    private static bool Matches(string[] parts, ReadOnlySpan<char> text)
    {
        const StringComparison Case = StringComparison.OrdinalIgnoreCase;
        if (parts.Length == 1)
        {
            return text.Equals(parts[0], Case);
        }

        if (!text.StartsWith(parts[0], Case))
        {
            return false;
        }

        text = text[parts[0].Length..];
        foreach (var part in parts.AsSpan(1, parts.Length - 2))
        {
            var at = text.IndexOf(part, Case);
            if (at < 0)
            {
                return false;
            }

            text = text[(at + part.Length)..];
        }

        return text.EndsWith(parts[^1], Case);
    }
}
