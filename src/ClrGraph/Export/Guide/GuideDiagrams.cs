using ClrGraph.Building;
using ClrGraph.Metrics;
using static System.FormattableString;

namespace ClrGraph.Export.Guide;

/// <summary>The guide's Mermaid diagrams: the subsystem tree once, and per subsystem the subsystems most often read
/// with it. Labels go through <see cref="MermaidText"/>.</summary>
internal static class GuideDiagrams
{
    /// <summary>The tree shows whole levels of at most this many subsystems; GitHub's Mermaid refuses large
    /// diagrams, and the contents list every subsystem anyway.</summary>
    public const int MaxTreeNodes = 100;

    /// <summary>At most this many subsystems are drawn around one.</summary>
    public const int MaxNeighbours = 5;

    /// <summary>A top-level subsystem read with fewer others has no diagram of them.</summary>
    public const int MinNeighbours = 3;

    /// <summary>Writes the subsystem tree as a mind map (far more compact than a flowchart), its top levels when it
    /// is large.</summary>
    public static void WriteTree(
        IReadOnlyList<SubsystemNode> tree,
        GraphMetrics metrics,
        Action<IEnumerable<string>> block
    )
    {
        // The deepest level down to which the tree has at most MaxTreeNodes subsystems, or the top level.
        var (depth, down) = (0, 0);
        foreach (var (level, count) in tree.CountBy(s => s.Depth).OrderBy(l => l.Key))
        {
            down += count;
            if (down > MaxTreeNodes)
            {
                break;
            }

            depth = level;
        }

        var shown = tree.Where(s => s.Depth <= depth).Take(MaxTreeNodes).ToList();
        block([
            "Each part of the runtime with the number of posts that explain it or one of its parts. Under each "
                + "top-level subsystem, a small diagram shows the subsystems most often read with it: the number on "
                + "a line is how many posts explain both.",
        ]);
        var nodes = shown.Select((s, i) =>
        {
            var indent = new string(' ', 2 * (s.Depth + 2));
            var label = MermaidText.Label(s.Name, "<br/>" + ReadingOrder.Count(metrics[s].TotalPosts));
            return Invariant($"{indent}s{i}[{label}]");
        });
        block(["```mermaid", "mindmap", "  root((CoreCLR))", .. nodes, "```"]);
        if (shown.Count < tree.Count)
        {
            block([
                Invariant($"The diagram shows {shown.Count} of the {tree.Count} ")
                    + "subsystems, the top levels; the contents list them all.",
            ]);
        }
    }

    /// <summary>Writes the subsystems most often read with <paramref name="subsystem"/>: a line to each, labelled
    /// with the posts they share, thick for those that share at least half as many as the first.</summary>
    public static void WriteNeighbours(
        SubsystemNode subsystem,
        IReadOnlyList<(string Id, int Count)> together,
        Dictionary<string, SubsystemNode> byId,
        Action<IEnumerable<string>> block
    )
    {
        var links = together.Select((n, i) =>
        {
            var link = 2 * n.Count >= together[0].Count ? "===" : "---";
            var (label, count) = (MermaidText.Label(byId[n.Id].Name), ReadingOrder.Count(n.Count));
            return Invariant($"  s {link}|{count}| n{i}[{label}]");
        });
        block([
            "```mermaid",
            "flowchart TB",
            "  s[" + MermaidText.Label(subsystem.Name) + "]",
            .. links,
            "  style s " + Style(subsystem.Color),
            "```",
        ]);
    }

    private static string Style(string color) =>
        "fill:" + color + ",stroke:" + Colors.Shade(color, 0.3) + ",color:" + Colors.TextOn(color);
}
