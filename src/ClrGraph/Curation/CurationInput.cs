using System.Collections.Immutable;
using ClrGraph.Reading;

namespace ClrGraph.Curation;

/// <summary>What the suggester knows: the subsystems and every post, mapped or not.</summary>
/// <param name="Subsystems">The subsystems, in taxonomy order.</param>
/// <param name="Posts">Every post once, in order of first appearance.</param>
internal sealed record CurationInput(ImmutableArray<SubsystemTerms> Subsystems, ImmutableArray<CurationPost> Posts)
{
    /// <summary>
    /// The input for a taxonomy and its reading lists; posts are merged by identity, and links that
    /// <paramref name="ignored"/> says are not posts are left out.
    /// </summary>
    public static CurationInput From(
        Taxonomy taxonomy,
        IEnumerable<ReadingList> lists,
        Func<string, bool>? ignored = null
    )
    {
        var subsystems = taxonomy
            .Subsystems.Select(s => new SubsystemTerms(s.Id, s.Name, s.Summary ?? "", s.Parent, s.Keywords))
            .ToImmutableArray();
        var mapped = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var post in taxonomy.Posts)
        {
            if (PostUrl.TryNormalize(post.Url, out var key))
            {
                mapped.TryAdd(key, [.. post.Subsystems.Select(r => r.Id)]);
            }
        }

        var order = new List<string>();
        var byKey = new Dictionary<string, (string Url, List<CurationListing> Listings)>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            // Links written on one line are taken as one list item: "[GC](a) (also [part 2](b))".
            var byLine = list
                .Posts.GroupBy(p => p.Location.Line)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Key).ToList());
            foreach (var link in list.Posts)
            {
                if (ignored?.Invoke(link.Key) == true)
                {
                    continue;
                }

                if (!byKey.TryGetValue(link.Key, out var entry))
                {
                    entry = (link.Url, []);
                    byKey[link.Key] = entry;
                    order.Add(link.Key);
                }

                var mates = byLine[link.Location.Line]
                    .Where(k => !string.Equals(k, link.Key, StringComparison.Ordinal))
                    .Distinct(StringComparer.Ordinal);
                entry.Listings.Add(
                    new CurationListing(list.File, link.Location.Line, link.Section, link.Title, link.Note, [.. mates])
                );
            }
        }

        var posts = order
            .Select(k => new CurationPost(k, byKey[k].Url, [.. byKey[k].Listings], mapped.GetValueOrDefault(k, [])))
            .ToImmutableArray();
        return new CurationInput(subsystems, posts);
    }
}

/// <summary>What names a subsystem.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Summary">Its summary, or empty.</param>
/// <param name="Parent">Its parent's id, or null.</param>
/// <param name="Keywords">The taxonomy's extra words and phrases for it.</param>
internal sealed record SubsystemTerms(
    string Id,
    string Name,
    string Summary,
    string? Parent,
    ImmutableArray<string> Keywords
);

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
    /// <summary>The first list's title.</summary>
    public string Title => Listings.IsEmpty ? Url : Listings[0].Title;
}

/// <summary>A reading list naming a post.</summary>
/// <param name="File">The list's path as diagnostics name it.</param>
/// <param name="Line">The link's line.</param>
/// <param name="Section">The enclosing headings, joined with <c> › </c>.</param>
/// <param name="Title">The link text.</param>
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
