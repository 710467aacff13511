using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using ClrGraph.Tests.Support;
using ClrGraph.Validation;

namespace ClrGraph.Tests.Reading;

/// <summary>Titles, notes and sections as a reader would write them, from lists in the shapes real lists
/// have.</summary>
public class ReadingListFidelityTests
{
    private static (ReadingList List, IReadOnlyList<Diagnostic> Diagnostics) Parse(string markdown)
    {
        var bag = new DiagnosticBag();
        var list = ReadingListReader.Parse(markdown, "list.md", bag);
        return (list, bag.Sorted());
    }

    private static ListedPost Post(ReadingList list, string url) => list.Posts.Single(p => p.Url == url);

    // Each post as read: its address, title, note, and where its link is.
    private static IEnumerable<(string, string, string, int, int)> Read(ReadingList list) =>
        list.Posts.Select(p => (p.Url, p.Title, p.Note, p.Location.Line, p.Location.Column));

    [Fact]
    public void Every_post_of_the_fixture_has_the_title_and_note_written_by_hand()
    {
        var folder = Path.Combine(Repo.Fixtures, "fidelity");
        var bag = new DiagnosticBag();
        var list = ReadingListReader.ReadFile(Path.Combine(folder, "list.md"), "list.md", bag)!;
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.tsv"))
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => (Url: f[0], Title: f[1], Fallback: f[2] == "yes", Note: f[3]))
            .ToList();

