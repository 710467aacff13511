using ClrGraph.Curation;
using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Tests.Curation;

public sealed class NotPostsTests
{
    private static ReadingList List(params (string Url, string Title)[] links) =>
        new(
            "l",
            "l.md",
            "l",
            [],
            null,
            null,
            [
                .. links.Select(
                    (l, i) =>
                        new ListedPost(
                            l.Url,
                            PostUrl.TryNormalize(l.Url, out var key) ? key : l.Url,
                            l.Title,
                            "",
                            "",
                            i + 1,
                            new SourceLocation("l.md", i + 1, 1)
                        )
                ),
            ]
        );

    // The list's first link is a copy beside a post ("[archive](…)"), its title borrowed from the post's.
    private static ReadingList Copies(params (string Url, string Title)[] links)
    {
        var list = List(links);
        return list with { Posts = list.Posts.SetItem(0, list.Posts[0] with { Origin = TitleOrigin.Borrowed }) };
    }

    // "[Talk](…) by [Speaker](…)": the speaker's page (a folder of a shared blog host) is no post; a page after
    // "by" deeper than that is a post, and so is a folder's page that no "by" comes before.
    [Fact]
    public void A_page_one_folder_deep_after_by_is_the_authors()
    {
        var list = ReadingListReader.Parse(
            "- [GC talk](https://v.example/1) by [Maoni](https://blogs.example.com/maoni/)\n"
                + "- [Speed](https://v.example/2), written up by [Ben](https://b.example/2018/speed)\n"
                + "- [Tuning](https://c.example/tuning) about the GC\n",
            "l.md",
            new DiagnosticBag()
        );

        Assert.Equal(
            [("blogs.example.com/maoni", "an author's page: \"Maoni\"")],
            NotPosts.Propose([list]).Select(p => (p.Pattern, p.Comment))
        );
    }

    // A book's list of references ends with "[.NET official blog](https://devblogs.microsoft.com/dotnet/)": a blog's
    // home one folder below a shared host, which init offered as a post. A page of it, or a folder not called a blog,
    // stays a post; so does a post whose copied page title ends in its site's "Blog" section.
    [Fact]
    public void A_folder_called_a_blog_is_the_blogs_home()
    {
        var list = List(
            ("https://devblogs.microsoft.com/dotnet/", ".NET official blog"),
            ("https://devblogs.microsoft.com/dotnet/internals-of-the-poh/", "Internals of the POH"),
            ("https://example.com/regions", "Regions"),
            ("https://example.org/async/", "Asynchronous Programming in .NET - Introduction and Problems Blog")
        );

        Assert.Equal(
            [("devblogs.microsoft.com/dotnet", "a blog's home page: \".NET official blog\"")],
            NotPosts.Propose([list]).Select(p => (p.Pattern, p.Comment))
        );
    }

    // A book is often listed by its site's home page: both real lists that have a "Books" section file
    // prodotnetmemory.com as a post. A home page listed under a heading that names books, once at least, is one.
    [Fact]
    public void A_home_page_under_a_books_heading_is_the_book()
    {
        var list = ReadingListReader.Parse(
            "## Blogs\n\n- [Konrad Kokosa](https://tooslowexception.com/) and "
                + "[Pro .NET Memory Management](https://prodotnetmemory.com/), his book\n\n"
                + "## Books & Useful References\n\n- [Pro .NET Memory Management](https://prodotnetmemory.com/)\n"
                + "- [The GC Handbook](https://gchandbook.org/)\n\n"
                + "## Tools\n\n- [PerfView](https://perfview.example/)\n",
            "l.md",
            new DiagnosticBag()
        );

        Assert.Equal(
            ["perfview.example", "tooslowexception.com"],
            NotPosts.Propose([list]).Select(p => p.Pattern)
        );
    }

