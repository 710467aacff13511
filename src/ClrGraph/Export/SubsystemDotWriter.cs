using System.Globalization;
using ClrGraph.Building;
using ClrGraph.Metrics;
using QuikGraph;

namespace ClrGraph.Export;

/// <summary>
/// Writes the subsystem overview as DOT (<c>subsystems.dot</c>): one node per subsystem sized by its posts, each
/// top-level subsystem and its descendants in one cluster, and an undirected edge between two subsystems for each
/// pair that shares posts, its width and label the number of shared posts.
/// </summary>
internal static class SubsystemDotWriter
{
    /// <summary>Writes the overview.</summary>
    public static void Write(IVertexSet<Node> graph, GraphMetrics metrics, TextWriter output)
    {
        var subsystems = graph.Subsystems().ToList();
        var byId = subsystems.ToDictionary(s => s.SubsystemId, StringComparer.Ordinal);
        var subsystemCount = subsystems.Count;
        // A dense overview is unreadable: when pairs outnumber subsystems twice over, pairs sharing one post are left out.
        var minimum = metrics.Shared.Count > 2 * subsystemCount ? 2 : 1;
        var title = "CLR subsystems and the posts they share" + (minimum > 1 ? "\n(dashed: pairs of subsystems that at least 2 posts explain together)" : "");
        var w = new DotOutput(output);
        w.Line("graph " + DotSyntax.Id("subsystems") + " {");
        w.Indent++;
        w.Line("graph [layout=\"neato\", overlap=\"false\", sep=\"+18\", splines=\"curved\", fontname=\"Helvetica\", fontsize=\"20\", labelloc=\"t\", label=" +
            DotSyntax.Text(title) + ", mode=\"major\", start=\"7\"];");
        w.Line("node [fontname=\"Helvetica\", shape=\"circle\", style=\"filled\", fixedsize=\"true\"];");
        w.Line("edge [fontname=\"Helvetica\", fontsize=\"10\", fontcolor=\"#555555\", color=\"#99999988\"];");

        var maxPosts = Math.Max(1, subsystems.Select(s => metrics[s].TotalPosts).DefaultIfEmpty(0).Max());
        foreach (var subsystem in subsystems)
        {
            var posts = metrics[subsystem].TotalPosts;
            var size = 0.9 + (1.3 * Math.Sqrt(posts / (double)maxPosts));
            var topLevel = subsystem.IsTopLevel;
            w.Line(DotSyntax.Id(subsystem.Id) + " [label=" + DotSyntax.Text(DotSyntax.Wrap(subsystem.Label, 12) + "\n" + posts.ToString(CultureInfo.InvariantCulture)) +
                ", width=\"" + DotSyntax.Number(size) + "\", fontsize=\"" + (topLevel ? "13" : "11") + "\", fillcolor=" + DotSyntax.Text(subsystem.Color) +
                ", fontcolor=" + DotSyntax.Text(Colors.TextOn(subsystem.Color)) + ", color=" + DotSyntax.Text(topLevel ? "#333333" : subsystem.Color) +
                ", penwidth=\"" + (topLevel ? "2.5" : "1") + "\", tooltip=" + DotSyntax.Text(subsystem.Label + ": " + Plural(posts) + (string.IsNullOrEmpty(subsystem.Summary) ? "" : "\n" + subsystem.Summary)) + "];");
        }

        foreach (var child in subsystems.Where(s => !s.IsTopLevel))
        {
            w.Line(DotSyntax.Id(child.Id) + " -- " + DotSyntax.Id(SubsystemNode.IdOf(child.ParentId!)) +
                " [style=\"bold\", color=\"#333333\", penwidth=\"2\", len=\"0.9\", tooltip=" + DotSyntax.Text(child.Label + " is part of " + byId[child.ParentId!].Label) + "];");
        }

        var maxShared = Math.Max(1, metrics.Shared.Select(s => s.Count).DefaultIfEmpty(0).Max());
        foreach (var shared in metrics.Shared.Where(s => s.Count >= minimum))
        {
            var a = byId[shared.First];
            var b = byId[shared.Second];
            var width = 0.8 + (5.0 * shared.Count / maxShared);
            w.Line(DotSyntax.Id(a.Id) + " -- " + DotSyntax.Id(b.Id) + " [label=" + DotSyntax.Text(shared.Count.ToString(CultureInfo.InvariantCulture)) +
                ", penwidth=\"" + DotSyntax.Number(width) + "\", len=\"2.6\", style=\"dashed\", tooltip=" + DotSyntax.Text(Plural(shared.Count) + " cover both " + a.Label + " and " + b.Label) + "];");
        }

        w.Indent--;
        w.Line("}");
    }

    private static string Plural(int count) => count == 1 ? "1 post" : count.ToString(CultureInfo.InvariantCulture) + " posts";
}
