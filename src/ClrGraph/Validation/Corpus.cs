using System.Collections.Immutable;
using ClrGraph.Reading;

namespace ClrGraph.Validation;

/// <summary>The validated input: the taxonomy's subsystems and the reading lists' posts merged by identity, ready to
/// build.</summary>
/// <param name="Subsystems">The subsystems in the graph, in taxonomy order, with unknown parents and cycles removed:
/// the built-in ones that posts cover (and the parents of the taxonomy's own), and every one the taxonomy declares.
/// </param>
/// <param name="Lists">The reading lists, each with a unique id.</param>
/// <param name="Posts">Every post once, in order of first appearance.</param>
internal sealed record Corpus(
    ImmutableArray<Subsystem> Subsystems,
    ImmutableArray<ReadingList> Lists,
    ImmutableArray<Post> Posts
)
{
    /// <summary>How many links of each reading list the taxonomy's ignore patterns left out.</summary>
    public ImmutableArray<IgnoredLinks> Ignored { get; init; } = [];

    /// <summary>Every subsystem a post may name, covered or not: the built-in tree and the taxonomy's own.</summary>
    public ImmutableArray<Subsystem> Known { get; init; } = [];
}

/// <summary>A post: one page, however many lists name it.</summary>
/// <param name="Key">The normalized URL (<see cref="PostUrl.TryNormalize(string, out string)"/>).</param>
/// <param name="Url">The URL as first written.</param>
/// <param name="Title">
/// The taxonomy's title, else the first reading list's that says something alone (not a URL, not "part 2").
/// </param>
/// <param name="Section">The section of its first listing; empty for a post no list has.</param>
/// <param name="Note">The taxonomy's note, else the first listing's note.</param>
/// <param name="Subsystems">The subsystems it covers, the primary first; empty when unmapped.</param>
/// <param name="Listings">Where reading lists name it, one per list.</param>
internal sealed record Post(
    string Key,
    string Url,
    string Title,
    string Section,
    string Note,
    ImmutableArray<string> Subsystems,
    ImmutableArray<Listing> Listings
)
{
    /// <summary>The primary subsystem, or null when the post is unmapped.</summary>
    public string? PrimarySubsystem => Subsystems.IsEmpty ? null : Subsystems[0];

    /// <summary>Whether its subsystems are a suggestion not reviewed yet (<c>suggested: true</c>).</summary>
    public bool Suggested { get; init; }

    /// <summary>The year a reading list gives it, where the first to give one lists it ("(2009)").</summary>
    public int? Year { get; init; }
}

/// <summary>A reading list naming a post.</summary>
/// <param name="ListId">The list's id.</param>
/// <param name="Section">The section the post is in there.</param>
/// <param name="Position">Its 1-based position there.</param>
internal readonly record struct Listing(string ListId, string Section, int Position);

/// <summary>How many links of one reading list the taxonomy's <c>ignore:</c> patterns left out.</summary>
/// <param name="ListFile">The reading list as diagnostics name it.</param>
/// <param name="Links">How many of its links were ignored.</param>
internal sealed record IgnoredLinks(string ListFile, int Links);