    // The resources list's talks: "[Pro .NET Memory Management](https://prodotnetmemory.com/), the book behind
    // Konrad Kokosa's talks" was proposed as a home page to ignore. A note that opens by calling the link a book says
    // what it is; one that speaks of someone's book ("his book") beside a blog's home page does not.
    [Fact]
    public void A_home_page_whose_note_calls_it_a_book_is_the_book()
    {
        var list = ReadingListReader.Parse(
            "- [Pro .NET Memory Management](https://prodotnetmemory.com/), the book behind Konrad Kokosa's talks\n"
                + "- [Writing High-Performance .NET Code](https://writinghighperf.example/): An ebook on the GC\n"
                + "- [TooSlowException](https://tooslowexception.com/): his book, also a cheat sheet\n"
                + "- [Notes](https://notes.example/), the booklet\n",
            "l.md",
            new DiagnosticBag()
        );

        Assert.Equal(
            ["notes.example", "tooslowexception.com"],
            NotPosts.Propose([list]).Select(p => p.Pattern)
        );
    }

    // A course's references, with no heading: "The Garbage Collection Handbook" and "Pro .NET Memory book site" were
    // proposed as home pages, so the two books on the GC went unread. A title that names a book is one.
    [Fact]
    public void A_home_page_whose_title_names_a_book_is_the_book()
    {
        var list = ReadingListReader.Parse(
            "# Refs:\n* [The Garbage Collection Handbook - Jones, Hosking, Moss](http://gchandbook.org/)\n"
                + "* [Pro .NET Memory book site - Konrad Kokosa](https://prodotnetmemory.com/)\n"
                + "* [Facebook notes](https://notes.example/)\n"
                + "* [Goodies.dotnetos.org](https://goodies.dotnetos.org/)\n",
            "l.md",
            new DiagnosticBag()
        );

        Assert.Equal(
            ["goodies.dotnetos.org", "notes.example"],
            NotPosts.Propose([list]).Select(p => p.Pattern)
        );
    }

    // A list whose only link to a post gone from its site is its archive copy keeps the post: a copy beside a post
    // is left out by its own address, not by the whole archive.
    [Fact]
    public void An_archive_link_titled_as_a_post_is_the_post()
    {
        const string copy = "https://web.archive.org/web/2019/https://a.example/p";
        const string only = "https://web.archive.org/web/2019/http://blogs.example.co.il/sasha/on-measuring";

        Assert.Empty(NotPosts.Propose([List((only, "On Measuring Performance"))]));
        var mixed = NotPosts.Propose([Copies((copy, "A post (archive)"), (only, "On Measuring Performance"))]);
        Assert.Equal(
            [("web.archive.org/web/2019/https://a.example/p", "an archive copy: \"A post (archive)\"")],
            mixed.Select(p => (p.Pattern, p.Comment))
        );
        var pattern = IgnoreRules.Compile(mixed[0].Pattern);
        Assert.True(IgnoreRules.Matches(pattern, PostUrl.TryNormalize(copy, out var key) ? key : ""));
        Assert.False(IgnoreRules.Matches(pattern, PostUrl.TryNormalize(only, out key) ? key : ""));
    }

