using System.Globalization;
using ClrGraph.Building;
using ClrGraph.Metrics;
using CsvHelper;
using QuikGraph;

namespace ClrGraph.Export.Csv;

/// <summary>
/// Writes the spreadsheet tables with CsvHelper: RFC 4180, invariant culture, <c>\n</c> (or, for Excel, a BOM and
/// CRLF), and every text cell that a spreadsheet would run as a formula (<c>= + - @</c>, tab, CR) escaped with a
/// leading <c>'</c>. Numbers are written as numbers and never escaped.
/// </summary>
internal sealed class CsvTables(IEdgeListGraph<Node, Edge> graph, GraphMetrics metrics, bool excel)
{
    private CsvWriterOptions Options { get; } =
        CsvWriterOptions.Default with
        {
            NewLine = excel ? "\r\n" : "\n",
            WriteByteOrderMark = excel,
            Injection = CsvInjection.Escape,
            FormatProvider = CultureInfo.InvariantCulture,
        };

    /// <summary><c>nodes.csv</c>: Gephi's node table (<c>Id</c>, <c>Label</c>) and the node columns, free text
    /// last.</summary>
    public void WriteNodes(Stream output)
    {
        var columns = new Columns(metrics).Node.Where(c => c.CsvHeader is not null).OrderBy(c => c.Wide).ToList();
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader(["Id", "Label", .. columns.Select(c => c.CsvHeader!)]);
        foreach (var node in graph.Vertices)
        {
            csv.WriteField(node.Id);
            csv.WriteField(node.Label);
            WriteColumns(csv, columns, node);
        }
    }

    /// <summary><c>edges.csv</c>: Gephi's edge table (<c>Source</c>, <c>Target</c>, <c>Type</c>, <c>Id</c>,
    /// <c>Label</c>, <c>Weight</c>) and the edge columns.</summary>
    public void WriteEdges(Stream output)
    {
        var columns = new Columns(metrics).Edge;
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader(["Source", "Target", "Type", "Id", "Label", "Weight", .. columns.Select(c => c.CsvHeader!)]);
        foreach (var (index, edge) in graph.Edges.Index())
        {
            csv.WriteField(edge.Source.Id);
            csv.WriteField(edge.Target.Id);
            csv.WriteField("Directed");
            csv.WriteField("e" + Columns.WholeNumber(index));
            csv.WriteField(edge.Relation);
            csv.WriteField(Columns.Number(edge.Weight));
            WriteColumns(csv, columns, edge);
        }
    }

    // The columns' values are written as the XML formats write them; a number never starts with a character the
    // injection escape changes.
    private static void WriteColumns<T>(CsvWriter csv, IEnumerable<Column<T>> columns, T item)
    {
        foreach (var column in columns)
        {
            csv.WriteField(column.Value(item));
        }

        csv.EndRecord();
    }

    /// <summary>
    /// <c>coverage.csv</c>: one row per post and one 0/1 column per top-level subsystem (a post covering a child
    /// counts for its top-level ancestor), for filters and pivot tables.
    /// </summary>
    public void WriteCoverage(Stream output)
    {
        var subsystems = graph.SubsystemsById();
        var topLevel = subsystems.Values.Where(s => s.IsTopLevel).Select(s => s.SubsystemId).ToList();
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader(["Id", "Title", "Url", "Site", "Year", "PrimarySubsystem", .. topLevel]);
        foreach (var post in graph.Posts())
        {
            csv.WriteField(post.Id);
            csv.WriteField(post.Title);
            csv.WriteField(post.Url);
            csv.WriteField(post.Site);
            csv.WriteField(post.Year, "D");
            csv.WriteField(post.PrimarySubsystem);
            var covered = post.Subsystems.Select(id => subsystems[id].TopLevelId).ToHashSet(StringComparer.Ordinal);
            foreach (var id in topLevel)
            {
                csv.WriteField(covered.Contains(id) ? 1 : 0, "D");
            }

            csv.EndRecord();
        }
    }

    /// <summary><c>subsystems.csv</c>: one row per subsystem with its coverage, share, PageRank, closest neighbour
    /// and anchors.</summary>
    public void WriteSubsystems(Stream output)
    {
        using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteRecords(graph.Subsystems().Select(s =>
        {
            var m = metrics[s];
            var closest = Closest(s.SubsystemId);
            var other = closest is null ? null : closest.First == s.SubsystemId ? closest.Second : closest.First;
            var share = Percent(m.TotalPosts, metrics.PostCount);
            return new SubsystemRow(s.SubsystemId, s.Name, s.ParentId, s.TopLevelId, m.DirectPosts, m.TotalPosts,
                m.PrimaryPosts, share, m.PageRank, other, closest?.Count, Columns.Join(s.Botr),
                Columns.Join(s.Source), Columns.Join(s.DesignDocs), s.Summary);
        }));
    }

    // The subsystem sharing the most posts with this one; of those, the first by id.
    private SharedPosts? Closest(string id) =>
        metrics
            .Shared.Where(p => p.First == id || p.Second == id)
            .OrderByDescending(p => p.Count)
            .ThenBy(p => p.First == id ? p.Second : p.First, StringComparer.Ordinal)
            .FirstOrDefault();

    // A share as spreadsheets show it, one decimal always written ("60.0"), which a double column does not keep.
    private static string Percent(int part, int whole) =>
        (whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1)).ToString("0.0", CultureInfo.InvariantCulture);
}

[CsvRecord]
internal sealed partial record SubsystemRow(
    string Id,
    string Name,
    string? Parent,
    string? TopLevel,
    int Posts,
    int PostsWithChildren,
    int PostsPrimary,
    string SharePercent,
    double PageRank,
    string? SharesMostWith,
    int? SharedPosts,
    string? Botr,
    string? Source,
    string? DesignDocs,
    string? Summary
);
