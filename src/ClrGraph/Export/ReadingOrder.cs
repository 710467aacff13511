using System.Globalization;
using ClrGraph.Building;

namespace ClrGraph.Export;

/// <summary>The order in which the guide and the per-subsystem diagrams list a subsystem's posts.</summary>
internal static class ReadingOrder
{
    /// <summary>
    /// Sorts posts: <paramref name="primary"/> ones first, then by year (undated last), title and id. Lazily, so that
    /// <c>.Take(n)</c> finds the first <c>n</c> without sorting them all.
    /// </summary>
    public static IOrderedEnumerable<PostNode> Sort(IEnumerable<PostNode> posts, Func<PostNode, bool> primary) =>
        posts
            .OrderBy(p => !primary(p))
            .ThenBy(p => p.Year ?? int.MaxValue)
            .ThenBy(p => p.Title, StringComparer.Ordinal)
            .ThenBy(p => p.Id, StringComparer.Ordinal);

    /// <summary>How many posts (or other things): <c>1 post</c>, <c>3 posts</c>.</summary>
    public static string Count(int count, string noun = "post") =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
