using ClrGraph.Building;
using ClrGraph.Diagnostics;
using ClrGraph.Export;
using static System.FormattableString;

namespace ClrGraph.Pipeline;

/// <summary>What <c>check</c> prints after the diagnostics: each subsystem's posts, the unmapped posts, the links
/// each list's ignore patterns left out (where they left any out), and the count of errors and warnings.</summary>
internal static class CoverageReport
{
    public static IEnumerable<string> Lines(LoadResult result)
    {
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        return (result is LoadedGraph loaded ? Table(loaded) : [])
            .Concat(
                result.Ignored.Where(i => i.Links > 0)
                    .Select(i => $"ignored: {ReadingOrder.Count(i.Links, "link")} of {i.ListFile}")
            )
            .Append(
                ReadingOrder.Count(errors, "error") + ", "
                    + ReadingOrder.Count(result.Diagnostics.Count - errors, "warning")
            );
    }

    private static IEnumerable<string> Table(LoadedGraph loaded)
    {
        var (graph, metrics) = (loaded.Graph, loaded.Metrics);
        var subsystems = graph.SubsystemTree();
        var width = subsystems.Select(s => s.SubsystemId.Length + (2 * Presentation.OutlineLevel(s))).Append(9).Max();
        yield return "subsystem".PadRight(width) + "  direct  with children  primary";
        foreach (var subsystem in subsystems)
        {
            var m = metrics[subsystem];
            var name = new string(' ', 2 * Presentation.OutlineLevel(subsystem)) + subsystem.SubsystemId;
            yield return Invariant($"{name.PadRight(width)}  {m.DirectPosts,6}  {m.TotalPosts,13}  {m.PrimaryPosts,7}");
        }

        var posts = graph.Posts().ToList();
        var unmapped = posts.Count(p => p.Subsystems.IsEmpty);
        var lists = graph.ReadingLists().Count();
        yield return ReadingOrder.Count(posts.Count) + ", " + ReadingOrder.Count(subsystems.Count, "subsystem") + ", "
            + ReadingOrder.Count(lists, "reading list") + Invariant($"; {unmapped} unmapped");
    }
}
