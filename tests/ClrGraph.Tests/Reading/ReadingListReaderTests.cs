using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Reading;

public class ReadingListReaderTests
{
    private static (ReadingList List, IReadOnlyList<Diagnostic> Diagnostics) Parse(string markdown)
    {
        var bag = new DiagnosticBag();
        var list = ReadingListReader.Parse(markdown, "list.md", bag);
        return (list, bag.Sorted());
    }

    [Fact]
    public void Key_value_header_becomes_the_front_matter()
    {
        var (list, diagnostics) = Parse(
            "title=CoreCLR\ntags=vm, clr\nsummary=The VM\n~~~~~~\n\n[Source](https://github.com/dotnet/runtime)\n"
        );
        Assert.Empty(diagnostics);
        Assert.Equal("CoreCLR", list.Title);
        Assert.Equal(["vm", "clr"], list.Tags);
        Assert.Equal("The VM", list.Summary);
        var post = Assert.Single(list.Posts);
        Assert.Equal(6, post.Location.Line); // header lines still count
    }

    [Fact]
    public void Yaml_front_matter_becomes_the_front_matter()
    {
        var (list, diagnostics) = Parse(
            "---\ntitle: Small\ntags: [a, b]\nurl: https://example.org/lists/x/\n---\n\n- [Rel](../y/)\n"
        );
        Assert.Empty(diagnostics);
        Assert.Equal("Small", list.Title);
        Assert.Equal(["a", "b"], list.Tags);
        Assert.Equal("https://example.org/lists/y/", Assert.Single(list.Posts).Url);
    }

