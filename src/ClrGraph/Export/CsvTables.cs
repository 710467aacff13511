using System.Globalization;
using ClrGraph.Building;
using ClrGraph.Metrics;
using CsvHelper;

namespace ClrGraph.Export;

/// <summary>
/// Writes the spreadsheet tables with CsvHelper: RFC 4180, invariant culture, <c>\n</c> (or, for Excel, a BOM and
/// CRLF), and every text cell that a spreadsheet would run as a formula (<c>= + - @</c>, tab, CR) escaped with a
/// leading <c>'</c>. Numbers are written as numbers and never escaped.
/// </summary>
public sealed class CsvTables(KnowledgeGraph graph, GraphMetrics metrics, ExportOptions options)
{
    /// <summary>The writer options: RFC 4180 with formula injection escaped.</summary>
    public CsvWriterOptions WriterOptions { get; } = CsvWriterOptions.Default with
    {
        NewLine = options.Excel ? "\r\n" : "\n",
        WriteByteOrderMark = options.Excel,
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary><c>nodes.csv</c>: Gephi's node table (<c>Id</c>, <c>Label</c>) and every node attribute.</summary>
    public void WriteNodes(Stream output)
    {
        using var csv = CsvWriter.Create(output, WriterOptions, leaveOpen: true);
        csv.WriteHeader(["Id", "Label", "Kind", "Url", "Site", "Year", "Section", "Subsystems", "PrimarySubsystem", "Parent", "TopLevel", "Color",
            "Posts", "PostsTotal", "PostsPrimary", "Degree", "InDegree", "OutDegree", "PageRank", "Note"]);
        foreach (var node in graph.Nodes)
        {
            var m = metrics[node];
            csv.WriteField(node.Id);
            csv.WriteField(node.Label);
            csv.WriteField(Names.Of(node.Kind));
            csv.WriteField(node.Url);
            csv.WriteField(node.Site);
            Number(csv, node.Year);
            csv.WriteField(node.Section);
            csv.WriteField(GraphAttributes.Join(node.Subsystems));
            csv.WriteField(node.PrimarySubsystem);
            csv.WriteField(node.Parent);
            csv.WriteField(node.TopLevel);
            csv.WriteField(node.Color);
            Number(csv, node.Kind == NodeKind.Post ? null : m.DirectPosts);
            Number(csv, node.Kind == NodeKind.Subsystem ? m.TotalPosts : null);
            Number(csv, node.Kind == NodeKind.Subsystem ? m.PrimaryPosts : null);
            Number(csv, m.Degree);
            Number(csv, m.InDegree);
            Number(csv, m.OutDegree);
            csv.WriteField(m.PageRank, "R");
            csv.WriteField(node.Note);
            csv.EndRecord();
        }
    }

    /// <summary><c>edges.csv</c>: Gephi's edge table (<c>Source</c>, <c>Target</c>, <c>Type</c>, <c>Id</c>, <c>Label</c>, <c>Weight</c>) and every edge attribute.</summary>
    public void WriteEdges(Stream output)
    {
        using var csv = CsvWriter.Create(output, WriterOptions, leaveOpen: true);
        csv.WriteHeader(["Source", "Target", "Type", "Id", "Label", "Weight", "Relation", "Primary", "Section", "Position"]);
        foreach (var link in graph.Links)
        {
            csv.WriteField(link.Source.Id);
            csv.WriteField(link.Target.Id);
            csv.WriteField("Directed");
            csv.WriteField(link.Id);
            csv.WriteField(link.RelationName);
            csv.WriteField(link.Weight, "R");
            csv.WriteField(link.RelationName);
            csv.WriteField(link.Primary ? "true" : "false");
            csv.WriteField(link.Section);
            Number(csv, link.Position);
            csv.EndRecord();
        }
    }

    /// <summary>
    /// <c>coverage.csv</c>: one row per post and one 0/1 column per top-level subsystem (a post covering a child
    /// counts for its top-level ancestor), for filters and pivot tables.
    /// </summary>
    public void WriteCoverage(Stream output)
    {
        var topLevel = new List<string>();
        foreach (var node in graph.Nodes)
        {
            if (node.Kind == NodeKind.Subsystem && node.Parent is null)
            {
                topLevel.Add(GraphMetrics.SubsystemId(node));
            }
        }

        // The column of each subsystem: that of its top-level ancestor.
        var column = graph.Nodes.Where(n => n.Kind == NodeKind.Subsystem)
            .ToDictionary(GraphMetrics.SubsystemId, n => topLevel.IndexOf(n.TopLevel ?? ""), StringComparer.Ordinal);
        var covered = new bool[topLevel.Count];
        using var csv = CsvWriter.Create(output, WriterOptions, leaveOpen: true);
        csv.WriteHeader([.. new[] { "Id", "Title", "Url", "Site", "Year", "PrimarySubsystem" }, .. topLevel]);
        foreach (var post in graph.Nodes.Where(n => n.Kind == NodeKind.Post))
        {
            Array.Clear(covered);
            foreach (var id in post.Subsystems)
            {
                if (column[id] is var i and >= 0)
                {
                    covered[i] = true;
                }
            }

            csv.WriteField(post.Id);
            csv.WriteField(post.Label);
            csv.WriteField(post.Url);
            csv.WriteField(post.Site);
            Number(csv, post.Year);
            csv.WriteField(post.PrimarySubsystem);
            foreach (var isCovered in covered)
            {
                Number(csv, isCovered ? 1 : 0);
            }

            csv.EndRecord();
        }
    }

    // The subsystem sharing the most posts with this one; of those, the first by id.
    private SharedPosts? Closest(string id)
    {
        SharedPosts? closest = null;
        foreach (var pair in metrics.Shared)
        {
            if ((pair.First == id || pair.Second == id) &&
                (closest is null || pair.Count > closest.Count || (pair.Count == closest.Count && string.CompareOrdinal(Other(pair), Other(closest)) < 0)))
            {
                closest = pair;
            }
        }

        return closest;

        string Other(SharedPosts pair) => pair.First == id ? pair.Second : pair.First;
    }

    /// <summary><c>subsystems.csv</c>: one row per subsystem with its coverage, share, PageRank, closest neighbour and anchors.</summary>
    public void WriteSubsystems(Stream output)
    {
        using var csv = CsvWriter.Create(output, WriterOptions, leaveOpen: true);
        csv.WriteHeader(["Id", "Name", "Parent", "TopLevel", "Posts", "PostsWithChildren", "PostsPrimary", "SharePercent", "PageRank",
            "SharesMostWith", "SharedPosts", "Botr", "Source", "DesignDocs", "Summary"]);
        foreach (var subsystem in graph.Nodes.Where(n => n.Kind == NodeKind.Subsystem))
        {
            var id = GraphMetrics.SubsystemId(subsystem);
            var m = metrics[subsystem];
            var closest = Closest(id);
            csv.WriteField(id);
            csv.WriteField(subsystem.Label);
            csv.WriteField(subsystem.Parent);
            csv.WriteField(subsystem.TopLevel);
            Number(csv, m.DirectPosts);
            Number(csv, m.TotalPosts);
            Number(csv, m.PrimaryPosts);
            csv.WriteField(metrics.PostCount == 0 ? 0 : Math.Round(100.0 * m.TotalPosts / metrics.PostCount, 1), "0.0");
            csv.WriteField(m.PageRank, "R");
            csv.WriteField(closest is null ? null : closest.First == id ? closest.Second : closest.First);
            Number(csv, closest?.Count);
            csv.WriteField(GraphAttributes.Join(subsystem.Botr));
            csv.WriteField(GraphAttributes.Join(subsystem.Source));
            csv.WriteField(GraphAttributes.Join(subsystem.DesignDocs));
            csv.WriteField(subsystem.Note);
            csv.EndRecord();
        }
    }

    private static void Number(CsvWriter csv, int? value)
    {
        if (value is { } v)
        {
            csv.WriteField(v, "D");
        }
        else
        {
            csv.WriteField((string?)null);
        }
    }
}
