using ClrGraph.Building;
using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Tests.Validation;

/// <summary>How the validator merges the reading lists' links into posts.</summary>
public class MergeTests
{
    private const string Taxonomy =
        "subsystems:\n  - id: gc\n    name: GC\nposts:\n  - url: https://a.example/p\n    subsystems: [gc]\n";

    private static ListedPost Link(string url, string section, int position) =>
        new(url, url, "P", section, "", position, new SourceLocation("l.md", position, 1));

    private static ReadingList List(string id, params ListedPost[] posts) =>
        new(id, id + ".md", id, [], null, null, [.. posts]);

    [Fact]
    public void A_post_in_several_lists_has_one_listing_per_list_in_list_order()
    {
        var bag = new DiagnosticBag();
        var taxonomy = TaxonomyReader.Parse(Taxonomy, "t.yaml", "/tmp", bag)!;
        var lists = new[]
        {
            List("first", Link("https://a.example/p", "Intro", 3), Link("https://a.example/p", "Again", 7)),
            List("second", Link("https://a.example/p", "GC", 1)),
            List("third", Link("https://a.example/p", "More", 2), Link("https://a.example/p", "Twice", 5)),
        };

        var corpus = CorpusValidator.Validate(taxonomy, lists, strict: false, bag);

        var post = Assert.Single(corpus.Posts);
        Assert.Equal(
            [new Listing("first", "Intro", 3), new Listing("second", "GC", 1), new Listing("third", "More", 2)],
            post.Listings
        );
        Assert.Equal("Intro", post.Section);
        Assert.Empty(bag.Sorted());
    }

    // "(2009)" beside a talk: the first list to date a post gives its year, which its address, when it has one, beats.
    [Fact]
    public void A_year_a_list_gives_is_the_post_s_unless_its_address_has_one()
    {
        var bag = new DiagnosticBag();
        var taxonomy = TaxonomyReader.Parse(
            Taxonomy + "  - url: https://a.example/2016/q\n    subsystems: [gc]\n",
            "t.yaml",
            "/tmp",
            bag
        )!;
        var lists = new[]
        {
            List("first", Link("https://a.example/p", "GC", 1)),
            List("second", Link("https://a.example/p", "GC", 1) with { Year = 2009 }),
            List("third", Link("https://a.example/p", "GC", 1) with { Year = 2010 }),
            List("fourth", Link("https://a.example/2016/q", "GC", 1) with { Year = 2015 }),
        };

        var corpus = CorpusValidator.Validate(taxonomy, lists, strict: false, bag);
        var graph = GraphBuilder.Build(corpus);

        Assert.Equal([2009, 2015], corpus.Posts.Select(p => p.Year));
        Assert.Equal(
            [("https://a.example/2016/q", 2016), ("https://a.example/p", (int?)2009)],
            graph.Vertices.OfType<PostNode>().Select(p => (p.Url, p.Year)).Order()
        );
    }

    [Fact]
    public void A_title_that_differs_in_a_second_list_is_reported_and_the_listing_kept()
    {
        var bag = new DiagnosticBag();
        var taxonomy = TaxonomyReader.Parse(Taxonomy, "t.yaml", "/tmp", bag)!;
        var other = Link("https://a.example/p", "GC", 4) with { Title = "Other title" };
        var corpus = CorpusValidator.Validate(
            taxonomy,
            [List("first", Link("https://a.example/p", "Intro", 1)), List("second", other)],
            strict: false,
            bag
        );

        Assert.Equal(["first", "second"], Assert.Single(corpus.Posts).Listings.Select(l => l.ListId));
        Assert.Equal(DiagnosticCodes.TitleConflict, Assert.Single(bag.Sorted()).Code);
    }

    [Theory]
    [InlineData("", "about it", "", "about it")]
    [InlineData("about it", "", "", "about it")]
    [InlineData("about it", "About it", "", "about it")]
    [InlineData("about it", "in depth", "", "about it · in depth")]
    [InlineData("", "about it", "in depth", "about it · in depth")]
    [InlineData("about it", "in depth", "about it", "about it · in depth")]
    [InlineData("by Adam Furmanek: a long series", "by Adam Furmanek", "", "by Adam Furmanek: a long series")]
    [InlineData("Dynamic PGO", "in depth", "dynamic pgo: tiering", "in depth · dynamic pgo: tiering")]
    public void A_post_listed_more_than_once_keeps_every_different_note(
        string first,
        string second,
        string third,
        string note
    )
    {
        var bag = new DiagnosticBag();
        var taxonomy = TaxonomyReader.Parse(Taxonomy, "t.yaml", "/tmp", bag)!;
        var lists = new[]
        {
            List("first", Link("https://a.example/p", "Intro", 1) with { Note = first }),
            List(
                "second",
                Link("https://a.example/p", "GC", 1) with { Note = second },
                Link("https://a.example/p", "GC", 2) with { Note = third }
            ),
        };

        var corpus = CorpusValidator.Validate(taxonomy, lists, strict: false, bag);

        Assert.Equal(note, Assert.Single(corpus.Posts).Note);
    }
}
