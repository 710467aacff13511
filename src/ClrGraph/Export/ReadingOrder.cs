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
    public static List<PostNode> PostsOf(IEnumerable<PostNode> posts, string subsystemId) => Sort(
        posts.Where(p => p.Subsystems.Contains(subsystemId, StringComparer.Ordinal)),
        p => string.Equals(p.PrimarySubsystem, subsystemId, StringComparison.Ordinal));

    /// <summary>Sorts posts: <paramref name="primary"/> ones first, then by year, title and id.</summary>
    public static List<PostNode> Sort(IEnumerable<PostNode> posts, Func<PostNode, bool> primary) => posts
        .OrderBy(p => primary(p) ? 0 : 1)
        .ThenBy(p => p.Year ?? int.MaxValue)
        .ThenBy(p => p.Title, StringComparer.Ordinal)
        .ThenBy(p => p.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>How many posts: <c>1 post</c>, <c>3 posts</c>.</summary>
    public static string Count(int count) =>
        count == 1 ? "1 post" : count.ToString(CultureInfo.InvariantCulture) + " posts";
}
