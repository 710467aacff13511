using System.Collections.Immutable;
using ClrGraph.Export;
using ClrGraph.Reading;

namespace ClrGraph.Curation;

/// <summary>An <c>ignore:</c> pattern that <c>clrgraph init</c> proposes, with what it matched.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Comment">What kind of link it leaves out and an example, for a comment beside it.</param>
internal sealed record ProposedIgnore(string Pattern, string Comment);

/// <summary>
/// Finds the links of reading lists that are clearly not posts (archive copies, badges, package pages, discussion
/// threads, profile pages, home pages, search and download pages) and proposes an <c>ignore:</c> pattern for each
/// kind, each site or each page.
/// </summary>
internal static class NotPosts
{
    private const string ArchiveCopies = "archive copies";

    private const string HomePage = "a home page";

    private const int MaxBlogNameWords = 6;

    // Whole sites whose links are never posts, by what they are.
    private static readonly Dictionary<string, string> Sites = new (string Kind, string Hosts)[]
    {
        (ArchiveCopies, "web.archive.org archive.org archive.is archive.ph archive.today"),
        (ArchiveCopies, "webcache.googleusercontent.com"),
        ("badges", "img.shields.io shields.io badge.fury.io awesome.re"),
        ("package pages", "nuget.org fuget.org"),
        ("discussion threads", "news.ycombinator.com lobste.rs reddit.com disq.us"),
        ("profiles and discussion threads", "twitter.com x.com"),
        ("profile pages", "linkedin.com"),
    }
        .SelectMany(s => s.Hosts.Split(' '), (s, host) => (host, s.Kind))
        .ToDictionary(s => s.host, s => s.Kind, StringComparer.Ordinal);

    // Where a single path segment below the host is a person or an organisation, not a page of content.
    private static readonly HashSet<string> ProfileHosts =
    ["github.com", "gitlab.com", "medium.com", "dev.to", "stackoverflow.com"];

    // github.com/<one segment> pages that are not anyone's profile.
    private static readonly HashSet<string> NotProfiles =
        IgnoringCase("about features topics trending collections sponsors marketplace explore orgs");

    private static readonly string[] HomePaths = ["", "/blog", "/about"];

