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

    /// <summary>The pattern as a matcher, or null for an empty pattern, which matches nothing. Matching takes time in
    /// proportion to the address, whatever the pattern.</summary>
    public static Regex? Compile(string pattern)
    {
        // The pattern in the form it is matched in: no scheme, no www., no fragment, lower case.
        var text = SchemeWwwOrFragment().Replace(pattern.Trim().ToLowerInvariant(), "");
        text = text.EndsWith('*') ? text : text.TrimEnd('/');
        if (text.Length == 0)
        {
            return null;
        }

        var body = Regex.Escape(text).Replace(@"\*", ".*", StringComparison.Ordinal);
        body = text.EndsWith("/*", StringComparison.Ordinal) ? body[..^"/.*".Length] + "(/.*)?" : body;
        // "*.slideshare.net/*" means the site and every site below it: the address keeps no "www." to match it.
        body = text.StartsWith("*.", StringComparison.Ordinal) ? "(.*\\.)?" + body[".*\\.".Length..] : body;
        var options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
        return new Regex($"^{body}$", options);
    }

    /// <summary>Whether the post with the identity <paramref name="key"/> (from
    /// <see cref="PostUrl.TryNormalize(string, out string)"/>) matches the compiled pattern.</summary>
    public static bool Matches(Regex? pattern, string key) =>
        pattern is not null
        && pattern.IsMatch(key.StartsWith("https://", StringComparison.Ordinal) ? key.AsSpan(8) : key);
}
