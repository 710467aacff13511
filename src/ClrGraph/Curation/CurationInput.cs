using System.Collections.Immutable;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Curation;

/// <summary>What the suggester knows: the subsystems and every post, mapped or not.</summary>
/// <param name="Subsystems">Every subsystem a post may name, in taxonomy order.</param>
/// <param name="Posts">Every post once, in order of first appearance.</param>
internal sealed record CurationInput(ImmutableArray<Subsystem> Subsystems, ImmutableArray<CurationPost> Posts)
{
    /// <summary>The input for a validated corpus: its posts as merged and left out by the validator, each with the
    /// places the reading lists name it.</summary>
    public static CurationInput From(Corpus corpus)
    {
        var byKey = corpus
            .Lists.SelectMany(list => list.Posts, (list, link) => (list.File, Link: link))
            .ToLookup(l => l.Link.Key, StringComparer.Ordinal);
        var posts = corpus
            .Posts.Select(p => new CurationPost(p.Key, p.Url, [.. byKey[p.Key].Select(Listing)], p.Subsystems)
            {
                Title = p.Title,
                // A title kept only because nothing better was found ("slides", "here").
                TitleSaysNothing = byKey[p.Key].Any(l => l.Link.TitleIsFallback && l.Link.Title == p.Title),
            })
            .ToImmutableArray();
        return new CurationInput(corpus.Known, posts);
    }

    private static CurationListing Listing((string File, ListedPost Link) l) =>
        new(l.File, l.Link.Location.Line, l.Link.Section, l.Link.Title, l.Link.Note) { Tags = l.Link.Tags };
}

/// <summary>A post as the curator sees it.</summary>
/// <param name="Key">Its identity, the normalized URL.</param>
/// <param name="Url">The URL as first written.</param>
/// <param name="Listings">Where reading lists name it, in reading order.</param>
/// <param name="Subsystems">The subsystems the taxonomy maps it to, the primary first; empty when unmapped.</param>
internal sealed record CurationPost(
    string Key,
    string Url,
    ImmutableArray<CurationListing> Listings,
    ImmutableArray<string> Subsystems
)
{
    /// <summary>Its title: the validator's choice, else the first list's, else the URL.</summary>
    public string Title
    {
        get => field ?? (Listings.IsEmpty ? Url : Listings[0].Title);
        init;
    }

    /// <summary>Whether its title is link text that says nothing alone ("slides", "here"), kept for want of a better
    /// one.</summary>
    public bool TitleSaysNothing { get; init; }
}

/// <summary>A reading list naming a post.</summary>
/// <param name="File">The list's path as diagnostics name it.</param>
/// <param name="Line">The link's line.</param>
/// <param name="Section">The enclosing headings, joined with <c> › </c>.</param>
/// <param name="Title">The link text.</param>
/// <param name="Note">The rest of the list item.</param>
internal sealed record CurationListing(string File, int Line, string Section, string Title, string Note)
{
    /// <summary>The tags a bookmark export gives the link ("gc,jit"), or empty.</summary>
    public string Tags { get; init; } = "";
}