    // Pages of a site's own, by the last part of their address: "…/Search?q=…", "dotnet.microsoft.com/download".
    private static readonly Dictionary<string, string> LastSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        ["search"] = "a search page",
        ["download"] = "a download page",
        ["downloads"] = "a download page",
    };

    // A site's home in one of its languages: "aakinshin.net/en/blog", "example.com/ru-ru".
    private static readonly HashSet<string> Languages = IgnoringCase("en ru de fr es pt it ja zh ko pl uk nl tr cs sv");

    // The folder a page of people (…/profile/NAME, …/Speakers/NAME) or of a tag's posts (…/tag/NAME) is in.
    private static readonly HashSet<string> ProfileFolders = IgnoringCase("profile profiles speakers members");

    private static readonly HashSet<string> TagFolders = IgnoringCase("tag tags category categories");

    private static readonly HashSet<string> BookWords = IgnoringCase("book books handbook ebook");

    // The repositories of the runtime's own code, then and now.
    private static readonly HashSet<string> RuntimeRepositories = IgnoringCase("runtime coreclr corefx corert");

    // A repository's files about itself (github.com/<owner>/<repo>/blob/<branch>/<file>), without the extension.
    private static readonly HashSet<string> RepositoryFiles =
        IgnoringCase("contributing code_of_conduct license licence security");

    /// <summary>The patterns for <paramref name="lists"/>' links, in a stable order: whole sites first (by kind, then
    /// host), then single pages by address.</summary>
    public static ImmutableArray<ProposedIgnore> Propose(IEnumerable<ReadingList> lists)
    {
        var links = lists
            .SelectMany(l => l.Posts)
            .Select(link =>
                Uri.TryCreate(link.Key, UriKind.Absolute, out var uri)
                    ? (Link: link, Uri: uri, Host: PostUrl.Site(uri), Path: uri.AbsolutePath.TrimEnd('/'))
                    : default
            )
            .Where(l => l.Uri is not null)
            .ToList();
        // An archive link titled as a post ("[On Measuring Performance](https://web.archive.org/…)") is the only copy
        // of a post gone from its site: the post itself, left in. When a site has both, each copy is left out alone.
        var sites = links
            .Where(l => Sites.ContainsKey(l.Host))
            .Where(l => !(Sites[l.Host] == ArchiveCopies && l.Link.Origin == TitleOrigin.LinkText))
            .GroupBy(l => l.Host, StringComparer.Ordinal)
            .OrderBy(g => Sites[g.Key], StringComparer.Ordinal)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g =>
            {
                if (links.Count(l => l.Host == g.Key) > g.Count())
                {
                    return g.Select(l => (Page: Page(l.Host, l.Path, l.Uri.Query), l.Link.Title))
                        .DistinctBy(p => p.Page, StringComparer.Ordinal)
                        .Select(p => new ProposedIgnore(p.Page, $"an archive copy: \"{p.Title}\""));
                }

                var count = ReadingOrder.Count(g.Count(), "link");
                return [new ProposedIgnore(g.Key + "/*", $"{Sites[g.Key]}: {count}, e.g. \"{g.First().Link.Title}\"")];
            });
        // A page one folder below its host (blogs.example.com/someone) with two or more of the lists' pages below it
        // is a blog's home on a shared host.
        var homes = links
            .Select(l => l.Host + l.Path)
            .Distinct(StringComparer.Ordinal)
            .Select(page => page.Split('/'))
            .Where(parts => parts.Length > 2)
            .GroupBy(parts => parts[0] + "/" + parts[1], StringComparer.Ordinal)
            .Where(below => below.Count() >= 2 && !ProfileHosts.Contains(below.First()[0]))
            .Select(below => below.Key)
            .ToHashSet(StringComparer.Ordinal);
        // Under "## Books", "[Pro .NET Memory Management](https://prodotnetmemory.com)" is a book by its site, and
        // so is "[The Garbage Collection Handbook](http://gchandbook.org/)" anywhere, or a site whose note opens by
        // saying so ("[Pro .NET Memory Management](…), the book behind Konrad Kokosa's talks").
        var books = links
            .Where(l => NamesBooks(SectionPath.Innermost(l.Link.Section)) || NamesBooks(l.Link.Title)
                || CallsItABook(l.Link.Note))
            .Select(l => l.Host + l.Path)
            .ToHashSet(StringComparer.Ordinal);
        // A key keeps only a fragment that is a route: Reference Source's "/#mscorlib/system/string.cs" is a page, not
        // the site's home.
        var pages = links
            .Where(l => !Sites.ContainsKey(l.Host) && l.Uri.Fragment.Length == 0)
            .Select(l =>
            {
                var page = l.Host + l.Path;
                var kind = Kind(l.Host, l.Path, l.Uri.Query) ?? (homes.Contains(page) ? "a blog's home page" : null);
                kind = kind == HomePage && books.Contains(page) ? null : kind;
                // "[Talk](…) by [Speaker](https://blogs.example.com/speaker/)": the speaker's page, not a post.
                var authors = l.Link.Byline && l.Uri.Query.Length == 0 && l.Path.Count(c => c == '/') <= 1;
                kind ??= authors ? "an author's page" : null;
                // "[.NET official blog](https://devblogs.microsoft.com/dotnet/)": a blog's home one folder deep.
                var blog = l.Uri.Query.Length == 0 && l.Path.Count(c => c == '/') == 1 && CallsItABlog(l.Link.Title);
                kind ??= blog ? "a blog's home page" : null;
                return (Page: Page(l.Host, l.Path, l.Uri.Query), l.Link, Kind: kind);
            })
            .Where(p => p.Kind is not null)
            .DistinctBy(p => p.Page, StringComparer.Ordinal)
            .OrderBy(p => p.Page, StringComparer.Ordinal)
            .Select(p => new ProposedIgnore(p.Page, $"{p.Kind}: \"{p.Link.Title}\""));
        return [.. sites, .. pages];
    }

    // The pattern of one page: its address, and any query after it.
    private static string Page(string host, string path, string query) =>
        host + path + (query.Length > 0 ? "?*" : "");

    private static string? Kind(string host, string path, string query)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments is [.., var last] && LastSegments.TryGetValue(last, out var page))
        {
            return page;
        }

        if (query.Length > 0)
        {
            return null;
        }

        var language = segments is [var first, ..] && (first.Length == 2 || (first.Length == 5 && first[2] == '-'))
            && Languages.Contains(first[..2]) ? first.Length + 1 : 0;
        if (HomePaths.Contains(path[language..], StringComparer.OrdinalIgnoreCase))
        {
            return HomePage;
        }

        var github = host == "github.com";
        return segments switch
        {
            [var one] when ProfileHosts.Contains(host) && !NotProfiles.Contains(one) => "a profile page",
            ["users", ..] when host == "stackoverflow.com" => "a profile page",
            [_, _, .. var rest] when github && IsAboutTheRepository(rest) => "a repository's own page",
            // "If in doubt, [read the source](https://github.com/dotnet/coreclr)": the runtime's code, no post on it.
            ["dotnet", var name] when github && RuntimeRepositories.Contains(name) => "the runtime's source",
            // Awesome lists link each other by name: github.com/<owner>/awesome-<topic>.
            [_, var name] when github && name.StartsWith("awesome", StringComparison.OrdinalIgnoreCase) =>
                "another reading list",
            [.., var folder, _] when ProfileFolders.Contains(folder) => "a profile page",
            [.., var folder, _] when TagFolders.Contains(folder) => "a tag's page",
            [.., "author", _] or ["authors", _] => "an author's page",
            _ => null,
        };
    }

    // Whether words (a heading, a title) name books: "Books & Useful References", "The Garbage Collection Handbook".
    private static bool NamesBooks(string words) =>
        words
            .Split([' ', ',', '&', '/', '-', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Any(BookWords.Contains);

    // Whether a link's note opens by saying what it is, a book: "the book behind the talks", "an ebook by …".
    private static bool CallsItABook(string note)
    {
        var words = note.Split(' ', 3);
        var article = words.Length > 1 && words[0].ToLowerInvariant() is "the" or "a" or "an";
        return BookWords.Contains(words[article ? 1 : 0].TrimEnd(',', ';', ':'));
    }

    // Whether a link's text calls it a blog: "Matt Warren blog", ".NET official blog", "Blog of the .NET team".
    // A blog's name is short: "The .NET Blog", "Blog of Maoni"; a post's page title may end in its site's section
    // ("Asynchronous Programming in .NET - Introduction, Misconceptions, and Problems Blog").
    private static bool CallsItABlog(string title) =>
        title.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, .., var last] words
        && words.Length <= MaxBlogNameWords
        && (first.Equals("blog", StringComparison.OrdinalIgnoreCase)
            || last.TrimEnd('.', '!').Equals("blog", StringComparison.OrdinalIgnoreCase));

    // A set of names written with spaces between, compared ignoring case.
    private static HashSet<string> IgnoringCase(string names) =>
        new(names.Split(' '), StringComparer.OrdinalIgnoreCase);

    // Its contributors, stars and forks, or its contributing guide, code of conduct, licence or security policy.
    private static bool IsAboutTheRepository(string[] rest) =>
        rest is ["graphs", ..] or ["stargazers"] or ["network", ..] or ["forks"]
        || (rest is ["blob", _, var file] && RepositoryFiles.Contains(Path.GetFileNameWithoutExtension(file)));
}
