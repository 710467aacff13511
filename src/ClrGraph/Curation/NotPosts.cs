using System.Collections.Immutable;
using System.Globalization;
using ClrGraph.Reading;

namespace ClrGraph.Curation;

/// <summary>An <c>ignore:</c> pattern that <c>clrgraph init</c> proposes, with what it matched.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Comment">What kind of link it leaves out and an example, for a comment beside it.</param>
internal sealed record ProposedIgnore(string Pattern, string Comment);

/// <summary>
/// Finds the links of reading lists that are clearly not posts (archive copies, badges, discussion threads, profile
/// pages, home pages) and proposes an <c>ignore:</c> pattern for each kind, each site or each page.
/// </summary>
internal static class NotPosts
{
    // Whole sites whose links are never posts, by what they are.
    private static readonly Dictionary<string, string> Sites = new (string Kind, string Hosts)[]
    {
        ("archive copies", "web.archive.org archive.org archive.is archive.ph archive.today"),
        ("archive copies", "webcache.googleusercontent.com"),
        ("badges", "img.shields.io shields.io badge.fury.io awesome.re"),
        ("discussion threads", "news.ycombinator.com lobste.rs reddit.com"),
        ("profiles and discussion threads", "twitter.com x.com"),
        ("profile pages", "linkedin.com"),
    }
        .SelectMany(s => s.Hosts.Split(' '), (s, host) => (host, s.Kind))
        .ToDictionary(s => s.host, s => s.Kind, StringComparer.Ordinal);

    // Where a single path segment below the host is a person or an organisation, not a page of content.
    private static readonly HashSet<string> ProfileHosts =
    ["github.com", "gitlab.com", "medium.com", "dev.to", "stackoverflow.com"];

    // github.com/<one segment> pages that are not anyone's profile.
    private static readonly HashSet<string> NotProfiles = new(
        ["about", "features", "topics", "trending", "collections", "sponsors", "marketplace", "explore", "orgs"],
        StringComparer.OrdinalIgnoreCase
    );

    private static readonly string[] HomePaths = ["", "/blog", "/about"];

    /// <summary>The patterns for <paramref name="lists"/>' links, in a stable order: whole sites first (by kind, then
    /// host), then single pages by address.</summary>
    public static ImmutableArray<ProposedIgnore> Propose(IEnumerable<ReadingList> lists)
    {
        var sites = new SortedDictionary<string, (string Kind, List<ListedPost> Links)>(StringComparer.Ordinal);
        var pages = new SortedDictionary<string, (string Kind, ListedPost Link)>(StringComparer.Ordinal);
        foreach (var link in lists.SelectMany(l => l.Posts))
        {
            if (!Uri.TryCreate(link.Key, UriKind.Absolute, out var uri))
            {
                continue;
            }

            var host = PostUrl.Site(uri);
            var path = uri.AbsolutePath.TrimEnd('/');
            if (Sites.TryGetValue(host, out var siteKind))
            {
                if (!sites.TryGetValue(host, out var found))
                {
                    sites[host] = found = (siteKind, []);
                }

                found.Links.Add(link);
            }
            else if (Kind(host, path, uri.Query) is { } kind)
            {
                pages.TryAdd(host + path, (kind, link));
            }
        }

        var proposed = ImmutableArray.CreateBuilder<ProposedIgnore>();
        foreach (var (host, (kind, links)) in sites.OrderBy(s => s.Value.Kind, StringComparer.Ordinal))
        {
            var comment = string.Create(
                CultureInfo.InvariantCulture,
                $"{kind}: {links.Count} link(s), e.g. \"{links[0].Title}\""
            );
            proposed.Add(new ProposedIgnore(host + "/*", comment));
        }

        foreach (var (page, (kind, link)) in pages)
        {
            proposed.Add(new ProposedIgnore(page, $"{kind}: \"{link.Title}\""));
        }

        return proposed.ToImmutable();
    }

    private static string? Kind(string host, string path, string query)
    {
        if (query.Length > 0)
        {
            return null;
        }

        if (HomePaths.Contains(path, StringComparer.OrdinalIgnoreCase))
        {
            return "a home page";
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (ProfileHosts.Contains(host) && segments.Length == 1 && !NotProfiles.Contains(segments[0]))
        {
            return "a profile page";
        }

        if (host == "stackoverflow.com" && segments is ["users", ..])
        {
            return "a profile page";
        }

        return segments is [.., "author", _] or ["authors", _] ? "an author's page" : null;
    }
}
