using System.Collections.Immutable;
using ClrGraph.Validation;

namespace ClrGraph.Curation;

/// <summary>What the suggester knows: the subsystems and every post, mapped or not.</summary>
/// <param name="Subsystems">Every subsystem a post may name, in taxonomy order.</param>
/// <param name="Posts">Every post once, in order of first appearance.</param>
internal sealed record CurationInput(ImmutableArray<SubsystemTerms> Subsystems, ImmutableArray<CurationPost> Posts)
{
    /// <summary>The input for a validated corpus: its posts as merged and left out by the validator, each with the
    /// places the reading lists name it.</summary>
    public static CurationInput From(Corpus corpus)
    {
        var subsystems = corpus
            .Known.Select(s => new SubsystemTerms(s.Id, s.Name, s.Summary ?? "", s.Parent, s.Keywords)
            {
                Botr = s.Botr,
                Declared = s.Declared,
            })
            .ToImmutableArray();
        var listings = new Dictionary<string, List<CurationListing>>(StringComparer.Ordinal);
        foreach (var list in corpus.Lists)
        {
            // Links written on one line are taken as one list item: "[GC](a) (also [part 2](b))".
            var byLine = list
                .Posts.GroupBy(p => p.Location.Line)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Key).Distinct(StringComparer.Ordinal).ToList());
            foreach (var link in list.Posts)
            {
                var found = listings.TryGetValue(link.Key, out var known) ? known : listings[link.Key] = [];
                var mates = byLine[link.Location.Line]
                    .Where(k => !string.Equals(k, link.Key, StringComparison.Ordinal));
                found.Add(
                    new CurationListing(list.File, link.Location.Line, link.Section, link.Title, link.Note, [.. mates])
                );
            }
        }

        var posts = corpus
            .Posts.Select(p => new CurationPost(
                p.Key,
                p.Url,
                listings.TryGetValue(p.Key, out var found) ? [.. found] : [],
                p.Subsystems
            )
            {
                Title = p.Title,
            })
            .ToImmutableArray();
        return new CurationInput(subsystems, posts);
    }
}

/// <summary>What names a subsystem.</summary>
/// <param name="Id"></param>
/// <param name="Name"></param>
/// <param name="Summary"></param>
/// <param name="Parent"></param>
/// <param name="Keywords">The taxonomy's extra words and phrases for it.</param>
internal sealed record SubsystemTerms(
    string Id,
    string Name,
    string Summary,
    string? Parent,
    ImmutableArray<string> Keywords
)
{
    /// <summary>Its Book of the Runtime chapter files.</summary>
    public ImmutableArray<string> Botr { get; init; } = [];

    /// <summary>Whether the taxonomy declares it, rather than only inheriting it from the built-in tree.</summary>
    public bool Declared { get; init; } = true;
}

/// <summary>A post as the curator sees it.</summary>
/// <param name="Key">Its identity, the normalized URL.</param>
/// <param name="Url"></param>
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
}

/// <summary>A reading list naming a post.</summary>
/// <param name="File">The list's path as diagnostics name it.</param>
/// <param name="Line"></param>
/// <param name="Section">The enclosing headings, joined with <c> › </c>.</param>
/// <param name="Title"></param>
/// <param name="Note">The rest of the list item.</param>
/// <param name="ItemMates">The identities of the other links of the same list item.</param>
internal sealed record CurationListing(
    string File,
    int Line,
    string Section,
    string Title,
    string Note,
    ImmutableArray<string> ItemMates
);
