using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ClrGraph.Reading;

/// <summary>A post's identity: its URL normalized so that the same page written two ways is one post.</summary>
internal static partial class PostUrl
{
    private const int MaxSlugLength = 100;

    // Query parameters that say how a reader came to a page, not which page: a newsletter's "utm_source", an ad's
    // click id, YouTube's share marks ("&feature=youtu.be", "?si=…").
    private static readonly string[] ClickIds = ["fbclid", "gclid", "msclkid"];

    private static readonly string[] YouTubeMarks = ["feature", "si", "ab_channel"];

    // Link shorteners: only they know the address a short link leads to. Amazon's hide a book's page behind an
    // affiliate mark.
    private static readonly string[] Shorteners =
    [
        "t.co", "bit.ly", "goo.gl", "tinyurl.com", "ow.ly", "buff.ly", "lnkd.in", "aka.ms", "msft.it", "dlvr.it",
        "amzn.to", "amzn.eu",
    ];

    /// <summary>Whether the URL is a link shortener's (<c>t.co</c>, <c>bit.ly</c>, <c>aka.ms</c>…), which hides the
    /// address of the page it leads to.</summary>
    public static bool IsShortLink(Uri uri) =>
        uri.AbsolutePath.Length > 1 && Shorteners.Contains(Site(uri), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Normalizes an absolute http(s) URL: http and https alike, host lower-cased, <c>www.</c> dropped,
    /// default port, fragment, trailing slash and tracking parameters (<c>utm_source</c>…) dropped, YouTube's short
    /// and mobile links made its watch pages; a fragment that is a route (<c>#!/book/…</c>, <c>#mscorlib/…</c>) is
    /// kept. Returns false for anything else.
    /// </summary>
    public static bool TryNormalize(string url, out string key)
    {
        key = "";
        return Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && TryNormalize(uri, out key);
    }

    /// <summary>Normalizes a parsed URL (see <see cref="TryNormalize(string, out string)"/>), so a caller that has one
    /// parses it once.</summary>
    public static bool TryNormalize(Uri uri, out string key)
    {
        key = "";
        if ((uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(uri.Host))
        {
            return false;
        }

        var port =
            uri.IsDefaultPort || uri.Port is 443 or 80 ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        var (site, path, query) = (Site(uri), uri.AbsolutePath.TrimEnd('/'), uri.Query);
        if (site is "youtu.be" or "m.youtube.com")
        {
            // A YouTube short or mobile link is the video's page: youtu.be/ID is youtube.com/watch?v=ID.
            (site, path, query) = site == "youtu.be" && path.Length > 1
                ? ("youtube.com", "/watch", "?v=" + path[1..] + (query.Length > 1 ? "&" + query[1..] : ""))
                : ("youtube.com", path, query);
        }

        var route = IsRoute(uri.Fragment) ? uri.Fragment : "";
        key = "https://" + site + port + path + Query(query, site) + route;
        return true;
    }

    /// <summary>The URL as written without the query parameters that track how a reader came to the page
    /// (<c>utm_source</c>…, see <see cref="TryNormalize(string, out string)"/>): the address to show.</summary>
    public static string WithoutTracking(string url)
    {
        var start = url.IndexOf('?', StringComparison.Ordinal);
        if (start < 0 || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return url;
        }

        var end = url.IndexOf('#', start) is var hash and >= 0 ? hash : url.Length;
        var site = Site(uri);
        site = site is "youtu.be" or "m.youtube.com" ? "youtube.com" : site;
        return url[..start] + Query(url[start..end], site) + url[end..];
    }

    /// <summary>Whether a link points into a post (<c>…/post/#dynamic-pgo</c>) rather than at it: its fragment
    /// names a place in the page, not a page of a one-page site.</summary>
    public static bool IsSection(string url)
    {
        var hash = url.IndexOf('#');
        return hash >= 0 && hash + 1 < url.Length && !IsRoute(url.AsSpan(hash));
    }

    // A fragment that is a route ("#!/book/…", "#/docs/…", Reference Source's "#mscorlib/system/string.cs") names a
    // page of a one-page site; any other ("#dynamic-pgo"), a place in the page.
    private static bool IsRoute(ReadOnlySpan<char> fragment) =>
        fragment is ['#', '!' or '/', ..] || (fragment.Length > 1 && fragment.Contains('/'));

    // The query without the parameters that track how a reader came, in the order written.
    private static string Query(string query, string site)
    {
        if (query.Length < 2)
        {
            return query;
        }

        var youTube = site == "youtube.com";
        var kept = query[1..].Split('&').Where(parameter =>
        {
            var name = parameter.Split('=')[0];
            return !name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
                && !ClickIds.Contains(name, StringComparer.OrdinalIgnoreCase)
                && !(youTube && YouTubeMarks.Contains(name, StringComparer.Ordinal));
        });
        var rest = string.Join('&', kept);
        return rest.Length == 0 ? "" : "?" + rest;
    }

    /// <summary>
    /// The URL with every character a URL may not hold as it is (RFC 3986) percent-encoded as UTF-8: quotes, angle
    /// brackets, spaces, backticks, braces, '|', '\', '^', control characters, non-ASCII, and a '%' that starts no
    /// escape. No URL can then leave a quoted attribute of DOT, SVG, XML or HTML, whatever its writer escapes.
    /// </summary>
    public static string Safe(string url) => NotInUrl().Replace(url, match => Uri.EscapeDataString(match.Value));

    /// <summary><see cref="Safe(string)"/>, or null for null.</summary>
    public static string? SafeOrNull(string? url) => url is null ? null : Safe(url);

    /// <summary>The site of a URL: its host, lower-cased, without <c>www.</c>.</summary>
    public static string Site(Uri uri)
    {
        var host = uri.IdnHost.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>The site of a normalized URL (a key from <see cref="TryNormalize(string, out string)"/>): its host
    /// without the port.</summary>
    public static string SiteOfKey(string key)
    {
        var rest = key.StartsWith("https://", StringComparison.Ordinal) ? key[8..] : key;
        var end = rest.AsSpan().IndexOfAny(":/?");
        return end < 0 ? rest : rest[..end];
    }

    /// <summary>The year that <paramref name="text"/> is, four digits from 1980 to 2099, or null.</summary>
    public static int? AsYear(ReadOnlySpan<char> text) =>
        text.Length == 4
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= 1980 and <= 2099
            ? year
            : null;

    /// <summary>
    /// The year the path of an absolute URL names: the first path segment that is exactly a year from 1980 to 2099
    /// (<c>/2017/05/…</c>), or null; read from the text, without parsing a <see cref="Uri"/>.
    /// </summary>
    public static int? Year(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var slash = start < 0 ? -1 : url.IndexOf('/', start + 3);
        if (slash < 0)
        {
            return null;
        }

        var path = url.AsSpan(slash);
        path = path[..(path.IndexOfAny('?', '#') is >= 0 and var end ? end : path.Length)];

        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (AsYear(segment) is { } year)
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>
    /// A readable id fragment for a normalized URL: letters, digits, <c>.</c>, <c>_</c> and <c>-</c> only (a valid XML
    /// NMTOKEN), long ones shortened with a hash so that they stay unique.
    /// </summary>
    public static string Slug(string key)
    {
        var text = key.StartsWith("https://", StringComparison.Ordinal) ? key[8..] : key;
        var slug = NotInSlug().Replace(text, "-").Trim('-');
        if (slug.Length == 0)
        {
            slug = "post";
        }

        if (slug.Length > MaxSlugLength)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8];
            slug = slug[..(MaxSlugLength - 9)].TrimEnd('-') + "-" + hash;
        }

        return slug;
    }

    /// <summary>The <see cref="Slug"/> of each name, in order, with -2, -3… on a slug already taken.</summary>
    public static string[] UniqueSlugs(IEnumerable<string> names)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new List<string>();
        foreach (var name in names)
        {
            var slug = Slug(name);
            var id = slug;
            for (var n = 2; !used.Add(id); n++)
            {
                id = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            slugs.Add(id);
        }

        return [.. slugs];
    }

    // A run of characters that are neither unreserved nor reserved (a lone surrogate among them becomes U+FFFD),
    // or a '%' that starts no escape.
    [GeneratedRegex(@"%(?![0-9A-Fa-f]{2})|[^-A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%]+")]
    private static partial Regex NotInUrl();

    // Each run of other characters is one '-', which a '-' before it stands for already.
    [GeneratedRegex("-?[^a-zA-Z0-9._-]+")]
    private static partial Regex NotInSlug();
}
