using System.Globalization;
using ClrGraph.Building;

namespace ClrGraph.Export;

/// <summary>The order in which the guide and the per-subsystem diagrams list a subsystem's posts.</summary>
internal static class ReadingOrder
{
    /// <summary>
    /// The posts that cover <paramref name="subsystemId"/>: those whose primary subsystem it is first, then the rest;
    /// within each, oldest year first (undated last), then by title and id.
    /// </summary>
    /// <param name="posts">The posts by the subsystems they cover (<see cref="BySubsystem"/>).</param>
    /// <param name="subsystemId">The subsystem.</param>
    public static List<PostNode> PostsOf(ILookup<string, PostNode> posts, string subsystemId) =>
        Sort(posts[subsystemId], p => string.Equals(p.PrimarySubsystem, subsystemId, StringComparison.Ordinal));

    /// <summary>The posts by each subsystem they cover, so that a subsystem's posts are found without a scan.</summary>
    public static ILookup<string, PostNode> BySubsystem(IEnumerable<PostNode> posts) =>
        posts
            .SelectMany(p => p.Subsystems.Select(id => (Id: id, Post: p)))
            .ToLookup(p => p.Id, p => p.Post, StringComparer.Ordinal);

    /// <summary>Sorts posts: <paramref name="primary"/> ones first, then by year, title and id.</summary>
    public static List<PostNode> Sort(IEnumerable<PostNode> posts, Func<PostNode, bool> primary)
    {
        var ranked = posts.Select(p => (Post: p, Rank: primary(p) ? 0 : 1)).ToList();
        ranked.Sort(
            (a, b) =>
                a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank)
                : (a.Post.Year ?? int.MaxValue) != (b.Post.Year ?? int.MaxValue)
                    ? (a.Post.Year ?? int.MaxValue).CompareTo(b.Post.Year ?? int.MaxValue)
                : string.CompareOrdinal(a.Post.Title, b.Post.Title) is var byTitle and not 0 ? byTitle
                : string.CompareOrdinal(a.Post.Id, b.Post.Id)
        );
        return ranked.ConvertAll(r => r.Post);
    }

    /// <summary>How many posts: <c>1 post</c>, <c>3 posts</c>.</summary>
    public static string Count(int count) =>
        count == 1 ? "1 post" : count.ToString(CultureInfo.InvariantCulture) + " posts";
}