    [Fact]
    public void Proposes_a_pattern_for_each_kind_of_link_that_is_not_a_post_and_none_for_posts()
    {
        var proposed = NotPosts.Propose([
            Copies(
                ("https://web.archive.org/web/2019/https://a.example/p", "A post (archive)"),
                ("https://img.shields.io/badge/x", "badge"),
                ("https://www.nuget.org/packages/BenchmarkDotNet/", "Nuget: BenchmarkDotNet"),
                ("https://news.ycombinator.com/item?id=1", "HN"),
                ("https://twitter.com/someone", "Someone"),
                ("https://github.com/someone", "Someone's GitHub"),
                ("https://github.com/dotnet/runtime", "The runtime"),
                ("https://github.com/dotnet/coreclr/", "read the source"),
                ("https://github.com/dotnet/BenchmarkDotNet", "BenchmarkDotNet"),
                ("https://github.com/dotnet/runtime/graphs/contributors", "contributors"),
                ("https://github.com/dotnet/runtime/blob/main/CONTRIBUTING.md", "contribution guidelines"),
                ("https://github.com/dotnet/runtime/blob/main/docs/design/coreclr/botr/threading.md", "Threading"),
                ("https://github.com/dotnet/runtime/issues/1", "An issue"),
                ("https://github.com/topics", "Topics"),
                ("https://github.com/someone/awesome-talks", "Awesome talks"),
                ("https://github.com/someone/awesome-dotnet#performance", "Awesome .NET, on performance"),
                ("https://www.example.com/", "A blog"),
                ("https://example.com/blog/", "The same blog"),
                ("https://example.com/2020/01/a-post", "A post"),
                ("https://aakinshin.net/en/blog/", "Андрей Акиншин"),
                ("https://aakinshin.net/gc", "A post at a short address"),
                ("https://aakinshin.net/en/gc", "Another"),
                ("https://aakinshin.net/pt-2-gc", "A third"),
                ("https://devblogs.microsoft.com/dotnet/author/someone/", "Someone at Microsoft"),
                ("https://medium.com/@someone", "Someone on Medium"),
                ("https://blogs.example.org/someone", "Someone's weblog"),
                ("https://blogs.example.org/someone/2006/06/07/a-post/", "A post on it"),
                ("https://blogs.example.org/someone/2015/07/15/another-post/", "Another post on it"),
                ("https://blogs.example.org/someone/tag/internals/", "Posts tagged internals"),
                ("https://blogs.example.org/other", "A weblog with one post listed"),
                ("https://blogs.example.org/other/2010/01/01/its-post/", "Its post"),
                ("https://videos.example.org/Events/Speakers/Some-One", "Some One"),
                ("https://forums.example.org/profile/Some+One", "Some One's profile"),
                ("https://videos.example.org/Search?term=Some%20One", "Search for Some One"),
                ("https://disq.us/p/1abcdef", "thanks to a reader"),
                ("https://dotnet.microsoft.com/en-us/download", "Installing the .NET SDK"),
                ("https://example.com/2020/01/a-post-about-downloads", "Not a download page"),
                ("https://referencesource.microsoft.com/#mscorlib/system/string.cs", "String")
            ),
        ]);

        Assert.Equal(
            [
                ("web.archive.org/*", "archive copies: 1 link, e.g. \"A post (archive)\""),
                ("img.shields.io/*", "badges: 1 link, e.g. \"badge\""),
                ("disq.us/*", "discussion threads: 1 link, e.g. \"thanks to a reader\""),
                ("news.ycombinator.com/*", "discussion threads: 1 link, e.g. \"HN\""),
                ("nuget.org/*", "package pages: 1 link, e.g. \"Nuget: BenchmarkDotNet\""),
                ("twitter.com/*", "profiles and discussion threads: 1 link, e.g. \"Someone\""),
                ("aakinshin.net/en/blog", "a home page: \"Андрей Акиншин\""),
                ("blogs.example.org/someone", "a blog's home page: \"Someone's weblog\""),
                ("blogs.example.org/someone/tag/internals", "a tag's page: \"Posts tagged internals\""),
                ("devblogs.microsoft.com/dotnet/author/someone", "an author's page: \"Someone at Microsoft\""),
                ("dotnet.microsoft.com/en-us/download", "a download page: \"Installing the .NET SDK\""),
                ("example.com", "a home page: \"A blog\""),
                ("example.com/blog", "a home page: \"The same blog\""),
                ("forums.example.org/profile/Some+One", "a profile page: \"Some One's profile\""),
                ("github.com/dotnet/coreclr", "the runtime's source: \"read the source\""),
                ("github.com/dotnet/runtime", "the runtime's source: \"The runtime\""),
                (
                    "github.com/dotnet/runtime/blob/main/CONTRIBUTING.md",
                    "a repository's own page: \"contribution guidelines\""
                ),
                ("github.com/dotnet/runtime/graphs/contributors", "a repository's own page: \"contributors\""),
                ("github.com/someone", "a profile page: \"Someone's GitHub\""),
                ("github.com/someone/awesome-dotnet", "another reading list: \"Awesome .NET, on performance\""),
                ("github.com/someone/awesome-talks", "another reading list: \"Awesome talks\""),
                ("medium.com/@someone", "a profile page: \"Someone on Medium\""),
                ("videos.example.org/Events/Speakers/Some-One", "a profile page: \"Some One\""),
                ("videos.example.org/Search?*", "a search page: \"Search for Some One\""),
            ],
            proposed.Select(p => (p.Pattern, p.Comment))
        );
    }
}
