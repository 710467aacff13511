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
    // Whole sites whose links are never posts, with what they are.
    private static readonly (string Host, string Kind)[] Sites =
    [
        ("web.archive.org", "archive copies"),
        ("archive.org", "archive copies"),
        ("archive.is", "archive copies"),
        ("archive.ph", "archive copies"),
        ("archive.today", "archive copies"),
        ("webcache.googleusercontent.com", "archive copies"),
        ("img.shields.io", "badges"),
        ("shields.io", "badges"),
        ("badge.fury.io", "badges"),
        ("awesome.re", "badges"),
        ("news.ycombinator.com", "discussion threads"),
        ("lobste.rs", "discussion threads"),
        ("reddit.com", "discussion threads"),
        ("twitter.com", "profiles and discussion threads"),
        ("x.com", "profiles and discussion threads"),
        ("linkedin.com", "profile pages"),
    ];

    // Where a single path segment below the host is a person or an organisation, not a page of content.
    private static readonly HashSet<string> ProfileHosts = new(StringComparer.Ordinal)
    {
        "github.com",
        "gitlab.com",
        "medium.com",
        "dev.to",
        "stackoverflow.com",
    };

    // github.com/<one segment> pages that are not anyone's profile.
    private static readonly HashSet<string> NotProfiles = new(StringComparer.OrdinalIgnoreCase)
    {
        "about",
        "features",
        "topics",
        "trending",
        "collections",
        "sponsors",
        "marketplace",
        "explore",
        "orgs",
    };

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
            if (Array.Find(Sites, s => s.Host == host) is { Host: not null } site)
            {
                if (!sites.TryGetValue(site.Host, out var found))
                {
                    sites[site.Host] = found = (site.Kind, []);
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