        Assert.Equal(expected.Select(e => e.Url), list.Posts.Select(p => p.Url));
        foreach (var (e, post) in expected.Zip(list.Posts))
        {
            Assert.Equal((e.Url, e.Title, e.Fallback, e.Note), (post.Url, post.Title, post.TitleIsFallback, post.Note));
        }
    }

    [Fact]
    public void Fixture_sections_lose_the_document_title_badges_colons_and_quotes()
    {
        var list = ReadingListReader.ReadFile(
            Path.Combine(Repo.Fixtures, "fidelity", "list.md"),
            "list.md",
            new DiagnosticBag()
        )!;
        Assert.Equal(
[
                "Garbage Collection", "Threads", "Tables", "Addresses on lines of their own",
                "Addresses on lines of their own › Channel templates", "A kind before an address",
                "A site's name before its link", "Bare addresses in HTML",
            ],
            list.Posts.Select(p => p.Section).Distinct()
        );
    }

    [Fact]
    public void Each_table_row_is_an_item_whose_other_cells_are_its_note()
    {
        var (list, diagnostics) = Parse(
            "| Name | Description |\n| --- | --- |\n| [A](https://a.example/1) | about A |\n"
                + "| [B](https://b.example/2) | about B, see [C](https://c.example/3) |\n| plain | row |\n"
        );
        Assert.Empty(diagnostics);
        Assert.Equal(
            [("A", "about A"), ("B", "about B"), ("C", "about B")],
            list.Posts.Select(p => (p.Title, p.Note))
        );
    }

    [Fact]
    public void A_table_rows_archive_link_is_left_out_by_an_ignore_pattern()
    {
        var bag = new DiagnosticBag();
        var list = ReadingListReader.Parse(
            "| Post | About |\n|---|---|\n"
                + "| [Tiered](https://a.example/t) ([archive](https://web.archive.org/web/1/https://a.example/t)) | "
                + "tiers |\n",
            "list.md",
            bag
        );
        var taxonomy = TaxonomyReader.Parse(
            "subsystems:\n  - id: gc\n    name: GC\nignore:\n  - web.archive.org/*\n",
            "t.yaml",
            "/tmp",
            bag
        )!;
        var corpus = CorpusValidator.Validate(taxonomy, [list], strict: false, bag);
        var post = Assert.Single(corpus.Posts);
        Assert.Equal(("https://a.example/t", "Tiered", "tiers"), (post.Url, post.Title, post.Note));
    }

    [Fact]
    public void A_table_row_with_a_part_link_borrows_its_main_links_title()
    {
        var (list, _) = Parse(
            "| Post | More |\n|---|---|\n| [Series](https://a.example/1) | [part 2](https://a.example/2) |\n"
        );
        Assert.Equal(["Series", "Series (part 2)"], list.Posts.Select(p => p.Title));
        Assert.All(list.Posts, p => Assert.Equal("", p.Note));
    }

    // "| Title | Author | Link |" rows whose link says only "link" or "read" were titled "link" and "read": the
    // row's first cell of words titles a link that says nothing alone, and a medium beside it is that post's.
    [Fact]
    public void A_table_rows_link_that_says_nothing_alone_is_titled_by_the_rows_first_words()
    {
        var (list, _) = Parse(
            "| Title | Author | Link |\n|---|---|---|\n"
                + "| Internals of the POH | Maoni | [link](https://a.example/1) |\n"
                + "| Put a DPAD on that GC! | Maoni | [read](https://a.example/2) |\n"
                + "| Regions | Maoni | [here](https://a.example/3) ([video](https://a.example/4)) |\n"
        );

        Assert.Equal(
            [
                ("Internals of the POH", "Maoni"),
                ("Put a DPAD on that GC!", "Maoni"),
                ("Regions", "Maoni"),
                ("Regions (video)", "Maoni"),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
    }

    // "| Title | Author | Year | Link |": the year cell was part of every note ("Maoni; 2020"). A cell that is only a
    // date is the post's year, as a note that is only a date is; the other cells stay the note.
    [Fact]
    public void A_table_rows_cell_of_a_date_is_the_posts_year()
    {
        var (list, _) = Parse(
            "| Title | Author | Year | Link |\n|---|---|---|---|\n"
                + "| Internals of the POH | Maoni | 2020 | [link](https://a.example/1) |\n"
                + "| Regions | Maoni | March 2022 | [Regions](https://a.example/2) |\n"
                + "| Pinning | Maoni | 300 | [Pinning](https://a.example/3) |\n"
        );

        Assert.Equal(
            [("Internals of the POH", "Maoni", 2020), ("Regions", "Maoni", 2022), ("Pinning", "Maoni; 300", null)],
            list.Posts.Select(p => (p.Title, p.Note, p.Year))
        );
    }

    // A debugging notes README links its recipes in a matrix: a row per problem, a column per database, "X" for each
    // recipe. Every post was titled "X". Each is the row's problem, told apart by its column; a column of addresses
    // ("URL") or of links that say nothing ("Link") tells nothing.
    [Fact]
    public void A_matrix_tables_check_marks_are_titled_by_their_row_and_column()
    {
        var (list, _) = Parse(
            "|    | MS SQL Server | MySQL |\n| --- | --- | --- |\n"
                + "| Slow queries | [X](https://a.example/1) | [X](https://a.example/2) |\n"
                + "| I/O problems | [X](https://a.example/3) |  |\n\n"
                + "| Name | URL |\n|---|---|\n| Regions | https://a.example/4 |\n"
        );

        Assert.Equal(
            ["Slow queries (MS SQL Server)", "Slow queries (MySQL)", "I/O problems (MS SQL Server)", "Regions"],
            list.Posts.Select(p => p.Title)
        );
    }

    // A Notion or Airtable export keeps its bookkeeping in columns: the notes were "March 3, 2023 10:15 AM; GC,
    // Memory; Done". A column of tags is a post's tags too, as a bookmark export's are; "Status" and "Created" are
    // no note.
    [Fact]
    public void A_tables_tag_column_is_tags_and_its_bookkeeping_columns_no_note()
    {
        var (list, _) = Parse(
            "| Name | Created | Tags | Status | Why | URL |\n|---|---|---|---|---|---|\n"
                + "| Internals of the POH | March 3, 2023 10:15 AM | GC, Memory | Done | pinning | https://a.e/1 |\n"
                + "| Hill climbing | 2023-03-04 | | To read | | https://a.example/2 |\n"
        );

        Assert.Equal(
            [("Internals of the POH", "GC, Memory; pinning", "GC, Memory"), ("Hill climbing", "", "")],
            list.Posts.Select(p => (p.Title, p.Note, p.Tags))
        );
        Assert.All(list.Posts, p => Assert.Null(p.Year));
    }

    [Theory]
    [InlineData("# The list\n\n## GC\n\n- [Post](https://a.example/1)\n", "The list", "GC")]
    [InlineData("---\ntitle: Front\n---\n# The list\n\n## GC\n\n- [Post](https://a.example/1)\n", "Front", "GC")]
    [InlineData("Intro\n\n# The list\n\n- [Post](https://a.example/1)\n", "The list", "")]
    [InlineData("# GC\n\n- [Post](https://a.example/1)\n\n# JIT\n", "list", "GC")]
    [InlineData("Refs:\n\n- [Post](https://a.example/1)\n\n# Explore code\n\nTry it.\n", "list", "")]
    [InlineData("## GC\n\n- [Post](https://a.example/1)\n", "list", "GC")]
    [InlineData("# Awesome\n\nHi\n\n# Contents\n\n## GC\n\n- [Post](https://a.e/1)\n", "Awesome", "GC")]
    [InlineData("# Awesome\n\n- [Post](https://a.example/1)\n\n# Contents\n", "list", "Awesome")]
    // A last H1 written a level too high ("# License") leaves the title that holds the sections a title.
    [InlineData("# Awesome\n\n## GC\n\n- [Post](https://a.example/1)\n\n# License\n\nCC0\n", "Awesome", "GC")]
    [InlineData("# GC\n\n## Blogs\n\n- [Post](https://a.example/1)\n\n# JIT\n\n## Blogs\n", "list", "GC › Blogs")]
    // A course module's notes open with "# Refs:" over their links (DiyazY/memoryexpert-course): no title.
    [InlineData("# Refs:\n\n- [Post](https://a.example/1)\n", "list", "Refs")]
    [InlineData("# See also\n\n## GC\n\n- [Post](https://a.example/1)\n", "list", "See also › GC")]
    // A page of links is named by its only H1 without a colon (an MkDocs site's "Resources" page).
    [InlineData("# Resources\n\n## GC\n\n- [Post](https://a.example/1)\n", "Resources", "GC")]
    [InlineData("# References:\n\n- [Post](https://a.example/1)\n", "list", "References")]
    public void The_only_H1_or_one_before_an_introduction_or_holding_the_sections_is_the_lists_title(
        string markdown,
        string title,
        string section
    )
    {
        var (list, _) = Parse(markdown);
        Assert.Equal((title, section), (list.Title, Assert.Single(list.Posts).Section));
    }

    [Fact]
    public void An_image_only_link_is_not_a_post()
    {
        var (list, diagnostics) = Parse(
            "[![build](https://ci.example/badge.svg)](https://ci.example/build) [![a](x.png) "
                + "![b](y.png)](https://ci.example/2)\n"
        );
        Assert.Empty(list.Posts);
        Assert.Empty(diagnostics);
    }

    // A list of papers, each a heading that links it, its abstract below.
    [Fact]
    public void A_heading_that_links_a_post_sits_in_the_headings_above_and_its_first_paragraph_is_the_note()
    {
        var (list, _) = Parse(
            "## Papers\n\n### [**Paper one** (A & B, 2015)](https://p.example/1)\n\n**Abstract**\n\n"
                + "It studies the GC.\n\nMore about it.\n\n### [Paper two](https://p.example/2) (2016)\n\n"
                + "Its text.\n\n### [Paper three](https://p.example/3)\n\n- [slides](https://s.example/3)\n\n"
                + "Not its note.\n\n### [Video](https://v.example/3)\n\n"
                + "### [Tool](https://t.example/) by [Author](https://a.example/)\n\nIt reads dumps.\n"
        );

        Assert.Equal(
            [
                ("Paper one", "Papers", "A & B: It studies the GC.", (int?)2015),
                ("Paper two", "Papers", "Its text.", (int?)2016),
                ("Paper three", "Papers", "", null),
                ("Paper three (slides)", "Papers › Paper three", "", null),
                ("Video", "Papers", "", null),
                ("Tool", "Papers", "by Author: It reads dumps.", null),
                ("Author", "Papers", "Tool", null),
            ],
            list.Posts.Select(p => (p.Title, p.Section, p.Note, p.Year))
        );
    }

    [Theory]
    [InlineData("# Contents")]
    [InlineData("## 📚 Table of Contents")]
    [InlineData("# TOC")]
    public void A_table_of_contents_heading_is_no_section_of_what_follows_it(string contents)
    {
        var (list, _) = Parse(
            $"# Awesome list\n\nIntro.\n\n{contents}\n\n- [Topic](#topic)\n\n"
                + "## Topic\n\n- [Post](https://a.example/1)\n"
        );

        Assert.Equal("Topic", Assert.Single(list.Posts).Section);
    }

    // Lists that describe an item in a block quote on the line below it (dzharii's notes, mjebrahimi's awesome list).
    [Fact]
    public void A_quote_right_below_a_list_item_describes_its_post()
    {
        var (list, _) = Parse(
            "## GC\n- 2022-03-10 [Avoid GC pressure](https://a.example/1)\n> Collections grow as you add items.\n"
                + "- Set an initial capacity\n\n* [Mapster](https://m.example/)\n> A fast object mapper.\n\n"
                + "* [Apart](https://a.example/2)\n\n> A quote after a blank line.\n\n"
                + "* [Linked](https://a.example/3)\n> See [this](https://a.example/4).\n\n"
                + "- [Outer](https://a.example/5)\n- [Inner](https://a.example/6)\n  - a point\n  > Not Outer's.\n"
        );

        Assert.Equal(
            [
                ("Avoid GC pressure", "Collections grow as you add items."),
                ("Mapster", "A fast object mapper."),
                ("Apart", ""),
                ("Linked", ""),
                ("this", ""),
                ("Outer", ""),
                ("Inner", "a point; Not Outer's."),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
        Assert.Equal(2022, list.Posts[0].Year);
    }

    [Fact]
    public void The_words_of_the_items_below_a_post_describe_it()
    {
        var (list, _) = Parse(
            "- [CLR via C#](https://book.example/clr)\n"
                + "   - *Chapter 21.* The Managed Heap and Garbage Collection.\n"
                + "   - Chapter 22 on hosting\n"
                + "   - [Chapter 3 code](https://code.example/3)\n"
                + "     - its own words\n"
                + "\n  Read it twice\n"
                + "- A title in words\n  - [video](https://v.example/1)\n  - not a note\n"
        );

        Assert.Equal(
            [
                (
                    "CLR via C#",
                    "Chapter 21. The Managed Heap and Garbage Collection. Chapter 22 on hosting; Read it twice"
                ),
                ("Chapter 3 code", "its own words"),
                ("A title in words (video)", ""),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
    }

    // A list without list markers, one link to a line: each line's note is its own, not the other lines' titles.
    [Fact]
    public void Links_one_to_a_line_are_items_of_their_own()
    {
        var (list, _) = Parse(
            "[Garbage collection](https://a.example/1)\n[Fundamentals](https://a.example/2) - the basics\n"
                + "[Workstation and server GC](https://a.example/3) ([video](https://v.example/3))\n\n"
                + "Refs:\nhttps://b.example/1\nhttps://b.example/2\n\n"
                + "[Pauses explained](https://c.example/1) by\n[Speaker](https://c.example/s): about pauses\n"
                + "[Other talk](https://c.example/2) on tuning\n\n"
                + "Wrapped prose with [Read this](https://d.example/1) and\n[that](https://d.example/2) together\n"
        );

        Assert.Equal(
            [
                ("Garbage collection", ""),
                ("Fundamentals", "the basics"),
                ("Workstation and server GC", ""),
                ("Workstation and server GC (video)", ""),
                ("https://b.example/1", ""),
                ("https://b.example/2", ""),
                ("Pauses explained", "about pauses"),
                ("Speaker", "about pauses"),
                ("Other talk", "on tuning"),
                ("Read this", "Wrapped prose with Read this and that together"),
                ("that", "Wrapped prose with Read this and that together"),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
    }

    // "Refs:" and below it the list indented by four spaces: Markdown reads the items as lines of the paragraph, their
    // markers as text. Every post got the whole paragraph, the other twelve titles, as its note.
    [Fact]
    public void Links_one_to_a_line_after_a_marker_read_as_text_are_items_of_their_own()
    {
        var (list, _) = Parse(
            "Refs:\n    * [Work flow, part 0](https://a.example/0)\n"
                + "    * [Work flow, part 1](https://a.example/1) - traces\n"
                + "    - https://b.example/leaks\n    + [Debug a leak](https://a.example/2)\n"
        );

        Assert.Equal(
            [
                ("Work flow, part 0", ""),
                ("Work flow, part 1", "traces"),
                ("https://b.example/leaks", ""),
                ("Debug a leak", ""),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
    }

    // A note taken in Obsidian, Logseq or a wiki links its other notes ("[[gc]]"): no posts, but words of its prose. A
    // line of them is no note of the item above it and leaves the links one to a line their own items; an item that
    // is a wiki link alone is a topic, no title for the addresses below it.
    [Fact]
    public void A_wiki_link_reads_as_its_words_and_a_line_or_item_of_them_titles_nothing()
    {
        var (list, diagnostics) = Parse(
            "[Tiered compilation](https://a.example/1)\n[Managed execution](https://a.example/2)\n"
                + "[[garbage collection]]\n[Dynamic PGO](https://a.example/3) - see [[jit]]\n\n"
                + "- [Pinning](https://b.example/1), see [[gc]] and [[poh|the POH]]\n"
                + "- [Regions](https://b.example/2) [draft] notes\n\n"
                + "- [[Garbage collection]]\n  - https://c.example/dpad\n- [[JIT]] notes\n  - https://c.example/net8\n"
        );

        Assert.Equal(
            [
                ("Tiered compilation", ""),
                ("Managed execution", ""),
                ("Dynamic PGO", "see jit"),
                ("Pinning", "see gc and poh"),
                ("Regions", "[draft] notes"),
                ("https://c.example/dpad", ""),
                ("JIT notes", ""),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
        Assert.Empty(diagnostics); // a link to another note loses no post
    }

    // GitHub reads "[^1]" as a footnote: its mark is no post titled "^1", and the address in its definition is one.
    [Fact]
    public void A_footnotes_address_is_a_post_and_its_mark_is_no_title()
    {
        var (list, diagnostics) = Parse(
            "- Pinning is harder than it looks[^1], and regions changed it[^2].\n"
                + "- [Internals of the POH](https://a.example/poh)\n\n"
                + "[^1]: https://v.example/pinning\n"
                + "[^2]: [Put a DPAD on that GC!](https://a.example/dpad), on regions\n"
        );

        Assert.Equal(
            [
                ("Internals of the POH", "", 2),
                ("https://v.example/pinning", "", 4),
                ("Put a DPAD on that GC!", "on regions", 5),
            ],
            list.Posts.Select(p => (p.Title, p.Note, p.Location.Line))
        );
        Assert.Empty(diagnostics);
    }

    // A link that says nothing alone ("more", an icon, an address) says nothing in another post's note either.
    [Fact]
    public void A_link_that_says_nothing_alone_is_no_part_of_a_note()
    {
        var (list, _) = Parse(
            "- [Hoisting explained](https://a.example/1) (and [more](https://a.example/2))\n"
                + "- [:scroll:](https://b.example/copy.pdf) [The Treadmill](https://b.example/1) - real time\n"
                + "- [Incremental GC](https://c.example/1), mirrored at https://c.example/mirror\n"
        );

        Assert.Equal(
            [
                ("Hoisting explained", ""),
                ("Hoisting explained (a.example)", ""),
                ("The Treadmill (b.example)", "real time"),
                ("The Treadmill", "real time"),
                ("Incremental GC", "mirrored at"),
                ("Incremental GC (c.example)", "mirrored at"),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
    }

    // Lines that end with a hard break (two spaces) are lines even when one opens with words.
    [Fact]
    public void Lines_that_end_with_a_hard_break_are_items_even_when_they_open_with_words()
    {
        var (list, _) = Parse(
            "[Memory Performance Analysis](https://a.example/1)  \n"
                + "Slides and posters: [Goodies](https://b.example/)  \n"
                + "[Memory poster](https://b.example/poster.pdf)\n"
        );

        Assert.Equal(
            [("Memory Performance Analysis", ""), ("Goodies", "Slides and posters"), ("Memory poster", "")],
            list.Posts.Select(p => (p.Title, p.Note))
        );
    }

    [Fact]
    public void The_words_below_a_post_stop_at_a_few_sentences()
    {
        var words = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"  - point {i} of many\n"));
        var (list, _) = Parse("- [Pro .NET Memory](https://a.example/1)\n" + words);

        var note = Assert.Single(list.Posts).Note;
        Assert.StartsWith("point 0 of many; point 1 of many", note, StringComparison.Ordinal);
        Assert.EndsWith(" of many…", note, StringComparison.Ordinal);
        Assert.InRange(note.Length, 950, 1001);
    }

    [Fact]
    public void A_long_paragraph_after_a_post_ends_after_its_last_sentence_that_fits()
    {
        var sentences = string.Concat(Enumerable.Range(0, 200).Select(i => $"Sentence {i} says a little more. "));
        var (list, _) = Parse("- [Pro .NET Memory](https://a.example/1): " + sentences + "\n");

        var note = Assert.Single(list.Posts).Note;
        Assert.StartsWith("Sentence 0 says a little more. Sentence 1 says", note, StringComparison.Ordinal);
        Assert.EndsWith(" says a little more. …", note, StringComparison.Ordinal);
        Assert.InRange(note.Length, 950, 1002);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("😀")] // after "a", a cut after 1,000 characters would split the last emoji in two
    public void A_note_of_one_word_of_100000_letters_is_cut_after_a_thousand(string letter)
    {
        var word = "a" + string.Concat(Enumerable.Repeat(letter, 100_000 / letter.Length));
        var (list, _) = Parse("- [Pro .NET Memory](https://a.example/1): " + word + "\n");

        var note = Assert.Single(list.Posts).Note;
        Assert.InRange(note.Length, 999, 1001);
        Assert.Equal(word[..(note.Length - 1)] + "…", note);
        Assert.False(char.IsHighSurrogate(note[^2]));
    }

    // A thumbnail whose address has a space is no image to Markdig (nor to GitHub): its text is the image written out.
    [Fact]
    public void A_link_to_an_image_that_Markdig_cannot_read_is_an_image_all_the_same()
    {
        var (list, diagnostics) = Parse(
            "- [![Talk one](/images/talk 1.png)](https://talks.example/1)\n"
                + "- [![logo](/a b.png) Pro .NET ![x](/c d.png)](https://book.example/)\n"
        );
        Assert.Equal("Pro .NET", Assert.Single(list.Posts).Title);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_link_with_an_image_and_text_is_a_post_titled_by_its_text()
    {
        var (list, _) = Parse("- [![logo](https://img.example/l.png) Pro .NET](https://book.example/)\n");
        Assert.Equal("Pro .NET", Assert.Single(list.Posts).Title);
    }

    [Theory]
    [InlineData("part 2", "Managed object internals (part 2)")]
    [InlineData("Part II", "Managed object internals (Part II)")]
    [InlineData("(part 3)", "Managed object internals (part 3)")]
    [InlineData("Part 2 of 3", "Managed object internals (Part 2 of 3)")]
    [InlineData("its sequel", "Managed object internals (sequel)")]
    [InlineData("the follow-up", "Managed object internals (follow-up)")]
    [InlineData("Часть 2", "Managed object internals (Часть 2)")]
    [InlineData("Teil 2", "Managed object internals (Teil 2)")]
    [InlineData("续", "Managed object internals (续)")]
    [InlineData("第二部分", "Managed object internals (第二部分)")]
    [InlineData("slides", "Managed object internals (slides)")]
    [InlineData("Video", "Managed object internals (video)")]
    [InlineData("source", "Managed object internals (source)")]
    [InlineData("blog", "Managed object internals (blog)")]
    [InlineData("summary", "Managed object internals (summary)")]
    [InlineData("write-up", "Managed object internals (write-up)")]
    [InlineData("Associated Slides", "Managed object internals (slides)")]
    [InlineData("the full video", "Managed object internals (video)")]
    [InlineData("Download Example Code", "Managed object internals (code)")]
    [InlineData("Code Listings", "Managed object internals (code listings)")]
    [InlineData("Download", "Managed object internals (download)")]
    [InlineData("more", "Managed object internals (other.example)")]
    [InlineData(":scroll:", "Managed object internals (other.example)")]
    [InlineData("here", "Managed object internals (other.example)")]
    [InlineData("Link", "Managed object internals (other.example)")]
    [InlineData("this", "Managed object internals (other.example)")]
    [InlineData("another", "Managed object internals (other.example)")]
    [InlineData("原文链接", "Managed object internals (other.example)")]
    [InlineData("a great video", "Managed object internals (video)")]
    [InlineData("https://www.other.example/x", "Managed object internals (other.example)")]
    [InlineData("", "Managed object internals (other.example)")]
    public void A_link_that_says_nothing_alone_takes_the_main_links_title(string text, string title)
    {
        var (list, diagnostics) = Parse(
            $"- [Managed object internals](https://blog.example/1) (also [{text}](https://www.other.example/x))\n"
        );
        Assert.Empty(diagnostics);
        var post = Post(list, "https://www.other.example/x");
        Assert.Equal((title, false), (post.Title, post.TitleIsFallback));
    }

    // A newsletter's "[Type driven domain modelling, part 1: types](…) and [part 2: evolving models](…)": the 2nd
    // was titled "part 2: evolving models", which names no series alone. A later part that opens with its number is
    // a part of the main link's series, joined as the main link joins its own.
    [Theory]
    [InlineData("Modelling, part 1: types", "part 2: evolving models", "Modelling, part 2: evolving models")]
    [InlineData("Memory issues – Part 0", "Part 2 – long suspension", "Memory issues: Part 2 – long suspension")]
    [InlineData("Modelling", "part 2: evolving models", "part 2: evolving models")]
    public void A_later_part_that_names_itself_takes_the_main_links_series(string main, string part, string title)
    {
        var (list, _) = Parse($"- [{main}](https://a.example/1) and [{part}](https://a.example/2) by Someone.\n");
        Assert.Equal(title, Post(list, "https://a.example/2").Title);
    }

    // The papers list links each paper's mention in the runtime's source: "[CoreCLR source reference](…)" into
    // github.com/dotnet/coreclr is the paper's "source reference"; the repository's name says where it is.
    [Theory]
    [InlineData("https://github.com/dotnet/coreclr/blob/main/src/jit/h.h", "Hopscotch Hashing (source reference)")]
    [InlineData("https://github.com/dotnet/runtime/blob/main/src/jit/h.h", "CoreCLR source reference")]
    [InlineData("https://a.example/coreclr/smallhash.h", "CoreCLR source reference")]
    public void A_medium_in_the_repository_it_names_takes_the_main_links_title(string target, string title)
    {
        var (list, _) = Parse(
            "### [**'Hopscotch Hashing' by Maurice Herlihy**](https://a.example/1) - [CoreCLR source reference]("
                + target + ")\n"
        );
        Assert.Equal(["Hopscotch Hashing", title], list.Posts.Select(p => p.Title));
    }

    // Praise is no title ("a great video" above), but "Awesome" names an awesome list.
    [Fact]
    public void An_awesome_list_of_talks_keeps_its_name()
    {
        var (list, _) = Parse(
            "- More talks: [Awesome talks](https://github.com/a/awesome-talks) and [Awesome .NET Performance]"
                + "(https://github.com/b/awesome-dot-net-performance).\n"
        );
        Assert.Equal(["Awesome talks", "Awesome .NET Performance"], list.Posts.Select(p => p.Title));
    }

    [Fact]
    public void Autolinks_and_bare_urls_take_the_main_links_title_even_before_it()
    {
        var (list, _) = Parse(
            "- <https://a.example/1> and https://b.example/2, then [The real title](https://c.example/3)\n"
        );
        Assert.Equal(
            ["The real title (a.example)", "The real title (b.example)", "The real title"],
            list.Posts.Select(p => p.Title)
        );
        Assert.All(list.Posts, p => Assert.False(p.TitleIsFallback));
    }

    [Fact]
    public void A_nested_item_borrows_from_its_parent_item_and_a_paragraph_does_not_borrow_from_the_one_before()
    {
        var (list, _) = Parse(
            "- [Series](https://a.example/1)\n  - [part "
                + "2](https://a.example/2)\n\n[Main](https://a.example/3)\n\n[more](https://a.example/4)\n"
        );
        Assert.Equal(["Series", "Series (part 2)", "Main", "more"], list.Posts.Select(p => p.Title));
        Assert.Equal([false, false, false, true], list.Posts.Select(p => p.TitleIsFallback));
    }

    [Theory]
    [InlineData("part 3")]
    [InlineData("Source")]
    [InlineData("Here")]
    [InlineData("Blog")]
    [InlineData("https://a.example/1")]
    public void Without_a_main_link_the_text_is_kept_and_marked_as_a_fallback(string text)
    {
        var (list, diagnostics) = Parse($"- [{text}](https://a.example/1): a note\n");
        Assert.Empty(diagnostics); // the warning comes from validation, where the taxonomy's title can still win
        var post = Assert.Single(list.Posts);
        Assert.Equal((text, true, "a note"), (post.Title, post.TitleIsFallback, post.Note));
    }

    [Fact]
    public void An_autolink_alone_is_titled_by_its_url_as_a_fallback()
    {
        var (list, _) = Parse("- <https://a.example/1>\n");
        var post = Assert.Single(list.Posts);
        Assert.Equal(("https://a.example/1", true), (post.Title, post.TitleIsFallback));
    }

    [Theory]
    [InlineData("\"Book of the Runtime\"", "Book of the Runtime")]
    [InlineData("“Book of the Runtime”", "Book of the Runtime")]
    [InlineData("‘Book of the Runtime’", "Book of the Runtime")]
    [InlineData("'Book of the Runtime'", "Book of the Runtime")]
    [InlineData("«Book of the Runtime»", "Book of the Runtime")]
    [InlineData("„Book of the Runtime“", "Book of the Runtime")]
    [InlineData("[Regions]", "Regions")] // "[[Regions]](…)", a wiki's brackets around a Markdown link
    [InlineData("[GC] Regions", "[GC] Regions")]
    [InlineData("\"How the `dotnet` CLI runs your code\"", "How the dotnet CLI runs your code")]
    [InlineData("\"Foo\" and \"Bar\"", "\"Foo\" and \"Bar\"")]
    [InlineData("A look at the internals of 'boxing' in the CLR", "A look at the internals of 'boxing' in the CLR")]
    [InlineData("\"Unclosed", "\"Unclosed")]
    public void Titles_lose_wrapping_quotes_only(string text, string title)
    {
        var (list, _) = Parse($"- [{text}](https://a.example/1)\n");
        Assert.Equal(title, Assert.Single(list.Posts).Title);
    }

    [Theory]
    [InlineData(
        "Posts that reference specific parts of the source:",
        "Posts that reference specific parts of the source"
    )]
    [InlineData("\"Threads\"", "Threads")]
    [InlineData("Threads :", "Threads")]
    [InlineData("Re: threads", "Re: threads")]
    public void Sections_lose_trailing_colons_and_wrapping_quotes(string heading, string section)
    {
        var (list, _) = Parse($"## {heading}\n\n- [Post](https://a.example/1)\n");
        Assert.Equal(section, Assert.Single(list.Posts).Section);
    }

    [Theory]
    [InlineData("??")]
    [InlineData("")]
    [InlineData("#")]
    [InlineData("TODO")]
    [InlineData("url")]
    [InlineData("<>")]
    public void A_placeholder_target_is_a_warning_of_its_own(string target)
    {
        // With a front matter url a placeholder would otherwise resolve to a post of the list's own site.
        var (list, diagnostics) = Parse($"---\nurl: https://lists.example/awesome/\n---\n\n- [Some post]({target})\n");
        Assert.Empty(list.Posts);
        var d = Assert.Single(diagnostics);
        Assert.Equal(
            (DiagnosticCodes.PlaceholderLink, Severity.Warning, 5, 3),
            (d.Code, d.Severity, d.Location.Line, d.Location.Column)
        );
        Assert.Contains(
            target is "" or "<>" ? "empty link target" : $"placeholder link target '{target}'",
            d.Message,
            StringComparison.Ordinal
        );
        Assert.Contains("'Some post'", d.Message, StringComparison.Ordinal);
        Assert.Equal("replace it with the post's URL, or remove the link", d.Hint);
    }

    [Fact]
    public void A_placeholder_without_a_front_matter_url_is_not_a_relative_link()
    {
        var (_, diagnostics) = Parse("- [Some post](??) and [Other](TODO)\n");
        Assert.Equal(
            [DiagnosticCodes.PlaceholderLink, DiagnosticCodes.PlaceholderLink],
            diagnostics.Select(d => d.Code)
        );
        Assert.All(diagnostics, d => Assert.DoesNotContain("url=", d.Hint ?? "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(
        "- [https://a.example/1](Swapped title)",
        "its text and address are swapped; the post is skipped",
        "write it as [Swapped title](https://a.example/1)"
    )]
    [InlineData(
        "- [14 to 2 seconds - part 2](14 to 2 seconds - part 1)",
        "its address has spaces; the post is skipped",
        "put the post's URL between the parentheses"
    )]
    [InlineData(
        "- [CLRMD]({{ base }}/2016/09/06/clrmd/)",
        "its address is a template that only the site's generator fills in; the post is skipped",
        "write the post's full address"
    )]
    [InlineData(
        "- [Spaced] (https://a.example/1)",
        "a space between ] and ( leaves the address without its title",
        "remove the space"
    )]
    [InlineData(
        "- [Undefined][gc2]",
        "its reference [gc2] is defined nowhere; the post is skipped",
        "add a line '[gc2]: https://…' to the list, or write the link as [title](https://…)"
    )]
    [InlineData(
        "- (Marks swapped)[https://a.example/1]",
        "its parentheses and brackets are swapped; the post is skipped",
        "write it as [Marks swapped](https://a.example/1)"
    )]
    [InlineData(
        "- [[Pinning explained|https://a.example/1]]",
        "it is a wiki link, which Markdown does not read; the post is skipped",
        "write it as [Pinning explained](https://a.example/1)"
    )]
    public void Text_written_as_a_link_that_markdown_does_not_read_is_a_warning_at_its_place(
        string item,
        string problem,
        string hint
    )
    {
        var (_, diagnostics) = Parse($"# List\n\n- [Good](https://a.example/0)\n  {item[2..]}\n");

        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.MalformedLink);
        Assert.Equal((Severity.Warning, 4, 3), (d.Severity, d.Location.Line, d.Location.Column));
        Assert.Equal("not read as a link: " + problem, d.Message);
        Assert.Equal(hint, d.Hint);
    }

    // "[T](https://a.b/gc regions.html)" is no link, and its address, read bare up to the space, was a post at the
    // wrong address while the warning said the post was skipped.
    [Fact]
    public void An_address_with_a_space_is_skipped_whole_and_the_hint_writes_it_with_percent_20()
    {
        var (list, diagnostics) = Parse(
            "- [Regions](https://a.example/gc regions.html)\n- [Good](https://a.example/0)\n"
        );

        Assert.Equal(["https://a.example/0"], list.Posts.Select(p => p.Url));
        var d = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.MalformedLink);
        Assert.Equal("not read as a link: its address has spaces; the post is skipped", d.Message);
        Assert.Equal("write each space in it as %20: (https://a.example/gc%20regions.html)", d.Hint);
    }

    // A Japanese IL memo's "コンパイラのオプション:https://…" and a memo's
    // "Background GC<br>https://…": GitHub links neither address, and the posts were lost without a word.
    [Fact]
    public void An_address_right_after_a_word_or_a_line_break_tag_is_a_warning_at_the_address()
    {
        var (list, diagnostics) = Parse(
            "- Options:https://a.example/1\n- Background GC<br>https://a.example/2\n- Fine: https://a.example/3\n"
                + "- [Read](https://a.example/4?from=https://a.example/5) <a href=\"https://a.example/6\">HTML</a>\n"
        );

        Assert.Equal(
            ["https://a.example/3", "https://a.example/4?from=https://a.example/5", "https://a.example/6"],
            list.Posts.Select(p => p.Url)
        );
        Assert.Equal(
            [
                (1, 11, "put a space or a line break before https://a.example/1"),
                (2, 20, "put a space or a line break before https://a.example/2"),
            ],
            diagnostics.Select(d => (d.Location.Line, d.Location.Column, d.Hint))
        );
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.MalformedLink, d.Code));
    }

    [Fact]
    public void A_defined_reference_a_check_box_and_a_footnote_are_no_undefined_reference()
    {
        var (list, diagnostics) = Parse(
            "- [Defined][gc1]\n- [x][Done](https://a.example/2)\n- A claim[^1]\n\n[gc1]: https://a.example/1\n"
        );

        Assert.Equal(["https://a.example/1", "https://a.example/2"], list.Posts.Select(p => p.Url));
        Assert.DoesNotContain(diagnostics, d => d.Code == DiagnosticCodes.MalformedLink);
    }

    [Fact]
    public void Links_that_markdown_does_not_read_are_warned_in_text_order_across_lines()
    {
        var (_, diagnostics) = Parse(
            "- [Spaced] (https://a.example/1) and\n  [Swapped](with spaces) and\n  [Again] (https://a.example/3)\n"
        );

        Assert.Equal([(1, 3), (2, 3), (3, 3)], diagnostics.Select(d => (d.Location.Line, d.Location.Column)));
    }

    // A link written in HTML inside Markdown text is a link as a Markdown one is: its text the title, the words
    // around it the note; one with an image alone is a badge, and one that never ends is no link.
    [Fact]
    public void A_link_written_in_html_inside_markdown_text_is_read()
    {
        var (list, diagnostics) = Parse(
            "- <a href=\"https://a.example/1\" target=\"_blank\">In HTML</a> - what it is about\n"
                + "- <a href=\"https://a.example/2\"><b>Bold title</b></a> by [Author](https://twitter.com/author)\n"
                + "- <a href=\"https://a.example/5\"><img src=\"https://img.example/b.svg\"></a> Badge only\n"
                + "- <a href=\"https://a.example/6\">Unclosed and then text\n"
                + "- **<a href=\"https://a.example/7\">Emphasised link</a>**: note &amp; more\n"
        );

        Assert.Equal(
            [
                ("https://a.example/1", "In HTML", "what it is about", 1, 3),
                ("https://a.example/2", "Bold title", "by Author", 2, 3),
                ("https://twitter.com/author", "Author", "Bold title", 2, 58),
                ("https://a.example/7", "Emphasised link", "note & more", 5, 5),
            ],
            Read(list)
        );
        Assert.Empty(diagnostics);
    }

    // A talk list written for Jekyll (Matt Warren's "Presentations and Talks covering .NET Internals"): each talk is a
    // paragraph right below an anchor tag, which CommonMark reads as HTML up to the next blank line, and Jekyll's
    // kramdown as an anchor followed by Markdown.
    [Fact]
    public void An_anchor_alone_on_its_line_is_read_as_a_blank_line()
    {
        var (list, diagnostics) = Parse(
            "<span id=\"perfview\"/>\n[**PerfView**](https://a.example/1) by [Sasha](https://s.example/)\n\n"
                + "<span id=\"channel9\"/>\n## Channel 9\n\n- [Talk](https://a.example/2)\n\n"
                + "<A NAME='old'></A>\n- [Old](https://a.example/3)\n\n"
                + "<span id=\"open\">\n[Unclosed](https://a.example/4), as written\n\n"
                + "<span id=\"apart\"/>\n\n[Apart](https://a.example/5)\n"
        );

        Assert.Empty(diagnostics);
        Assert.Equal(
            [
                ("PerfView", "", "by Sasha", 2, 1),
                ("Sasha", "", "PerfView", 2, 40),
                ("Talk", "Channel 9", "", 7, 3),
                ("Old", "Channel 9", "", 10, 3),
                ("Unclosed", "Channel 9", "as written", 13, 1),
                ("Apart", "Channel 9", "", 17, 1),
            ],
            list.Posts.Select(p => (p.Title, p.Section, p.Note, p.Location.Line, p.Location.Column))
        );
    }

    // A link in the middle of a sentence is a word of it: without its text, its own note would fall apart ("start
    // from the or the FAQ", "When in doubt or ask"). A link that opens its item or its sentence, or ends it after a
    // word that needs no noun, leaves a hole.
    [Fact]
    public void A_link_with_words_on_both_sides_keeps_its_text_in_its_own_note()
    {
        var (list, _) = Parse(
            "Start from the [table of contents](https://a.example/1) or the [FAQ](https://a.example/2), then pick.\n\n"
                + "For example [Modern GC](https://b.example/1) and\n"
                + "[Faster apps](https://b.example/2) are worth it\n\n"
                + "- [Pinning](https://c.example/1) and why it hurts\n"
                + "- Read *[Spans](https://c.example/2)* for more\n"
                + "- See [Tiering](https://c.example/3): how it works\n"
                + "- Maoni's post [Server GC](https://c.example/4)\n"
                + "- A guide for [PerfView](https://c.example/5), what it can do\n"
                + "- When in doubt, [read the source](https://c.example/6) or ask\n"
                + "- Its author, [Maoni](https://c.example/7)\n"
        );

        Assert.Equal(
            [
                ("table of contents", "Start from the table of contents or the FAQ, then pick."),
                ("FAQ", "Start from the table of contents or the FAQ, then pick."),
                ("Modern GC", "For example Modern GC and Faster apps are worth it"),
                ("Faster apps", "For example Modern GC and Faster apps are worth it"),
                ("Pinning", "and why it hurts"),
                ("Spans", "Read for more"),
                ("Tiering", "See: how it works"),
                ("Server GC", "Maoni's post"),
                ("PerfView", "A guide for PerfView, what it can do"),
                ("read the source", "When in doubt, read the source or ask"),
                ("Maoni", "Its author"),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
    }

    // Link logs and talk lists date each post beside it; a note of only a date is the post's year, not its note. A date
    // with other words stays in the note.
    [Theory]
    [InlineData("- [Talk](https://a.example/1) (2009)", 2009)]
    [InlineData("- 2022-03-10 [Pinning](https://a.example/1)", 2022)]
    [InlineData("- [Pinning](https://a.example/1) - March 2021", 2021)]
    [InlineData("- Mar 10, 2019: [Pinning](https://a.example/1)", 2019)]
    [InlineData("| Title | Year |\n| --- | --- |\n| [Pinning](https://a.example/1) | 2018 |", 2018)]
    [InlineData("- [Pinning](https://a.example/1) (2021 edition)", null)]
    [InlineData("- [Pinning](https://a.example/1) - March 1970", null)]
    public void A_date_alone_beside_a_post_is_its_year(string markdown, int? year)
    {
        var (list, _) = Parse(markdown);

        var post = Assert.Single(list.Posts);
        Assert.Equal(year, post.Year);
        Assert.Equal(year is null, post.Note.Length > 0);
    }

    // Paper lists put the authors and the year in the link's text, in brackets after the title.
    [Theory]
    [InlineData("[**Type safety of C#** (Fruja, 2007)](https://a.example/1)", "Type safety of C#", "Fruja", 2007)]
    [InlineData("[Pinning (A, B & C, 2015)](https://a.example/1): why", "Pinning", "A, B & C: why", 2015)]
    [InlineData("[Tiering (2019)](https://a.example/1)", "Tiering", "", 2019)]
    [InlineData("[C# (2021 edition)](https://a.example/1)", "C# (2021 edition)", "", null)]
    [InlineData("[(2019)](https://a.example/1) Tiering", "(2019)", "Tiering", null)]
    public void A_year_in_brackets_at_the_end_of_a_link_s_text_is_the_post_s(
        string markdown,
        string title,
        string note,
        int? year
    )
    {
        var (list, _) = Parse(markdown);

        var post = Assert.Single(list.Posts);
        Assert.Equal((title, note, year), (post.Title, post.Note, post.Year));
    }

    // Lists of posts and books often end a link's text with its authors, as Amazon's and some blogs' titles do.
    [Theory]
    [InlineData("[Performance Improvements in .NET 8 by Stephen Toub](https://a.example/1)",
        "Performance Improvements in .NET 8", "by Stephen Toub")]
    [InlineData("[Writing High-Performance .NET Code Paperback by **Ben Watson**](https://a.example/1): a book",
        "Writing High-Performance .NET Code", "by Ben Watson: a book")]
    [InlineData("[Essential .NET by Don Box, Chris Sells](https://a.example/1)",
        "Essential .NET", "by Don Box, Chris Sells")]
    [InlineData("[The Danger of Atomic Operations by Dmitry Vyukov et al](https://a.example/1)",
        "The Danger of Atomic Operations", "by Dmitry Vyukov et al")]
    [InlineData("[Faster pipelines by removing closures by Daniel Marbach](https://a.example/1)",
        "Faster pipelines by removing closures", "by Daniel Marbach")]
    [InlineData("[Replace performance counters by CLR event tracing](https://a.example/1)",
        "Replace performance counters by CLR event tracing", "")]
    [InlineData("[Code generated by the JIT](https://a.example/1)", "Code generated by the JIT", "")]
    [InlineData("[Pinning by Example](https://a.example/1)", "Pinning by Example", "")]
    [InlineData("[Startup by ReadyToRun Images](https://a.example/1)", "Startup by ReadyToRun Images", "")]
    [InlineData("[Finalizers by Jean-Philippe O'Brien](https://a.example/1)", "Finalizers", "by Jean-Philippe O'Brien")]
    // A Medium page's title copied without its bars: the author, the month and the site.
    [InlineData("[Cancellation by Jane Doe Aug, 2022 Medium](https://a.example/1)", "Cancellation", "by Jane Doe")]
    // A list of research papers (mattwarren.org, "Research papers in the .NET source") quotes each title.
    [InlineData("### [**'Hopscotch Hashing' by Maurice Herlihy, Nir Shavit, and Moran Tzafrir**](https://a.example/1)",
        "Hopscotch Hashing", "by Maurice Herlihy, Nir Shavit, and Moran Tzafrir")]
    [InlineData("[“Left Leaning Red Black trees” by Robert Sedgewick](https://a.example/1)",
        "Left Leaning Red Black trees", "by Robert Sedgewick")]
    public void Authors_at_the_end_of_a_link_s_text_are_its_note(string markdown, string title, string note)
    {
        var (list, _) = Parse(markdown);

        var post = Assert.Single(list.Posts);
        Assert.Equal((title, note), (post.Title, post.Note));
    }

    // A tag that holds or opens something (a <div>, <details>, an <a> with an address) is no anchor: the Markdown it
    // takes in is shown as written, so its links are no posts.
    [Fact]
    public void Markdown_that_an_html_block_takes_in_is_a_warning_with_the_line_to_mend()
    {
        var (list, diagnostics) = Parse(
            "<div align=\"center\">\n[![badge](https://img.example/b.svg)](https://a.example/3)\n</div>\n\n"
                + "<details>\n\n- [Folded](https://a.example/1)\n\n</details>\n\n"
                + "<div>\n- [Inside](https://a.example/2)\n\n"
                + "<span class=\"note\">\n# Heading\n\n"
                + "<!-- a comment\n[Hidden](https://a.example/4)\n-->\n\n<a id=\"x\" href=\"https://a.example/6\">\n"
                + "[Kept](https://a.example/5)\n"
        );

        Assert.Equal(
            [
                (
                    12,
                    3,
                    "not read as Markdown: the HTML tag on line 11 runs to the next blank line, so this line is HTML; "
                        + "its links are skipped",
                    "put a blank line after line 11"
                ),
                (
                    15,
                    1,
                    "not read as Markdown: the HTML tag on line 14 runs to the next blank line, so this heading is "
                        + "HTML and starts no section",
                    "put a blank line after line 14"
                ),
                (
                    22,
                    1,
                    "not read as Markdown: the HTML tag on line 21 runs to the next blank line, so this line is HTML; "
                        + "its links are skipped",
                    "put a blank line after line 21"
                ),
            ],
            diagnostics.Select(d => (d.Location.Line, d.Location.Column, d.Message, d.Hint))
        );
        Assert.Equal([("Folded", "")], list.Posts.Select(p => (p.Title, p.Section)));
    }

    // A blog post moved to Markdown with its list still in HTML: each <a href> with text is a link and each <li> or
    // <p> an item; an embedded tweet and a badge are no reading list.
    [Fact]
    public void Links_written_in_html_are_read_as_a_list()
    {
        var (list, diagnostics) = Parse(
            "<ol>\n  <li><div><a class=\"\" href=\"https://a.example/1\">Automatic Memory Management</a></div></li>\n"
                + "  <li><a href='https://a.example/2'>Using GC Efficiently &ndash; Part 2</a> (2004)</li>\n"
                + "  <li><A HREF=https://a.example/3>Three</a>\n"
                + "</ol>\n\n<blockquote class=\"twitter-tweet\"><p>Read these</p>&mdash; Someone "
                + "<a href=\"https://twitter.com/s/status/1\">January 12, 2018</a></blockquote>\n\n"
                + "<p align=\"center\"><a href=\"https://a.example/4\"><img src=\"https://img.example/b.svg\"></a>"
                + "</p>\n\n"
                + "<p>Only <a href=\"https://a.example/5\"><b>one</b></a> here "
                + "(<a href=\"https://a.example/6\">pdf</a>).</p>\n"
        );

        Assert.Equal(
            [
                ("https://a.example/1", "Automatic Memory Management", "", 2, 12),
                ("https://a.example/2", "Using GC Efficiently – Part 2", "", 3, 7),
                ("https://a.example/3", "Three", "", 4, 7),
                ("https://a.example/5", "one", "Only here.", 11, 9),
                ("https://a.example/6", "one (pdf)", "Only here.", 11, 60),
            ],
            Read(list)
        );
        Assert.Equal(2004, list.Posts[1].Year);
        Assert.Empty(diagnostics);
    }

    // Firefox, Pocket and Raindrop export a bookmark's tags as an attribute of its link.
    [Fact]
    public void A_bookmark_s_tags_are_read_with_it()
    {
        var (list, _) = Parse(
            "<ul>\n<li><a href=\"https://a.example/1\" TAGS=\"gc,memory\">Internals of the POH</a></li>\n"
                + "<li><a href='https://a.example/2' tags='jit &amp; tiering'>Tiered compilation</a></li>\n"
                + "<li><a href=\"https://a.example/3\">No tags</a></li>\n</ul>\n"
        );

        Assert.Equal(["gc,memory", "jit & tiering", ""], list.Posts.Select(p => p.Tags));
    }

    // A browser's bookmarks, exported: its first heading is the list's title, each folder a section, and the
    // description below a bookmark its note.
    [Fact]
    public void Exported_bookmarks_are_read_with_their_folders_as_sections()
    {
        var (list, diagnostics) = Parse(
            "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html\">\n"
                + "<TITLE>Bookmarks</TITLE>\n<H1>Bookmarks</H1>\n<DL><p>\n"
                + "    <DT><H3 ADD_DATE=\"1600000000\">CLR</H3>\n    <DL><p>\n"
                + "        <DT><A HREF=\"https://a.example/poh\" ADD_DATE=\"1\">Internals of the POH</A>\n"
                + "        <DD>Pinned objects get a heap &amp; a name\n    </DL><p>\n"
                + "    <DT><H3>Async</H3>\n    <DL><p>\n"
                + "        <DT><A HREF=\"https://a.example/async\">How Async/Await Really Works</A>\n"
                + "    </DL><p>\n</DL><p>\n"
        );

        Assert.Equal("Bookmarks", list.Title);
        Assert.Equal(
            [
                ("Internals of the POH", "CLR", "Pinned objects get a heap & a name"),
                ("How Async/Await Really Works", "Async", ""),
            ],
            list.Posts.Select(p => (p.Title, p.Section, p.Note))
        );
        Assert.Empty(diagnostics);
    }

    // A collapsible section, as GitHub shows <details>: its summary is a section below the headings around it, up to
    // its </details>.
    [Fact]
    public void A_collapsible_section_s_summary_is_a_section_up_to_its_end()
    {
        var (list, _) = Parse(
            "## Memory\n\n<details>\n<summary><b>Garbage collection</b></summary>\n\n- [POH](https://a.example/poh)\n\n"
                + "<details>\n<summary>Regions</summary>\n\n- [DPAD](https://a.example/dpad)\n\n</details>\n\n"
                + "- [Back](https://a.example/back)\n\n</details>\n\n- [After](https://a.example/after)\n\n"
                + "## JIT\n\n- [Tiered](https://a.example/tiered)\n"
        );

        Assert.Equal(
            [
                ("POH", "Memory › Garbage collection"),
                ("DPAD", "Memory › Garbage collection › Regions"),
                ("Back", "Memory › Garbage collection"),
                ("After", "Memory"),
                ("Tiered", "JIT"),
            ],
            list.Posts.Select(p => (p.Title, p.Section))
        );
    }

    // A Docusaurus page keeps its lists in tabs (<TabItem value="gc" label="Garbage collector">): each tab's label is
    // a section, as a collapsible section's summary is, up to its </TabItem>.
    [Fact]
    public void A_docusaurus_tab_s_label_is_a_section_up_to_its_end()
    {
        var (list, _) = Parse(
            "## Runtime\n\n<Tabs>\n<TabItem value=\"gc\" label=\"Garbage &amp; memory\">\n\n"
                + "- [POH](https://a.example/poh)\n\n</TabItem>\n<TabItem value=\"jit\" label=\"JIT\" default>\n\n"
                + "- [Tiered](https://a.example/tiered)\n\n</TabItem>\n</Tabs>\n\n- [After](https://a.example/after)\n"
        );

        Assert.Equal(
            [("POH", "Runtime › Garbage & memory"), ("Tiered", "Runtime › JIT"), ("After", "Runtime")],
            list.Posts.Select(p => (p.Title, p.Section))
        );
    }

    // "Click to expand" names the widget, not what it folds: the posts stay in the heading's section.
    [Theory]
    [InlineData("Click to expand")]
    [InlineData("Show more")]
    [InlineData("<b>Details</b>")]
    public void A_summary_that_says_how_to_open_it_is_no_section(string summary)
    {
        var (list, _) = Parse(
            $"## GC\n\n<details>\n<summary>{summary}</summary>\n\n- [POH](https://a.example/poh)\n\n</details>\n"
        );

        Assert.Equal("GC", Assert.Single(list.Posts).Section);
    }

    [Fact]
    public void A_paragraph_that_opens_with_a_link_in_bold_is_described_by_the_paragraph_below_it()
    {
        var (list, _) = Parse(
            "[**State of Performance**](https://a.example/1) by Adam\n\nHow to write code the GC likes.\n\n"
                + "**[Unix](https://a.example/2)**\n\nWhat had to change.\n\n"
                + "[Plain](https://a.example/3) is a post.\n\nNot about Plain.\n"
        );

        Assert.Equal(
            [
                ("State of Performance", "by Adam: How to write code the GC likes."),
                ("Unix", "What had to change."),
                ("Plain", "is a post."),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
    }

    [Fact]
    public void A_paragraph_with_links_of_its_own_below_a_talk_describes_the_talk_and_its_links_are_read()
    {
        var (list, _) = Parse(
            "[**Microbenchmarking**](https://a.example/1) by Andrey\n\n"
                + "How to measure, and the JIT on the way ([a tool](https://b.example/t)).\n\n"
                + "[**Safe code**](https://a.example/2) by Joe\n\n[**Next talk**](https://a.example/3)\n\n"
                + "[![Next talk](https://img.example/p.png)](https://a.example/4)\n"
        );

        Assert.Equal(
            [
                ("Microbenchmarking", "by Andrey: How to measure, and the JIT on the way (a tool)."),
                ("a tool", "How to measure, and the JIT on the way."),
                ("Safe code", "by Joe"),
                ("Next talk", ""),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
    }

    // Matt Warren's talk list: each talk is a block between rules, its title line and then a paragraph or two on it.
    [Fact]
    public void Every_paragraph_below_a_talk_up_to_the_next_rule_describes_it()
    {
        var (list, _) = Parse(
            "[**PerfView**](https://a.example/1) by Sasha\n\n"
                + "In fact, watch all his talks, [Modern GC](https://b.example/gc) first\n\n"
                + "This talk is a how-to guide for the tool.\n\n"
                + "[![PerfView](https://img.example/p.png)](https://a.example/1)\n\n----\n\n"
                + "Not about the talk.\n\n"
                + "[**Next talk**](https://a.example/2)\n\nIts one paragraph.\n\n## Later\n\nNot about it either.\n"
        );

        Assert.Equal(
            [
                (
                    "PerfView",
                    "by Sasha: In fact, watch all his talks, Modern GC first. This talk is a how-to guide for the tool."
                ),
                ("Modern GC", "In fact, watch all his talks, Modern GC first"),
                ("Next talk", "Its one paragraph."),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
    }

    [Fact]
    public void A_link_markdown_could_not_read_is_its_words_in_a_note()
    {
        var (list, _) = Parse(
            "- [Talk](https://a.example/1): features [CLRMD]({{ base }}/x/) and ![shot](/a b.png) more\n"
        );
        Assert.Equal("features CLRMD and more", Assert.Single(list.Posts).Note);
    }

    // A speaker's page (Adam Sitnik's "Speaking"): each talk an item of plain words, its events the items below it; a
    // list of references (commerble/decode2017): each item a title, and its address on the line below.
    [Fact]
    public void An_item_that_opens_with_its_own_words_titles_the_links_that_say_nothing_alone()
    {
        var (list, diagnostics) = Parse(
            "* Exceptional Exceptions in .NET ([slides](https://a.example/s), [video](https://a.example/v))\n"
                + "\t- DotNext, Moscow (9.12.2016) ([website](https://a.example/w))\n"
                + "* Defrag Tools on the CLR GC: [part 1](https://a.example/1), [part 2](https://a.example/2)\n"
                + "* https://a.example/bare — what it is about\n"
                + "* Fundamentals of Garbage Collection  \n  https://a.example/gc\n"
                + $"* {new string('x', 101)} [slides](https://a.example/long)\n"
        );

        Assert.Equal(
            [
                ("Exceptional Exceptions in .NET (slides)", ""),
                ("Exceptional Exceptions in .NET (video)", ""),
                ("Exceptional Exceptions in .NET (website)", "DotNext, Moscow (9.12.2016)"),
                ("Defrag Tools on the CLR GC (part 1)", ""),
                ("Defrag Tools on the CLR GC (part 2)", ""),
                ("https://a.example/bare", "what it is about"),
                ("Fundamentals of Garbage Collection", ""),
                ("slides", new string('x', 101)),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
        Assert.Empty(diagnostics);
        Assert.Equal(
            [
                .. Enumerable.Repeat(TitleOrigin.Borrowed, 5),
                TitleOrigin.Fallback,
                TitleOrigin.Borrowed,
                TitleOrigin.Fallback,
            ],
            list.Posts.Select(p => p.Origin)
        );
    }

    // A note page of labels and bare addresses (HolisticWare's notes on C# performance): the nearest label titles the
    // addresses below it, the first alone and each further one with its site.
    [Fact]
    public void The_nearest_label_titles_the_addresses_below_it_each_further_one_with_its_site()
    {
        var (list, _) = Parse(
            "* Strings / String Creation Manipulation\n"
                + "    * ValueStringBuilder\n"
                + "        * https://andrewlock.net/a-deep-dive-on-stringbuilder/\n"
                + "        * https://github.com/linkdotnet/StringBuilder\n"
                + "    * DefaultInterpolatedStringHandler\n"
                + "        * https://learn.microsoft.com/dotnet/api/handler\n"
                + "    * https://a.example/strings\n"
        );

        Assert.Equal(
            [
                "ValueStringBuilder",
                "ValueStringBuilder (github.com)",
                "DefaultInterpolatedStringHandler",
                "Strings / String Creation Manipulation",
            ],
            list.Posts.Select(p => p.Title)
        );
    }

    // Awesome lists mark items with emoji, rank or count them, and link a series' parts side by side, between bars or
    // dots.
    [Fact]
    public void Marks_before_an_item_s_words_are_no_note_and_parts_side_by_side_name_their_series()
    {
        var (list, _) = Parse(
            "- 📝 [Pinning](https://a.example/1) — why it hurts 🇬🇧\n"
                + "- 🎥 [Regions](https://a.example/2) (video, 45 min)\n"
                + "- ⭐ [Handbook](https://a.example/3)\n"
                + "- [Starred](https://a.example/4) ⭐ 350 | #3\n"
                + "- [GC internals, part 1](https://b.example/1) | [part 2](https://b.example/2) · "
                + "[Part 3](https://b.example/3)\n"
        );

        Assert.Equal(
            [
                ("Pinning", "why it hurts 🇬🇧"),
                ("Regions", "video, 45 min"),
                ("Handbook", ""),
                ("Starred", ""),
                ("GC internals, part 1", "part 2 · Part 3"),
                ("GC internals (part 2)", "Part 3"),
                ("GC internals (Part 3)", "part 2"),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
    }

    // A series in a note page: its name is an item of words, each part a link below it, named only by its number and
    // topic. Each part's title names the series; a link with a title of its own below it keeps that.
    [Fact]
    public void A_part_below_an_item_of_words_is_titled_with_the_series_they_name()
    {
        var (list, _) = Parse(
            "* Downloading stock prices in F#\n"
                + "  * [Part I - Data modeling](https://a.example/1)\n"
                + "  * [Part II: Html scraping](https://a.example/2)\n"
                + "  * [Async loaders](https://a.example/3)\n"
                + "* [Part 3 - Pinning](https://a.example/4)\n"
        );

        Assert.Equal(
            [
                "Downloading stock prices in F#: Part I - Data modeling",
                "Downloading stock prices in F#: Part II: Html scraping",
                "Async loaders",
                "Part 3 - Pinning",
            ],
            list.Posts.Select(p => p.Title)
        );
    }

    // Bookmarks: a site's name on a line of its own, its pages on the lines below, each line ending in a hard break.
    // A short label before a further page names it better than its site does; a longer one is words about it, and so
    // is one as long in characters, written without spaces (a Japanese note's
    // "…は指定しなくても参照される(").
    [Fact]
    public void An_item_s_first_line_of_words_alone_titles_the_addresses_on_the_lines_below()
    {
        var (list, _) = Parse(
            "- OSDev.org  \n  Wiki: http://wiki.osdev.org/Main_Page  \n  Forum: http://forum.osdev.org/\n"
                + "- Fundamentals of Garbage\n  Collection https://a.example/gc\n"
                + "- Book of the Runtime  \n  https://b.example/botr  \n  Link: https://b.example/faq  \n"
                + "  Read the intro first: https://c.example/intro\n"
                + "- コンパイルの流れ  \n  https://d.example/flow  \n"
                + "  mscorlib.dll(System.Objectとか基本型が入っている)"
                + "は指定しなくても参照される(https://d.example/ref)\n"
        );

        Assert.Equal(
            [
                "OSDev.org",
                "OSDev.org (Forum)",
                "Fundamentals of Garbage Collection",
                "Book of the Runtime",
                "Book of the Runtime (b.example)",
                "Book of the Runtime (c.example)",
                "コンパイルの流れ",
                "コンパイルの流れ (d.example)",
            ],
            list.Posts.Select(p => p.Title)
        );
    }

    // A notes page: "Further reading:" over its addresses titled both "Further reading" and "Further reading
    // (devblogs.microsoft.com)". Words that end in a colon introduce the addresses below them; a part or a medium
    // below them still takes their words, and "Title: https://…" on one line is still a title and its address.
    [Fact]
    public void Words_that_end_in_a_colon_introduce_the_addresses_below_them_and_title_none()
    {
        var (list, _) = Parse(
            "- Further reading:\n  - https://a.example/dpad\n  - https://b.example/poh\n"
                + "- Links:\n  https://c.example/configs\n"
                + "- Pro .NET Memory Management:\n  - [Chapter 1](https://d.example/1)\n"
                + "- Mastering memory in .NET: https://e.example/mem\n"
        );

        Assert.Equal(
            [
                ("https://a.example/dpad", true),
                ("https://b.example/poh", true),
                ("https://c.example/configs", true),
                ("Pro .NET Memory Management (Chapter 1)", false),
                ("Mastering memory in .NET", false),
            ],
            list.Posts.Select(p => (p.Title, p.TitleIsFallback))
        );
    }

    // A links page writes a name over the addresses it stands for, one to a line: ".NET Source Browser" over three
    // sites, "Clean Architecture Templates" over two repositories. The name titled the first and nothing else; it
    // names their group, and each keeps its address as its title (init reads one from it). One address under its
    // words is still titled by them.
    [Fact]
    public void Words_over_several_addresses_name_their_group()
    {
        var (list, _) = Parse(
            "## Posts\n\n"
                + "Clean Architecture Templates\n"
                + "https://github.com/ardalis/CleanArchitecture\n"
                + "https://github.com/jasontaylordev/CleanArchitecture\n\n"
                + "StartNew is dangerous\n"
                + "https://tasks.example/startnew\n"
        );

        Assert.Equal(
            [
                ("https://github.com/ardalis/CleanArchitecture", true, "Posts › Clean Architecture Templates"),
                ("https://github.com/jasontaylordev/CleanArchitecture", true, "Posts › Clean Architecture Templates"),
                ("StartNew is dangerous", false, "Posts"),
            ],
            list.Posts.Select(p => (p.Title, p.TitleIsFallback, p.Section))
        );
    }

    // An MkDocs site's resources page keeps its lists in content tabs ('=== "Microsoft SWE"') and admonitions, their
    // bodies indented four spaces: read as CommonMark code, every post in them was lost without a word. Indented code
    // that is no such block's body stays code, and the posts and warnings of a body keep the file's columns. A tab's
    // title names the section of its posts.
    [Fact]
    public void Lists_in_mkdocs_tabs_and_admonitions_are_read_as_mkdocs_reads_them()
    {
        var (list, diagnostics) = Parse(
            "## By source\n\n"
                + "=== \"Microsoft SWE\"\n"
                + "    Picked by [a colleague](https://people.example/someone)\n\n"
                + "    - [Internals of the POH](https://a.example/poh)\n"
                + "    - [Put a DPAD on that GC!](https://a.example/dpad)\n"
                + "    - [Later](TODO)\n\n"
                + "=== \"Others\"\n\n"
                + "    ??? tip \"Deeper\"\n"
                + "        - [Regions](https://a.example/regions)\n\n"
                + "!!! note\n\n"
                + "    [Pinning](https://a.example/pinning): why it costs\n\n"
                + "Code:\n\n"
                + "    - [Not a post](https://a.example/code)\n"
        );

        Assert.Equal(
            [
                ("https://people.example/someone", 4, 15),
                ("https://a.example/poh", 6, 7),
                ("https://a.example/dpad", 7, 7),
                ("https://a.example/regions", 13, 11),
                ("https://a.example/pinning", 17, 5),
            ],
            list.Posts.Select(p => (p.Url, p.Location.Line, p.Location.Column))
        );
        // A content tab's title is a section of the posts in it; an admonition's is none.
        Assert.Equal(
            ["By source › Microsoft SWE", "By source › Microsoft SWE", "By source › Microsoft SWE",
                "By source › Others", "By source"],
            list.Posts.Select(p => p.Section)
        );
        Assert.Equal("why it costs", list.Posts[4].Note);
        // A warning in a block's body points at the file's line and column, not the moved text's.
        Assert.Equal((8, 7), (diagnostics.Single().Location.Line, diagnostics.Single().Location.Column));
    }

    // A Jekyll page's list, written for kramdown: its attribute lists and header ids set HTML attributes. They were
    // notes ('{:target="_blank"}', '.external } {: .reading-list}') and parts of section names ("Threads {#threads}").
    [Fact]
    public void Kramdown_attribute_lists_and_header_ids_are_no_words_of_a_note_or_section()
    {
        var (list, diagnostics) = Parse(
            "## Memory {#memory}\n"
                + "* [Pro .NET Memory](https://prodotnetmemory.com/book){:target=\"_blank\"} - Konrad's book\n"
                + "* [Internals of the POH](https://devblogs.microsoft.com/dotnet/poh/){: .external }\n"
                + "{: .reading-list}\n\n"
                + "## Threads {: #threads}\n"
                + "* **[Hill climbing](https://mattwarren.org/hill/)**{: .hl} explained {#not-at-the-end} here\n"
                + "* {:.new} [Thread pool starvation](https://a.example/starvation) and its cure\n"
                + "{: .pick} [Channels](https://a.example/channels) in depth\n"
        );

        Assert.Equal(
            [
                ("Memory", "Konrad's book"),
                ("Memory", ""),
                ("Threads", "explained {#not-at-the-end} here"),
                ("Threads", "and its cure"),
                ("Threads", "in depth"),
            ],
            list.Posts.Select(p => (p.Section, p.Note))
        );
        Assert.Equal((7, 5), (list.Posts[2].Location.Line, list.Posts[2].Location.Column));
        Assert.Empty(diagnostics);
    }

    // GitHub draws ":movie_camera:" and ":fire:" as emoji; read as text, they were notes ("movie_camera: - from
    // allocation to collection", "star::fire: must read"). Markdig's emoji extension reads them as GitHub does.
    [Fact]
    public void Emoji_shortcodes_are_emoji_as_on_github()
    {
        var (list, _) = Parse(
            "- :movie_camera: [The Journey of a .NET Object](https://a.example/1) - from allocation to collection\n"
                + "- :star: [Internals of the POH](https://a.example/2) :fire: must read\n"
                + "- [C++/CLI: the good parts](https://a.example/3) :not_an_emoji: at 10:30:\n"
        );

        Assert.Equal(
            ["from allocation to collection", "must read", "not_an_emoji: at 10:30"],
            list.Posts.Select(p => p.Note)
        );
    }

    // GitHub's alerts ("> [!TIP]") box a few lines as a tip or a note: their marker was the start of a note,
    // "[!TIP] Start with Maoni's memory doc".
    [Fact]
    public void A_github_alert_s_marker_is_no_word_of_a_note()
    {
        var (list, _) = Parse(
            "> [!TIP]\n> Start with [Maoni's memory doc](https://a.example/mem), then the talks.\n\n"
                + "> [!NOTE]\r\n> - [Put a DPAD on that GC!](https://a.example/dpad) - regions\r\n"
        );

        Assert.Equal(
            ["Start with Maoni's memory doc, then the talks.", "regions"],
            list.Posts.Select(p => p.Note)
        );
    }

    // A title copied from a browser tab: the site's name goes, unless the link is to the site's home page or what
    // follows the name is a single word (a part of the site: "C#"). GitHub's and Medium's own names go too, on their
    // own pages: a bookmarks list of tab titles is full of "GitHub - owner/repo: what it is". Medium's tab puts the
    // author, the publication or the date between the title and its name: "Pinning | by Someone | Aug, 2022 | Medium".
    // Stack Overflow's puts the question's first tag before it: "c# - How does the GC work - Stack Overflow".
    [Fact]
    public void A_title_copied_from_a_browser_tab_loses_the_site_s_name()
    {
        var (list, _) = Parse(
            "- [Dictionary internals - Dotnetos - courses & conferences](https://dotnetos.org/blog/dictionary)\n"
                + "- [Paul Butler – What does it mean to listen on a port?](https://paulbutler.org/2022/port/)\n"
                + "- [Splitting CSV files at 3GB/s · Tinybird](https://blog.tinybird.co/2021/12/14/simd/)\n"
                + "- [Dotnetos - .NET Performance World](https://conf.dotnetos.org/)\n"
                + "- [GC Perf Infrastructure – Part 1](https://devblogs.microsoft.com/dotnet/gc-perf-1)\n"
                + "- [Performance Improvements in .NET 8 - .NET Blog](https://devblogs.microsoft.com/dotnet/pi-8/)\n"
                + "- [Careers - Why every engineer should keep a blog](https://a.example/careers/blog)\n"
                + "- [Microsoft DevBlogs - C#](https://devblogs.microsoft.com/dotnet/category/csharp/)\n"
                + "- [GitHub - dotnet/runtime: .NET is a cross-platform runtime](https://github.com/dotnet/runtime)\n"
                + "- [Pinning in .NET | Medium](https://medium.com/@someone/pinning-in-net-b75db3338897)\n"
                + "- [GitHub Pages - Pinning](https://someone.github.io/pinning/)\n"
                + "- [Async timeouts | by Yoshifumi Kawai | Aug, 2022 | Medium](https://neuecc.medium.com/a-b4)\n"
                + "- [Span for pinvoke | by Antão Almada | The Startup | Medium](https://medium.com/@a/p-a3)\n"
                + "- [Understanding the GC – Jane Doe – Medium](https://medium.com/@jane/understanding-gc-1a2b)\n"
                + "- [GC, part 1 – Regions – Jane Doe – Medium](https://medium.com/@jane/gc-part-1-3c4d)\n"
                + "- [Regions – Part 2 – Medium](https://medium.com/@jane/regions-part-2-5e6f)\n"
                + "- [Span deep dive - DEV Community](https://dev.to/someone/span-deep-dive-1a2b)\n"
                + "- [c# - How does the GC work - Stack Overflow](https://stackoverflow.com/questions/1/how-gc)\n"
                + "- [c# - How does the GC work](https://stackoverflow.com/questions/2/how-gc)\n"
        );

        Assert.Equal(
            [
                "Dictionary internals",
                "What does it mean to listen on a port?",
                "Splitting CSV files at 3GB/s",
                "Dotnetos - .NET Performance World",
                "GC Perf Infrastructure – Part 1",
                "Performance Improvements in .NET 8",
                "Careers - Why every engineer should keep a blog",
                "Microsoft DevBlogs - C#",
                "dotnet/runtime: .NET is a cross-platform runtime",
                "Pinning in .NET",
                "GitHub Pages - Pinning",
                "Async timeouts",
                "Span for pinvoke",
                "Understanding the GC", // Medium's older tab: the author between the title and the site
                "GC, part 1 – Regions – Jane Doe", // which part is the author is not known: the title is kept
                "Regions – Part 2",
                "Span deep dive",
                "How does the GC work", // the question's first tag goes with the site's name
                "c# - How does the GC work",
            ],
            list.Posts.Select(p => p.Title)
        );
    }

    // The same tab titles pasted as an item's words, its address on the line below: they lose the site's name too.
    [Fact]
    public void A_tab_title_above_its_address_loses_the_site_s_name()
    {
        var (list, _) = Parse(
            "* RyuJIT: The next-generation JIT compiler for .NET | .NET Blog  \n"
                + "  https://blogs.msdn.microsoft.com/dotnet/2013/09/30/ryujit/\n"
                + "* .net 4.0 - Difference between CLR 2.0 and CLR 4.0 - Stack Overflow  \n"
                + "  http://stackoverflow.com/questions/1626368/difference\n"
                + "* Fundamentals of Garbage Collection | Microsoft Docs\n  https://docs.microsoft.com/dotnet/gc/fun\n"
                + "* Dotnetos - .NET Performance World\n  https://conf.dotnetos.org/\n"
        );

        Assert.Equal(
            [
                "RyuJIT: The next-generation JIT compiler for .NET",
                "Difference between CLR 2.0 and CLR 4.0",
                "Fundamentals of Garbage Collection",
                "Dotnetos - .NET Performance World",
            ],
            list.Posts.Select(p => p.Title)
        );
    }

    // Maoni Stephens' list of her talks: paragraphs of a year, an event, the talk's name in quotes and links that only
    // say what form each is. Every post was titled "slides", "pdf" or "video", with the paragraph as its note.
    [Fact]
    public void A_talk_s_name_in_quotes_titles_its_slides_and_video_and_its_year_is_theirs()
    {
        var (list, _) = Parse(
            "2022 Internal talk - \"Diagnosing Memory Leaks\" [slides](https://a.example/leaks.pptx) "
                + "([pdf](https://a.example/leaks.pdf)), [video](https://v.example/1)\n\n"
                + "2020 dotnetos talk - \"What's so hard about pinning\" (in-depth talk on pinning): "
                + "[slides](https://a.example/pin.pptx)\n\n"
                + "2020年dotnetos演讲 - \"Pinning有什么难的\"（深入演讲）。"
                + "[视频](https://v.example/2)\n\n"
                + "- MPLR keynote: “Optimizations in the GC” [slides](https://a.example/opt.pptx)\n"
                + "- How does the \"fixed\" keyword work? https://a.example/fixed\n\n"
                + "Watch the \"Diagnosing Memory Leaks\" talk: [video](https://v.example/3)\n"
        );

        Assert.Equal(
            [
                ("Diagnosing Memory Leaks (slides)", "Internal talk", 2022),
                ("Diagnosing Memory Leaks (pdf)", "Internal talk", 2022),
                ("Diagnosing Memory Leaks (video)", "Internal talk", 2022),
                ("What's so hard about pinning (slides)", "dotnetos talk (in-depth talk on pinning)", 2020),
                ("Pinning有什么难的 (视频)", "dotnetos演讲 （深入演讲）。", 2020),
                ("Optimizations in the GC (slides)", "MPLR keynote", 0),
                ("How does the \"fixed\" keyword work?", "", 0),
                ("Watch the \"Diagnosing Memory Leaks\" talk (video)", "", 0),
            ],
            list.Posts.Select(p => (p.Title, p.Note, p.Year ?? 0))
        );
    }

    // A speaker's page lists each talk's events with their dates: a whole date in brackets is the post's year.
    [Fact]
    public void A_whole_date_in_brackets_in_a_note_is_the_post_s_year()
    {
        var (list, _) = Parse(
            "* Exceptional Exceptions in .NET\n"
                + "  - DotNext conference, Moscow, Russia (9.12.2016) ([website](https://a.example/1))\n"
                + "  - DotNext, St. Petersburg (19-20.05.2017) ([video](https://a.example/2))\n"
                + "- [Pinning](https://a.example/3), a talk (2020-06-15)\n"
                + "- [Regions](https://a.example/4) at NDC (June 15, 2021)\n"
                + "- [Two dates](https://a.example/5) (1.1.2015) and (2.2.2016)\n"
                + "- [A size](https://a.example/6) (1.5.2048 KB)\n"
        );

        Assert.Equal([2016, 2017, 2020, 2021, 0, 0], list.Posts.Select(p => p.Year ?? 0));
    }

    // A series' name over its parts, the parts indented one space too few to be below it: Markdown reads them as the
    // items after it, and the posts were titled "Part I - Data modeling" alone.
    [Fact]
    public void Words_alone_name_the_series_of_the_parts_in_the_items_after_them()
    {
        var (list, _) = Parse(
            "* Downloading stock prices in F#\n * [Part I - Data modeling](https://a.example/1)\n"
                + " * [Part II - Html scraping](https://a.example/2)\n"
                + "* LAgent: an agent framework\n * [Part I – Workers](https://a.example/3)\n"
                + "* [Regions](https://a.example/4)\n * [Part 2 - Compaction](https://a.example/5)\n\n"
                + "Words between\n\n- [Part III - Splits](https://a.example/6)\n"
        );

        Assert.Equal(
            [
                "Downloading stock prices in F#: Part I - Data modeling",
                "Downloading stock prices in F#: Part II - Html scraping",
                "LAgent: an agent framework: Part I – Workers",
                "Regions",
                "Part 2 - Compaction",
                "Part III - Splits",
            ],
            list.Posts.Select(p => p.Title)
        );
    }

    // "***" before a title that closes nothing is no emphasis, and Markdown keeps it as text: the title loses it.
    [Fact]
    public void Emphasis_marks_that_open_a_title_and_close_nothing_are_left_out()
    {
        var (list, _) = Parse(
            "- [***Contention, poor performance, and deadlocks](https://a.example/1)\n"
                + "- [*args and **kwargs](https://a.example/3)\n"
        );

        Assert.Equal(
            ["Contention, poor performance, and deadlocks", "*args and **kwargs"],
            list.Posts.Select(p => p.Title)
        );
    }

    // Icons as link texts: "🔗" or "→" says nothing alone, the item's words title the post.
    [Fact]
    public void A_link_whose_text_is_an_icon_takes_the_item_s_words_as_its_title()
    {
        var (list, _) = Parse(
            "- Understanding the garbage collector [🔗](https://a.example/1)\n"
                + "- Background GC [→](https://a.example/2)\n"
                + "- [📺](https://a.example/3) Maoni on regions\n- [\\\\](https://a.example/4)\n"
        );

        Assert.Equal(
            ["Understanding the garbage collector", "Background GC", "Maoni on regions", "\\"],
            list.Posts.Select(p => p.Title)
        );
        Assert.Equal(TitleOrigin.Fallback, list.Posts[^1].Origin);
    }

    // A heading, and right below it the fields of what it names: "**URL**: https://…" is its address, the other
    // fields its note. A field's name titles nothing, and a heading titles no address that is not in a field.
    [Fact]
    public void A_heading_titles_the_address_in_the_field_right_below_it()
    {
        var (list, diagnostics) = Parse(
            "## Blogs\n\n### 1. **.NET Blog**\n**URL**: https://a.example/dotnet/\n**Focus**: releases\n"
                + "**Frequency**: weekly\n\n**Why Follow**: first-hand news.\n\n"
                + "### Visual Studio\nWebsite: https://b.example/vs\n\n"
                + "### Garbage collection\nhttps://c.example/gc\n\n"
                + "Link: https://d.example/x\n"
        );

        Assert.Equal(
            [
                (
                    "https://a.example/dotnet/",
                    ".NET Blog",
                    "Focus: releases; Frequency: weekly: Why Follow: first-hand news."
                ),
                ("https://b.example/vs", "Visual Studio", ""),
                ("https://c.example/gc", "https://c.example/gc", ""),
                ("https://d.example/x", "https://d.example/x", ""),
            ],
            list.Posts.Select(p => (p.Url, p.Title, p.Note))
        );
        Assert.Equal("Blogs › 1. .NET Blog", list.Posts[0].Section);
        Assert.Empty(diagnostics);
    }

    // Bookmarks as people keep them: a bold title, a dash and a bare address, then what it is about; struck-through
    // and ticked items; "see also" a link at a sentence's end.
    [Fact]
    public void Bookmark_shapes_give_clean_titles_and_notes()
    {
        var (list, diagnostics) = Parse(
            "1. **Pinning in .NET** — https://a.example/pinning — why fixed buffers hurt compaction\n"
                + "2. `list.md` is the README of https://a.example/readme (commit 1)\n\n"
                + "- ~~[Old JIT post](https://b.example/old)~~ (outdated)\n"
                + "- [X](https://b.example/x) on the old JIT\n"
                + "- [ ] [To read: OSR](https://b.example/osr)\n"
                + "- [x] [PGO](https://b.example/pgo), read\n\n"
                + "[Background GC](https://c.example/bgc) explained, see also [the docs](https://c.example/docs).\n"
        );

        Assert.Equal(
            [
                ("Pinning in .NET", "why fixed buffers hurt compaction"),
                ("list.md is the README of (commit 1)", ""), // no dash before the address: all its words title it
                ("Old JIT post", "outdated"),
                ("X", "on the old JIT"), // a link, not a ticked box
                ("To read: OSR", ""),
                ("PGO", "read"),
                ("Background GC", "explained, see also the docs."),
                ("Background GC (docs)", "explained."),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
        Assert.Empty(diagnostics);
    }

    // A link whose text says nothing alone is titled by the title it carries, inline or in its definition; a link
    // with a text of its own keeps it.
    [Fact]
    public void A_link_s_own_title_names_it_when_its_text_says_nothing()
    {
        var (list, diagnostics) = Parse(
            "- Read about pinning [here](https://a.example/pinning \"Pinning in .NET\").\n"
                + "- [🔗](https://a.example/regions 'GC regions explained') Regions.\n"
                + "- [link][r]\n"
                + "- [Card marking](https://a.example/cards \"Cards, part 1\")\n\n"
                + "[r]: https://a.example/ref \"Reference-style title\"\n\n"
                + "<ul><li><a href=\"https://b.example/pin\" title=\"Pinning &amp; moving\">here</a> on pins</li>"
                + "</ul>\n"
        );

        Assert.Equal(
            [
                ("Pinning in .NET", "Read about pinning."),
                ("GC regions explained", "Regions."),
                ("Reference-style title", ""),
                ("Card marking", ""),
                ("Pinning & moving", "on pins"),
            ],
            list.Posts.Select(p => (p.Title, p.Note))
        );
        Assert.All(list.Posts, p => Assert.Equal(TitleOrigin.LinkText, p.Origin));
        Assert.Empty(diagnostics);
    }

    // "+1" or a year names no post, as an icon does; a number alone is still a part ("2").
    [Fact]
    public void A_link_text_without_a_letter_says_nothing_alone()
    {
        var (list, _) = Parse(
            "- [Background GC](https://a.example/1) [+1](https://a.example/2) [2](https://a.example/3)\n\n"
                + "I'm going to tack a [+1](https://b.example/gc) onto this stack.\n"
        );

        Assert.Equal(
            [
                ("Background GC", TitleOrigin.LinkText),
                ("Background GC (a.example)", TitleOrigin.Borrowed),
                ("Background GC (2)", TitleOrigin.Borrowed),
                ("+1", TitleOrigin.Fallback),
            ],
            list.Posts.Select(p => (p.Title, p.Origin))
        );
    }

    [Fact]
    public void An_item_that_links_inside_the_page_is_an_entry_of_its_contents_and_no_post()
    {
        var (list, _) = Parse(
            "1. [**Safe Systems Programming**](#systems) ([summary](https://a.example/s)) "
                + "by [Joe](https://j.example/)\n"
                + "1. [Unlisted](https://a.example/u)\n"
        );

        Assert.Equal(["Unlisted"], list.Posts.Select(p => p.Title));
    }

    [Fact]
    public void An_author_after_by_lends_no_title_to_the_slides_after_it()
    {
        var (list, _) = Parse(
            "[**State of Performance**](https://a.example/1) by [Adam](https://s.example/) "
                + "([slides](https://slides.example/1))\n"
        );

        Assert.Equal("State of Performance (slides)", Post(list, "https://slides.example/1").Title);
    }

    [Fact]
    public void Links_that_markdown_reads_and_brackets_in_code_or_task_lists_are_no_warning()
    {
        var (list, diagnostics) = Parse(
            "- [Titled](https://a.example/1 \"its title\") and [Spaced]( https://a.example/2 )\n"
                + "- [x] (done) `[Code](a b)` [Ref] (see below) ![thumb](/images/talk 1.png)\n\n"
                + "![banner](/img/a b.png)\n\n[Ref]: https://a.example/3\n"
        );

        Assert.Empty(diagnostics);
        Assert.Equal(["Titled", "Spaced", "Ref"], list.Posts.Select(p => p.Title));
    }

    [Fact]
    public void In_page_anchors_are_still_not_posts_nor_placeholders()
    {
        var (list, diagnostics) = Parse("- [Top](#top)\n");
        Assert.Empty(list.Posts);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData(
        "- [Title](https://a.example/1) by [Author](https://b.example/) (M/S)",
        "https://b.example/",
        "Title (M/S)"
    )]
    [InlineData("- [Title](https://a.example/1) ([pdf](https://b.example/))", "https://a.example/1", "pdf")]
    [InlineData("- [Title](https://a.example/1) ([pdf](https://b.example/))", "https://b.example/", "")]
    [InlineData(
        "- [A](https://a.example/1), [B](https://b.example/), [C](https://c.example/)",
        "https://b.example/",
        "A, C"
    )]
    [InlineData("- [A](https://a.example/1) ([B](https://b.example/)): about A", "https://a.example/1", "(B): about A")]
    [InlineData("- [A](https://a.example/1) ([B](https://b.example/)): about A", "https://b.example/", "A: about A")]
    [InlineData(
        "- [A](https://a.example/1) (see [here](https://b.example/)): about A",
        "https://b.example/",
        "about A"
    )]
    [InlineData(
        "- [A](https://a.example/1) calls `Dispose()` (twice)",
        "https://a.example/1",
        "calls Dispose() (twice)"
    )]
    [InlineData("- [A](https://a.example/1) (an early draft)", "https://a.example/1", "an early draft")]
    [InlineData("- [A](https://a.example/1) (draft) and (final)", "https://a.example/1", "(draft) and (final)")]
    public void Notes_lose_the_holes_that_removed_links_leave(string markdown, string url, string note)
    {
        var (list, _) = Parse(markdown + "\n");
        Assert.Equal(note, Post(list, url).Note);
    }

    [Fact]
    public void A_long_note_is_mended_around_each_hole()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 60)); // 299 characters
        var markdown =
            $"- [A](https://a.example/1) {words}, by [B](https://b.example/) (M/S), [C](https://c.example/), {words} "
            + "([D](https://d.example/))\n";
        var (list, _) = Parse(markdown);
        Assert.Equal($"A {words}, (M/S), C, {words} (D)", Post(list, "https://b.example/").Note);
        Assert.Equal($"A {words}, by B (M/S), {words} (D)", Post(list, "https://c.example/").Note);
        Assert.Equal($"A {words}, by B (M/S), C, {words}", Post(list, "https://d.example/").Note);
    }

    [Fact]
    public void The_real_lists_read_as_written_by_hand()
    {
        var lists = Path.Combine(Repo.Root, "taxonomy", "reading-lists");
        var coreclr = ReadingListReader.ReadFile(Path.Combine(lists, "coreclr.md"), "coreclr.md", new DiagnosticBag())!;

        var source = Post(coreclr, "https://github.com/dotnet/runtime");
        Assert.Equal(
            ("Source", true, "the repository holding today's runtime code, CoreCLR included."),
            (source.Title, source.TitleIsFallback, source.Note)
        );
        var botr = Post(coreclr, "https://github.com/dotnet/coreclr/tree/master/Documentation/botr");
        Assert.Equal(
            (
                "Book of the Runtime",
                "the runtime team's own design chapters; where they disagree with SSCLI Essentials, trust these."
            ),
            (botr.Title, botr.Note)
        );
        var cli = Post(coreclr, "https://mattwarren.org/2016/07/04/How-the-dotnet-CLI-tooling-runs-your-code/");
        Assert.Equal("How the dotnet CLI runs your code", cli.Title);
        var boxing = Post(coreclr, "http://mattwarren.org/2017/08/02/A-look-at-the-internals-of-boxing-in-the-CLR/");
        Assert.Equal(
            (
                "A look at the internals of 'boxing' in the CLR",
                "List of blog posts that provide a 'deep-dive' into the CoreCLR source code › Posts that reference "
                    + "specific parts of the source"
            ),
            (boxing.Title, boxing.Section)
        );
        Assert.DoesNotContain(coreclr.Posts, p => p.Section.EndsWith(':'));
    }

    [Fact]
    public void The_first_seed_reads_as_written_by_hand()
    {
        if (Repo.Shared is not { } shared)
        {
            Assert.Skip("../shared is not present");
            return;
        }

        var seed = Directory.GetFiles(Path.Combine(shared, "seeds"), "000_*.txt").Single();
        var bag = new DiagnosticBag();
        var list = ReadingListReader.ReadFile(seed, "seed.txt", bag)!;

        var corehost = Post(list, "https://github.com/dotnet/cli/blob/rel/1.0.0/Documentation/specs/corehost.md");
        Assert.Equal(
            "Note that the cli repo has been pulled into the sdk repo now, so it's not clear how accurate this link is "
                + "at this point",
            corehost.Note
        );
        var bytecode = Post(list, "http://mattwarren.org/2017/05/19/Adding-a-new-Bytecode-Instruction-to-the-CLR/");
        Assert.Equal(
            "Peter Drayton did this back in the first release of Rotor, and did several conference talks on it; "
                + "unfortunately his materials were sort of lost to the world when he went into hiding inside "
                + "Microsoft",
            bytecode.Note
        );
        var cli = Post(list, "https://mattwarren.org/2016/07/04/How-the-dotnet-CLI-tooling-runs-your-code/");
        Assert.Equal(
            (
                "How the dotnet CLI runs your code",
                "Great breakdown of how the dotnet tool works, particular emphasis to the environment variables "
                    + "mentioned (COREHOST_TRACE and DOTNET_CLI_CAPTURE_TIMING)"
            ),
            (cli.Title, cli.Note)
        );
        Assert.Equal(
            "Book of the Runtime",
            Post(list, "https://github.com/dotnet/coreclr/tree/master/Documentation/botr").Title
        );
        Assert.Equal(("Source", true), (list.Posts[0].Title, list.Posts[0].TitleIsFallback));
        Assert.Equal(
            "List of blog posts that provide a 'deep-dive' into the CoreCLR source code › Posts that take a "
                + "high-level look at the entire source",
            Post(list, "http://mattwarren.org/2017/03/23/Hitchhikers-Guide-to-the-CoreCLR-Source-Code/").Section
        );
    }
}