    [Fact]
    public void Broken_yaml_front_matter_is_reported_at_its_line()
    {
        var (_, diagnostics) = Parse("---\ntitle: [unclosed\n---\n\ntext\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.InRange(d.Location.Line, 2, 4);
    }

    [Fact]
    public void Unclosed_bracket_in_front_matter_is_a_diagnostic_not_a_crash()
    {
        // YamlDotNet's parser throws InvalidOperationException here rather than a YamlException.
        var (list, diagnostics) = Parse(
            "---\ntags: [a, b\ntitle: T\nsummary: [c]\n---\n\n- [Post](https://a.example/p)\n"
        );
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.YamlSyntax, 2), (d.Code, d.Location.Line));
        Assert.Equal("close it on this line: tags: [a, b]", d.Hint); // not closed: quoting it is no fix
        Assert.Single(list.Posts);
    }

    [Fact]
    public void A_front_matter_title_that_goes_on_after_its_brackets_is_an_error_that_says_to_quote_it()
    {
        var (list, diagnostics) = Parse(
            "---\nlayout: post\ntitle: [翻译]深入了解CLR\n---\n\n- [Post](https://a.example/p)\n"
        );

        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.YamlSyntax, 3), (d.Code, d.Location.Line));
        Assert.Equal("quote the whole value: title: '[翻译]深入了解CLR'", d.Hint);
        Assert.Single(list.Posts);
    }

    [Fact]
    public void A_front_matter_key_out_of_line_is_lined_up_with_one_on_the_files_line()
    {
        var (_, diagnostics) = Parse("---\ntitle: My list\n  url: https://x.example/\n---\n\n- [P](https://a.b/)\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.YamlSyntax, 3, 3), (d.Code, d.Location.Line, d.Location.Column));
        Assert.Equal("YAML nests by indentation: line it up with 'title:' on line 2, at the start of the line", d.Hint);
    }

    [Fact]
    public void CG0024_malformed_key_value_header_is_reported_at_its_line()
    {
        var (_, diagnostics) = Parse("title=CoreCLR\nthis line has no equals sign\n~~~~~~\n\ntext\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.FrontMatter, 2, 1), (d.Code, d.Location.Line, d.Location.Column));
    }

    [Theory]
    [InlineData("---\ntitle: L\nurl: not a url\n---\n\n- [P](https://a.b/)\n", 3, 6)]
    [InlineData("title=L\nurl =  nope \n~~~~~~\n\n- [P](https://a.b/)\n", 2, 8)]
    public void CG0024_front_matter_url_that_is_no_address_is_reported_at_its_value(string text, int line, int column)
    {
        var (_, diagnostics) = Parse(text);

        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.FrontMatter, line, column), (d.Code, d.Location.Line, d.Location.Column));
        Assert.StartsWith("front matter url 'no", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_of_link_is_a_post_and_images_mail_and_anchors_are_not()
    {
        var (list, _) = Parse(
            """
            Paragraph [inline](https://a.example/1) and <https://a.example/2> and https://a.example/3 bare.

            - [Reference][ref] in a list
            - ![image](https://a.example/img.png) [mail](mailto:x@y.z) [anchor](#top) <x@y.z>

            [ref]: https://a.example/4
            """
        );
        Assert.Equal(
            ["https://a.example/1", "https://a.example/2", "https://a.example/3", "https://a.example/4"],
            list.Posts.Select(p => p.Url)
        );
        Assert.Equal([1, 2, 3, 4], list.Posts.Select(p => p.Position));
    }

    [Fact]
    public void Title_is_plain_text_with_emphasis_code_and_entities_unwrapped()
    {
        var (list, _) = Parse(
            "- [How *the* `dotnet`   CLI &amp; **you**\n  work](https://a.example/1): the note, with `code`\n"
        );
        var post = Assert.Single(list.Posts);
        Assert.Equal("How the dotnet CLI & you work", post.Title);
        Assert.Equal("the note, with code", post.Note);
    }

    // "[… A look at Span<T>](…)": Markdig reads "<T>" as an HTML tag, so the title was "… A look at Span".
    [Fact]
    public void A_types_argument_outside_backticks_is_text_and_html_tags_are_not()
    {
        var (list, _) = Parse(
            "## Memory<T> and <b>friends</b>\n\n"
                + "- [A look at Span<T>](https://a.example/1): <i>no</i> List<int> copies\n"
        );
        var post = Assert.Single(list.Posts);
        Assert.Equal("A look at Span<T>", post.Title);
        Assert.Equal("no List<int> copies", post.Note);
        Assert.Equal("Memory<T> and friends", post.Section);
    }

    [Fact]
    public void Section_is_the_enclosing_headings_below_the_title()
    {
        var (list, _) = Parse(
            "# Top\n\n## A\n\n### A1\n\n- [x](https://a.example/1)\n\n## B\n\n- [y](https://a.example/2)\n"
        );
        Assert.Equal(("Top", "A › A1", "B"), (list.Title, list.Posts[0].Section, list.Posts[1].Section));
    }

    // "1. Object" over its posts, a course's topics: the group was lost, so the explorer, the guide and suggest saw
    // one section of 18 posts on objects, method calls and generics.
    [Fact]
    public void Words_alone_over_a_nested_list_are_a_section_below_the_headings()
    {
        var (list, _) = Parse(
            "# Course\n\n## Topics\n\n1. Object\n    * [Boxing](https://a.example/1)\n"
                + "1. Method call:\n    * [Stubs](https://a.example/2)\n    * **Further reading**\n"
                + "        * [Dispatch](https://a.example/3)\n"
                + "1. These are the posts that I liked best of all this year\n    * [Liked](https://a.example/4)\n"
                + "1. Threads\n   and what I noted on them\n    * [Noted](https://a.example/6)\n"
                + "\n## More\n\n- Generics\n  - [Shared code](https://a.example/5)\n"
        );
        Assert.Equal(
            [
                ("Boxing", "Topics › Object"),
                ("Stubs", "Topics › Method call"),
                ("Dispatch", "Topics › Method call › Further reading"),
                ("Liked", "Topics"), // a sentence, not a group's name
                ("Noted", "Topics"), // nor are lines of words
                ("Shared code", "More › Generics"),
            ],
            list.Posts.Select(p => (p.Title, p.Section))
        );
    }

    // "**JIT**" on a line of its own over a list is written as a heading would be; plain words ending in a colon
    // introduce the list ("Sorted from newest to oldest:") and name no group.
    [Fact]
    public void Words_in_bold_alone_over_a_list_are_its_group()
    {
        var (list, _) = Parse(
            "## Runtime\n\n**Garbage collection:**\n- [Pinning](https://a.example/1)\n\n**JIT**\n\n"
                + "- [Tiering](https://a.example/2)\n\n"
                + "Sorted from newest to oldest:\n\n- [Pool](https://a.example/3)\n\n"
                + "**Note** the rest is old.\n\n- [Rotor](https://a.example/4)\n"
        );
        Assert.Equal(
            [
                ("Pinning", "Runtime › Garbage collection"),
                ("Tiering", "Runtime › JIT"),
                ("Pool", "Runtime"),
                ("Rotor", "Runtime"),
            ],
            list.Posts.Select(p => (p.Title, p.Section))
        );
    }

    // A tips list heads its links "## 📕 Articles" and "## 📹 Videos": Graphviz drew the emoji as an empty box on
    // every cluster of the diagram. The marks a heading opens or ends with are no part of the section's name,
    // unless they are all it has.
    [Fact]
    public void A_section_is_named_without_the_marks_around_its_heading()
    {
        var (list, _) = Parse(
            "## 📕 Articles\n\n- [Pool](https://a.example/1)\n\n## Event Viewer (`eventvwr`) ⚠️\n\n"
                + "- [Logs](https://a.example/2)\n\n## 🚀\n\n- [Fast](https://a.example/3)\n"
        );
        Assert.Equal(
            [("Pool", "Articles"), ("Logs", "Event Viewer (eventvwr)"), ("Fast", "🚀")],
            list.Posts.Select(p => (p.Title, p.Section))
        );
    }

    // A learning-notes list groups its ".NET Language & CLR" links under "Reflection:", "DLR & Dynamic:" and "Mono:",
    // each alone over its list: all went to the heading, and a Chinese title there was offered the reflection of the
    // one post below "Reflection:". Capitalised words and a colon name a group; a pointer ("Links:") does not.
    [Fact]
    public void Capitalised_words_and_a_colon_alone_over_a_list_are_its_group()
    {
        var (list, _) = Parse(
            "## CLR\n\n- [Core](https://a.example/1)\n\nReflection:\n\n- [Emit](https://a.example/2)\n\n"
                + "DLR & Dynamic:\n- [Expando](https://a.example/3)\n\nLinks:\n\n- [Pool](https://a.example/4)\n\n"
                + "Read these first:\n\n- [Intro](https://a.example/5)\n"
        );
        Assert.Equal(
            [
                ("Core", "CLR"),
                ("Emit", "CLR › Reflection"),
                ("Expando", "CLR › DLR & Dynamic"),
                ("Pool", "CLR"),
                ("Intro", "CLR"),
            ],
            list.Posts.Select(p => (p.Title, p.Section))
        );
    }

    // "* 2020" over the talks of that year is when they were given; words that title the address below them are no
    // group either.
    [Fact]
    public void A_date_over_a_nested_list_is_its_posts_year_and_words_that_title_a_post_are_no_section()
    {
        var (list, _) = Parse(
            "## Talks\n\n* 2020\n    * [Pinning](https://a.example/1)\n    * [Regions](https://a.example/2) (2021)\n"
                + "* Fundamentals of GC\n    * https://a.example/3\n"
        );
        Assert.Equal(
            [("Pinning", "Talks", 2020), ("Regions", "Talks", 2021), ("Fundamentals of GC", "Talks", null)],
            list.Posts.Select(p => (p.Title, p.Section, p.Year))
        );
    }

    // A course's books, cited as a bibliography does: the title was "C# 6.0 in a Nutshell. Joseph Albahari, Ben
    // Albahari. O'Reilly Media. 2015.", and its code listings' link "… 2015. (code listings)". The year is the
    // post's, the authors and publisher its note; a title with no year after it ("Sasha Goldshtein.") stays whole.
    [Fact]
    public void A_book_cited_with_authors_publisher_and_year_is_titled_by_its_title()
    {
        var (list, _) = Parse(
            "- [C# 6.0 in a Nutshell. Joseph Albahari, Ben Albahari. O'Reilly Media. 2015.](https://b.example/1)\n"
                + "   - *Chapter 12.* Disposal. ([Code Listings](https://b.example/2))\n"
                + "- [CLR via C#. Jeffrey Richter. Microsoft Press. 2010](https://b.example/3)\n"
                + "- [Pro .NET Performance: Optimize Your C# Applications. Sasha Goldshtein.](https://b.example/4)\n"
                + "- [Regions in .NET 7. Part 2](https://b.example/5)\n"
        );
        Assert.Equal(
            [
                ("C# 6.0 in a Nutshell", "Joseph Albahari, Ben Albahari. O'Reilly Media", 2015),
                ("C# 6.0 in a Nutshell (code listings)", "Chapter 12. Disposal.", null),
                ("CLR via C#", "Jeffrey Richter. Microsoft Press", 2010),
                ("Pro .NET Performance: Optimize Your C# Applications. Sasha Goldshtein.", "", null),
                ("Regions in .NET 7. Part 2", "", null),
            ],
            list.Posts.Select(p => (p.Title, p.Note, p.Year))
        );
    }

    // A garbage collector's "Further reading": "[*Oil and Water?…*](…) (Blackburn, Cheng, McKinley, 2004)".
    // The year after the authors is the paper's, as a year alone after a link is; the authors are its note.
    [Fact]
    public void Authors_and_a_year_after_a_link_are_its_note_and_its_year()
    {
        var (list, _) = Parse(
            "- [*Oil and Water?*](https://p.example/1) (Blackburn, Cheng, McKinley, 2004)\n"
                + "- [Handbook](https://p.example/2) (2016)\n- [Talk](https://p.example/3) at DotNext, Moscow\n"
        );
        Assert.Equal(
            [
                ("Oil and Water?", "Blackburn, Cheng, McKinley", 2004),
                ("Handbook", "", 2016),
                ("Talk", "at DotNext, Moscow", null),
            ],
            list.Posts.Select(p => (p.Title, p.Note, p.Year))
        );
    }

    [Fact]
    public void Relative_link_without_a_base_is_skipped_with_a_warning_at_its_position()
    {
        var (list, diagnostics) = Parse("text\n\n- see [SSCLI](../sscli-essentials)\n");
        Assert.Empty(list.Posts);
        var d = Assert.Single(diagnostics);
        Assert.Equal(
            (DiagnosticCodes.RelativeLink, Severity.Warning, 3, 7),
            (d.Code, d.Severity, d.Location.Line, d.Location.Column)
        );
        Assert.Equal(
            "give the list its own address in front matter ('url: https://…' between '---' lines at the top), or "
                + "make the link absolute",
            d.Hint
        );
    }

    [Fact]
    public void Relative_links_without_a_base_are_one_warning_at_the_first_with_their_count()
    {
        var (list, diagnostics) = Parse(
            "# Book\n\n- [FAQ](botr-faq.md)\n- [GC](garbage-collection.md)\n- [JIT](../jit/x.md)\n"
        );
        Assert.Empty(list.Posts);
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.RelativeLink, 3, 3), (d.Code, d.Location.Line, d.Location.Column));
        Assert.Equal(
            "relative link 'botr-faq.md' and 2 more skipped: the list has no front matter url to resolve them against",
            d.Message
        );
    }

    [Theory]
    [InlineData("www.example.com/post")]
    [InlineData("devblogs.microsoft.com/dotnet/gc-regions/")]
    public void An_address_without_https_is_skipped_with_it_shown(string target)
    {
        var (list, diagnostics) = Parse($"---\nurl: https://a.example/list/\n---\n\n- [Post]({target})\n");

        Assert.Empty(list.Posts); // not resolved against the list's own address either
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.MalformedLink, 5, 3), (d.Code, d.Location.Line, d.Location.Column));
        Assert.Equal($"did you mean 'https://{target}'?", d.Hint);
    }

    // A debugging notes repository keeps its .NET notes in folders named "ado.net/" and "asp.net/": its README's links
    // to them were taken for sites without https://. A Markdown file is a page of the list's repository.
    [Fact]
    public void A_markdown_file_in_a_folder_named_like_a_site_is_a_relative_link()
    {
        var (list, diagnostics) = Parse(
            "---\nurl: https://github.com/a/notes/blob/master/README.md\n---\n\n"
                + "- [ADO.NET](ado.net/ado.net-debugging.md)\n- [Site](www.example.com/notes.md)\n"
        );

        Assert.Equal(
            ["https://github.com/a/notes/blob/master/ado.net/ado.net-debugging.md"],
            list.Posts.Select(p => p.Url)
        );
        Assert.Equal("did you mean 'https://www.example.com/notes.md'?", Assert.Single(diagnostics).Hint);
    }

    // "[Post](https://…]" and "[Post](https://…" with nothing after it that closes it: Markdown would read the
    // address alone, titled "[Post](", with the ']' in it. It is read as the link it was meant to be, with a warning
    // at its '['; the links on the lines below keep their places.
    [Fact]
    public void A_link_missing_its_closing_parenthesis_is_read_as_meant_with_a_warning()
    {
        var (list, diagnostics) = Parse(
            "# Links\n\n"
                + "1. [State machines](https://a.example/state-machine]\n"
                + "2. see [Tiering](https://a.example/tiering\n"
                + "3. [Pinning](https://a.example/pinning — why it costs\n"
                + "4. [Regions](https://a.example/regions) and [Bad](a.example/x)\n"
        );

        Assert.Equal(
            [
                ("State machines", "https://a.example/state-machine"),
                ("Tiering", "https://a.example/tiering"),
                ("Pinning", "https://a.example/pinning"),
                ("Regions", "https://a.example/regions"),
            ],
            list.Posts.Select(p => (p.Title, p.Url))
        );
        Assert.Equal("why it costs", list.Posts[2].Note);
        Assert.Equal(
            [(3, 4, "end the address with ')', not ']'"), (4, 8, "put a ')' right after the address"),
                (5, 4, "put a ')' right after the address"), (6, 45, "did you mean 'https://a.example/x'?")],
            diagnostics.Select(d => (d.Location.Line, d.Location.Column, d.Hint))
        );
        Assert.Equal(
            "link '[State machines](https://a.example/state-machine]' has no ')' after its address; it is read as if "
                + "it had",
            diagnostics[0].Message
        );
    }

    // What a ')' further on may close is left to Markdown: a title in quotes, a ')' later on the line or on the next,
    // an address with parentheses of its own.
    [Theory]
    [InlineData("- [Post](https://a.example/p \"Its title\")\n", "https://a.example/p")]
    [InlineData("- [Post](https://a.example/p\n  )\n", "https://a.example/p")]
    [InlineData("- [Foo](https://en.wikipedia.org/wiki/Foo_(bar))\n", "https://en.wikipedia.org/wiki/Foo_(bar)")]
    [InlineData("- [Post](https://a.example/p and (more)\n", "https://a.example/p")]
    public void A_link_that_a_later_parenthesis_may_close_is_left_as_written(string markdown, string url)
    {
        var (list, diagnostics) = Parse(markdown);

        Assert.Equal(url, Assert.Single(list.Posts).Url);
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains("has no ')'", StringComparison.Ordinal));
    }

    // A list pasted from a chatbot's answer: its sources cited by their site ("([devblogs.microsoft.com](…))"), its
    // addresses marked "?utm_source=chatgpt.com", its notes with the marks of its sources ("【4†source】").
    [Fact]
    public void A_chatbots_list_is_read_without_its_citation_marks_and_tracking()
    {
        var (list, diagnostics) = Parse(
            "# GC\n\n"
                + "- Regions replaced segments in .NET 7 ([devblogs.microsoft.com]"
                + "(https://devblogs.microsoft.com/dotnet/regions/?utm_source=chatgpt.com)).\n"
                + "- [Put a DPAD on that GC!]"
                + "(https://devblogs.microsoft.com/dotnet/dpad/?utm_source=chatgpt.com&id=2#top)"
                + " — DPAD explained 【4†source】\n"
                + "- **Pinning** — why it costs. :contentReference[oaicite:0]{index=0} "
                + "[microsoft.com](https://learn.microsoft.com/p)\n"
                + "- https://a.example/bare?utm_medium=email\n"
        );

        Assert.Equal(
            [
                ("Regions replaced segments in .NET 7.", "https://devblogs.microsoft.com/dotnet/regions/", ""),
                ("Put a DPAD on that GC!", "https://devblogs.microsoft.com/dotnet/dpad/?id=2#top", "DPAD explained"),
                ("Pinning", "https://learn.microsoft.com/p", "why it costs."),
                ("https://a.example/bare", "https://a.example/bare", ""),
            ],
            list.Posts.Select(p => (p.Title, p.Url, p.Note))
        );
        Assert.Empty(diagnostics);
    }

    // An item whose link says nothing alone, opened by a lead in bold before a dash or a colon: the lead is the
    // title, the words after it the note. Without the dash or the colon, the item's words are the title.
    [Fact]
    public void A_bold_lead_before_a_dash_or_colon_titles_the_item_its_link_does_not()
    {
        var (list, _) = Parse(
            "# GC\n\n"
                + "- **Pinned Object Heap** — why it has a heap of its own ([a.example](https://a.example/poh))\n"
                + "- **Regions:** the heap's new layout [a.example](https://a.example/regions)\n"
                + "- **Important** read [this post](https://a.example/x) first\n"
                + "- **[Pinning](https://a.example/pin)** - what it costs\n"
        );

        Assert.Equal(
            [
                ("Pinned Object Heap", "why it has a heap of its own"),
                ("Regions", "the heap's new layout"),
                ("Important read first", ""),
                ("Pinning", "what it costs"),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
    }

    // A chatbot's sources cited by number ("… apart [1].", "[1]: https://…" below) say nothing alone: the item's
    // words title the post. A number written as a link in place ("[2](…)") is still a part of a series.
    [Fact]
    public void A_numbered_citation_says_nothing_alone_and_an_inline_number_is_a_part()
    {
        var (list, _) = Parse(
            "# GC\n\n"
                + "- Background GC runs gen2 collections alongside the program [1].\n"
                + "- GC internals [1](https://a.example/gc-1) [2](https://a.example/gc-2)\n\n"
                + "[1]: https://a.example/background-gc\n"
        );

        Assert.Equal(
            ["Background GC runs gen2 collections alongside the program.", "GC internals (1)", "GC internals (2)"],
            list.Posts.Select(p => p.Title)
        );
    }

    // "[2][3]" is one link in CommonMark, the text "2" to the address of [3]: said, with the fix; "[2] [3]" is two.
    [Fact]
    public void Two_citations_written_together_are_one_link_and_said()
    {
        const string Definitions = "\n[2]: https://a.example/two\n[3]: https://a.example/three\n";
        var (joined, diagnostics) = Parse("- Regions replaced segments [2][3].\n" + Definitions);
        var (apart, none) = Parse("- Regions replaced segments [2] [3].\n" + Definitions);

        Assert.Equal(["https://a.example/three"], joined.Posts.Select(p => p.Url));
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.MalformedLink, 1, 29), (d.Code, d.Location.Line, d.Location.Column));
        Assert.Equal("put a space between them: [2] [3]", d.Hint);
        Assert.Equal(["https://a.example/two", "https://a.example/three"], apart.Posts.Select(p => p.Url));
        Assert.Empty(none);
    }

    // "- [Background GC]: https://…" in a list is a link reference definition: GitHub shows nothing there, and the
    // post was lost without a word.
    [Fact]
    public void A_definition_that_no_link_uses_is_said_with_the_link_to_write()
    {
        var (list, diagnostics) = Parse(
            "- [Regions](https://a.example/regions)\n- [Background GC]: https://a.example/bgc\n\n"
                + "[x]: https://a.example/x\n"
        );

        Assert.Equal(["https://a.example/regions"], list.Posts.Select(p => p.Url));
        var d = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.MalformedLink, 2, 3), (d.Code, d.Location.Line, d.Location.Column));
        Assert.StartsWith("'[Background GC]: https://a.example/bgc' and 1 more", d.Message, StringComparison.Ordinal);
        Assert.Equal("to list the post, write it as a link: [Background GC](https://a.example/bgc)", d.Hint);
    }

    // "[//]: # (a comment)" is Markdown's comment, and a definition of a "#…" anchor points into the list itself:
    // neither is a post that a link was meant to list.
    [Fact]
    public void A_comment_written_as_a_definition_is_no_lost_post()
    {
        var (list, diagnostics) = Parse(
            "- [Regions](https://a.example/regions)\n\n[//]: # (These are the notes' reference links.)\n"
                + "[top]: #notes\n"
        );

        Assert.Equal(["https://a.example/regions"], list.Posts.Select(p => p.Url));
        Assert.Empty(diagnostics);
    }

    // A table written without spaces around its pipes: Markdig's bare address runs on into the '|' ("…/|25"), so the
    // rows are read as one paragraph. The address ends at the pipe, and a warning at the table's first row says how
    // to write it; the same table with spaces is read as a table, without a warning.
    [Fact]
    public void A_bare_address_ends_at_a_pipe_and_a_table_read_as_a_paragraph_is_said()
    {
        var (list, diagnostics) = Parse("Intro.\n\nLink|Pages\n---|---\nhttps://a.example/perf/|25 pages\n");

        Assert.Equal(["https://a.example/perf/"], list.Posts.Select(p => p.Url));
        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.MalformedLink);
        Assert.Equal((3, 1), (d.Location.Line, d.Location.Column));
        Assert.StartsWith("not read as a table", d.Message, StringComparison.Ordinal);

        var (table, spaced) = Parse("Intro.\n\nLink | Pages\n--- | ---\nhttps://a.example/perf/ | 25 pages\n");
        Assert.Equal(["https://a.example/perf/"], table.Posts.Select(p => p.Url));
        Assert.Equal("25 pages", table.Posts[0].Note);
        Assert.DoesNotContain(spaced, d => d.Code == DiagnosticCodes.MalformedLink);
    }

    // A table without its separator row, or with it below the first body row: one paragraph, each post's note the
    // other rows' text. Said at the row to fix, with what to do; the table written right is read without a warning.
    [Theory]
    [InlineData("| A | B |\n| [P](https://a.example/p) | gc |\n| [Q](https://a.example/q) | jit |\n", 3,
        "add a separator row below this header row, a '---' a column: | --- | --- |")]
    [InlineData("| A | B |\n| [P](https://a.example/p) | gc |\n|---|---|\n| [Q](https://a.example/q) | jit |\n", 5,
        "move this row up, right below the header row on line 3")]
    public void A_table_whose_separator_row_is_missing_or_misplaced_is_said(string table, int line, string hint)
    {
        var (_, diagnostics) = Parse("# L\n\n" + table);

        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.MalformedLink);
        Assert.Equal((line, 1), (d.Location.Line, d.Location.Column));
        Assert.StartsWith("not read as a table", d.Message, StringComparison.Ordinal);
        Assert.Equal(hint, d.Hint);

        var (right, none) = Parse("# L\n\n| A | B |\n| --- | --- |\n| [P](https://a.example/p) | gc |\n");
        Assert.Equal("gc", Assert.Single(right.Posts).Note);
        Assert.DoesNotContain(none, d => d.Code == DiagnosticCodes.MalformedLink);
    }

    // Copied from Hacker News, Twitter or a chat: the address is cut short, its end shown as "…" or "...".
    [Theory]
    [InlineData("- [Perf](https://devblogs.microsoft.com/dotnet/perf…)", 3, "…")]
    [InlineData("- Tiered https://devblogs.microsoft.com/dotnet/tiered-comp…", 10, "…")]
    [InlineData("GC\nhttp://mattwarren.org/2016/06/20/Visualising-the-dotNET-Garb...", 1, "...")]
    public void An_address_cut_short_is_skipped(string markdown, int column, string end)
    {
        var (list, diagnostics) = Parse(markdown + "\n\n- [Whole](https://a.example/whole)\n");

        Assert.Equal("https://a.example/whole", Assert.Single(list.Posts).Url);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MalformedLink, d.Code);
        Assert.Equal(column, d.Location.Column);
        Assert.EndsWith($"skipped: it ends in '{end}', an address cut short", d.Message, StringComparison.Ordinal);
    }

    // Copied from a tweet: "Writing High Performance Code in .NET by Bart de Smet https://t.co/L5S9BsBlWe". The post
    // is read, but under the shortener's address, which a list elsewhere giving the post's own would not match.
    [Fact]
    public void A_short_link_is_read_with_a_warning_to_put_the_address_it_leads_to()
    {
        var (list, diagnostics) = Parse(
            "- Writing High Performance Code in .NET https://t.co/L5S9BsBlWe\n"
                + "- [Pinning](https://www.bit.ly/3xYz)\n"
                + "- [GC](https://aka.ms/gc-docs)\n"
                + "- [Home](https://t.co/)\n"
                + "- [Tiered compilation](https://devblogs.microsoft.com/dotnet/tiered-compilation/)\n"
                + "- [Pro .NET Memory Management](https://amzn.to/2HbT1kz)\n"
        );

        Assert.Equal(6, list.Posts.Length);
        Assert.Equal(
            [(1, 41), (2, 3), (3, 3), (6, 3)],
            diagnostics.Select(d => (d.Location.Line, d.Location.Column))
        );
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.ShortLink, d.Code));
        Assert.Equal("open it in a browser and put the address it leads to in the list", diagnostics[0].Hint);
    }

    [Fact]
    public void A_file_beside_the_list_is_a_relative_link_not_an_address()
    {
        var (list, diagnostics) = Parse("- [GC](gc.md)\n- [JIT](docs/jit.html)\n- [FAQ](botr/faq.md)\n");

        Assert.Empty(list.Posts);
        Assert.Equal(DiagnosticCodes.RelativeLink, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Other_schemes_are_reported_as_malformed()
    {
        var (list, diagnostics) = Parse("[ftp](ftp://example.org/file)\n");
        Assert.Empty(list.Posts);
        Assert.Equal(DiagnosticCodes.MalformedLink, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Both_seeds_are_read_with_every_link()
    {
        var shared = Repo.RequireShared();

        foreach (var seed in Directory.GetFiles(Path.Combine(shared, "seeds")))
        {
            var bag = new DiagnosticBag();
            var list = ReadingListReader.ReadFile(seed, Path.GetFileName(seed), bag);
            Assert.NotNull(list);
            var links = SeedLinks.In(File.ReadAllText(seed));
            Assert.Equal(links.Count(l => !l.StartsWith("..", StringComparison.Ordinal)), list.Posts.Length);
            Assert.All(list.Posts, p => Assert.False(string.IsNullOrWhiteSpace(p.Title)));
        }
    }
}
