using System.Globalization;
using ClrGraph.Building;
using ClrGraph.Metrics;
using QuikGraph;

namespace ClrGraph.Export.Dot;

/// <summary>
/// Writes the subsystem overview as DOT (<c>subsystems.dot</c>): one node per subsystem sized by its posts, each
/// child joined to its parent by a solid line, and a translucent line between two subsystems for each pair that
/// shares posts, its width (three classes, named in the title as the key) the number of shared posts. Lines are
/// routed around the circles; text colours are worked out from the fills (WCAG AA); each circle links to its
/// top-level subsystem's diagram and lists its first posts in the tooltip.
/// </summary>
internal static class SubsystemOverviewWriter
{
    /// <summary>The line widths of shared posts: at least this many posts for the medium and thick lines.</summary>
    private const int Medium = 3;

    private const int Thick = 6;

    // How far apart the edges of two joined circles are laid out, in inches: a child close to its parent, a pair that
    // shares posts further. Graphviz's "len" is between centres, so each line's is the two radii plus its gap, and no
    // two joined circles are laid out overlapping (removing overlaps pushes a sparse overview apart).
    private const double ChildGap = 0.3;

    private const double SharedGap = 1.2;

    // The widths a subsystem's name is wrapped at, in characters, widest first.
    private static readonly int[] WrapWidths = [12, 10, 8];

    public static void Write(IBidirectionalGraph<Node, Edge> graph, GraphMetrics metrics, TextWriter output)
    {
        var subsystems = graph.Subsystems().ToList();
        var byId = graph.SubsystemsById();

        // A dense overview is unreadable: when pairs outnumber subsystems twice over, pairs sharing one post go.
        var minimum = metrics.Shared.Count > 2 * subsystems.Count ? 2 : 1;
        var thin = minimum == Medium - 1 ? "2" : minimum + "–2";
        var key = $"line width: posts that explain both, thin {thin}, medium {Medium}–{Thick - 1}, "
            + $"thick {Thick} or more · click a subsystem for its posts";
        var w = new DotOutput(output);
        w.Line("graph \"subsystems\" {");
        w.Indent++;
        w.Line(
            $"graph [layout=\"neato\", overlap=\"false\", sep=\"+14\", splines=\"true\", outputorder=\"edgesfirst\", "
                + $"fontname=\"Helvetica\", fontsize=\"20\", labelloc=\"t\", "
                + $"label={"CLR subsystems and the posts they share\n" + key:text}, mode=\"major\", start=\"7\"];"
        );
        w.Line("node [fontname=\"Helvetica\", shape=\"circle\", style=\"filled\", fixedsize=\"true\"];");
        w.Line("edge [fontname=\"Helvetica\"];");

        var maxPosts = Math.Max(1, subsystems.Select(s => metrics[s].TotalPosts).DefaultIfEmpty(0).Max());
        var fitted = subsystems.ToDictionary(
            s => s,
            s => Fitted(
                s.Label,
                metrics[s].TotalPosts,
                0.9 + (1.3 * Math.Sqrt(metrics[s].TotalPosts / (double)maxPosts)),
                s.IsTopLevel ? 13 : 11
            )
        );
        string Length(SubsystemNode a, SubsystemNode b, double gap) =>
            ((fitted[a].Size + fitted[b].Size) / 2 + gap).ToString("0.##", CultureInfo.InvariantCulture);
        foreach (var subsystem in subsystems)
        {
            var count = metrics[subsystem].TotalPosts;
            var (label, size) = fitted[subsystem];
            var topLevel = subsystem.IsTopLevel;
            var covering = graph.InEdges(subsystem).OfType<CoversEdge>().Select(e => e.Post);
            var inOrder = ReadingOrder.Sort(covering, p => p.PrimarySubsystem == subsystem.SubsystemId);
            var top = inOrder.Take(3).Select(p => "• " + p.Title);
            var tooltip = subsystem.Label + ": " + ReadingOrder.Count(count)
                + (string.IsNullOrEmpty(subsystem.Summary) ? "" : "\n" + subsystem.Summary)
                + string.Concat(top.Select(t => "\n" + t));
            var diagram = Presentation.DiagramStem(byId[subsystem.TopLevelId]) + ".svg";
            w.Line(
                $"{subsystem.Id:id} [label={label:text}, width=\"{size:0.###}\", "
                    + $"fontsize=\"{(topLevel ? "13" : "11")}\", fillcolor={subsystem.Color:text}, "
                    + $"fontcolor={Colors.TextOn(subsystem.Color):text}, "
                    + $"color={(topLevel ? "#333333" : Colors.Shade(subsystem.Color, 0.3)):text}, "
                    + $"penwidth=\"{(topLevel ? "2.5" : "1")}\", URL={diagram:url}, tooltip={tooltip:text}];"
            );
        }

        // A pair that is also child and parent keeps one line: Graphviz's spline router crashes on parallel edges.
        var sharedCount = metrics.Shared.ToDictionary(s => (s.First, s.Second), s => s.Count);
        foreach (var child in subsystems.Where(s => !s.IsTopLevel))
        {
            var parent = byId[child.ParentId!];
            var both = sharedCount.GetValueOrDefault(Pair(child.SubsystemId, parent.SubsystemId));
            var tooltip = child.Label + " is part of " + parent.Label
                + (both > 0 ? "; " + ExplainBoth(both) : "");
            w.Line(
                $"{child.Id:id} -- {parent.Id:id} [color=\"#333333\", penwidth=\"2\", "
                    + $"len=\"{Length(child, parent, ChildGap)}\", tooltip={tooltip:text}];"
            );
        }

        bool Joined(SharedPosts s) => byId[s.First].ParentId == s.Second || byId[s.Second].ParentId == s.First;
        foreach (var shared in metrics.Shared.Where(s => s.Count >= minimum && !Joined(s)))
        {
            var a = byId[shared.First];
            var b = byId[shared.Second];
            var width =
                shared.Count >= Thick ? "6"
                : shared.Count >= Medium ? "3"
                : "1.2";
            var tooltip = ExplainBoth(shared.Count) + " " + a.Label + " and " + b.Label;
            w.Line(
                $"{a.Id:id} -- {b.Id:id} [color=\"#8c8c8c80\", penwidth=\"{width}\", "
                    + $"len=\"{Length(a, b, SharedGap)}\", "
                    + $"tooltip={tooltip:text}];"
            );
        }

        w.Indent--;
        w.Line("}");
    }

