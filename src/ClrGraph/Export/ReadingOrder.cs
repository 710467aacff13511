using System.Globalization;
using ClrGraph.Building;

namespace ClrGraph.Export;

/// <summary>The order in which the guide and the per-subsystem diagrams list a subsystem's posts.</summary>
internal static class ReadingOrder
{
    /// <summary>
    /// The posts that cover <paramref name="subsystemId"/> (from <see cref="BySubsystem"/>): those whose primary
    /// subsystem it is first, then the rest; within each, oldest year first (undated last), then by title and id.
    /// </summary>
    public static IOrderedEnumerable<PostNode> PostsOf(ILookup<string, PostNode> posts, string subsystemId) =>
        Sort(posts[subsystemId], p => string.Equals(p.PrimarySubsystem, subsystemId, StringComparison.Ordinal));

    /// <summary>The posts by each subsystem they cover, so that a subsystem's posts are found without a scan.</summary>
    public static ILookup<string, PostNode> BySubsystem(IEnumerable<PostNode> posts) =>
        posts
            .SelectMany(p => p.Subsystems.Select(id => (Id: id, Post: p)))
            .ToLookup(p => p.Id, p => p.Post, StringComparer.Ordinal);

    /// <summary>
    /// Sorts posts: <paramref name="primary"/> ones first, then by year, title and id. Lazily, so that
    /// <c>.Take(n)</c> finds the first <c>n</c> without sorting them all.
    /// </summary>
    public static IOrderedEnumerable<PostNode> Sort(IEnumerable<PostNode> posts, Func<PostNode, bool> primary) =>
        posts
            .OrderBy(p => !primary(p))
            .ThenBy(p => p.Year ?? int.MaxValue)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .ThenBy(p => p.Id, StringComparer.Ordinal);

    /// <summary>How many posts: <c>1 post</c>, <c>3 posts</c>.</summary>
    public static string Count(int count) =>
        count == 1 ? "1 post" : count.ToString(CultureInfo.InvariantCulture) + " posts";
}