    // The label inside its circle: wrapped as wide as the circle allows, and the circle made larger only when even the
    // narrowest wrap does not fit ("Type system and type loader" of one post).
    private static (string Label, double Size) Fitted(string name, int posts, double size, int fontSize)
    {
        var wraps = WrapWidths
            .Select(width => DotSyntax.Wrap(name, width) + "\n" + posts.ToString(CultureInfo.InvariantCulture))
            .Select(label => (Label: label, Size: Diameter(label, fontSize)))
            .ToList();
        var fits = wraps.FirstOrDefault(w => w.Size <= size);
        return fits.Label is not null ? (fits.Label, size) : wraps.MinBy(w => w.Size);
    }

    // The smallest circle, in inches, around a label's lines, centred one above another, with a margin. Graphviz draws
    // "Helvetica" in Liberation Sans, about 0.55 em a character on average.
    private static double Diameter(string label, int fontSize)
    {
        var lines = label.Split('\n');
        var height = fontSize * 1.2 / 72;
        var radius = lines
            .Select((line, i) =>
            {
                var halfWidth = line.Length * fontSize * 0.55 / 72 / 2;
                var y = (Math.Abs(i - ((lines.Length - 1) / 2.0)) + 0.5) * height;
                return Math.Sqrt((halfWidth * halfWidth) + (y * y));
            })
            .Max();
        return (2 * radius) + 0.1;
    }

    private static string ExplainBoth(int count) =>
        ReadingOrder.Count(count) + (count == 1 ? " explains both" : " explain both");

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
