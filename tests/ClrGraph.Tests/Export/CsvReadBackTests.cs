using System.Globalization;
using System.Text;
using ClrGraph.Building;
using ClrGraph.Export;
using ClrGraph.Metrics;
using ClrGraph.Tests.Support;
using CsvHelper;

namespace ClrGraph.Tests.Export;

/// <summary>Every table read back with CsvHelper, each value checked against the graph.</summary>
public class CsvReadBackTests
{
    public static TheoryData<string> Inputs => ["small", "hostile", "real"];

    private static string TaxonomyOf(string input) => input == "real" ? Repo.Taxonomy : Repo.Fixture(input);

    private static List<Dictionary<string, string>> Read(byte[] bytes)
    {
        using var reader = CsvReader.Create(
            new StringReader(Encoding.UTF8.GetString(bytes)),
            CsvReaderOptions.Default with
            {
                HasHeader = false,
            }
        );
        var rows = new List<Dictionary<string, string>>();
        Assert.True(reader.Read());
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();
        while (reader.Read())
        {
            rows.Add(names.Select((n, i) => (n, reader.GetString(i))).ToDictionary(p => p.n, p => p.Item2));
        }

        return rows;
    }

    private static string Safe(string? text) =>
        string.IsNullOrEmpty(text) ? ""
        : "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text
        : text;

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Nodes_and_edges_read_back_to_the_graph(string input)
    {
        var result = Fixture.Load(TaxonomyOf(input));
        var graph = result.Graph!;
        var metrics = result.Metrics!;
        var files = Fixture.Export(result, formats: [ExportFormat.Csv]);

        var nodes = Read(files["nodes.csv"]);
        Assert.Equal(graph.Vertices.Select(n => n.Id), nodes.Select(r => r["Id"]));
        foreach (var row in nodes)
        {
            var node = graph.Find(row["Id"]);
            var m = metrics[node];
            Assert.Equal(Safe(node.Label), row["Label"]);
            var post = node as PostNode;
            Assert.Equal(node.Kind, row["Kind"]);
            Assert.Equal(post?.Url ?? (node as ReadingListNode)?.Url ?? "", row["Url"]);
            Assert.Equal(Number(post?.Year), row["Year"]);
            Assert.Equal(Safe(post?.Section), row["Section"]);
            Assert.Equal(post is null ? "" : string.Join(";", post.Subsystems), row["Subsystems"]);
            Assert.Equal(node.Color, row["Color"]);
            Assert.Equal(m.Degree, int.Parse(row["Degree"], CultureInfo.InvariantCulture));
            Assert.Equal(m.PageRank, double.Parse(row["PageRank"], CultureInfo.InvariantCulture));
            Assert.Equal(
                Safe(post?.Note ?? (node as SubsystemNode)?.Summary ?? (node as ReadingListNode)?.Summary),
                row["Note"]
            );
        }

        var edges = Read(files["edges.csv"]);
        Assert.Equal(graph.EdgeCount, edges.Count);
        foreach (var (link, row, index) in graph.Edges.Zip(edges, Enumerable.Range(0, edges.Count)))
        {
            Assert.Equal(
                (link.Source.Id, link.Target.Id, "Directed", "e" + index.ToString(CultureInfo.InvariantCulture)),
                (row["Source"], row["Target"], row["Type"], row["Id"])
            );
            Assert.Equal(link.Weight, double.Parse(row["Weight"], CultureInfo.InvariantCulture));
            Assert.Equal(link.Relation, row["Relation"]);
            Assert.Equal(link is CoversEdge { Primary: true } ? "true" : "false", row["Primary"]);
            Assert.Equal(Safe((link as ListsEdge)?.Section), row["Section"]);
            Assert.Equal(Number((link as ListsEdge)?.Position), row["Position"]);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Coverage_and_subsystems_read_back_to_the_graph(string input)
    {
        var result = Fixture.Load(TaxonomyOf(input));
        var graph = result.Graph!;
        var metrics = result.Metrics!;
        var files = Fixture.Export(result, formats: [ExportFormat.Csv]);
        var topLevel = graph.Subsystems().Where(n => n.IsTopLevel).Select(n => n.SubsystemId).ToList();

        var coverage = Read(files["coverage.csv"]);
        Assert.Equal(graph.Posts().Count(), coverage.Count);
        foreach (var row in coverage)
        {
            var post = (PostNode)graph.Find(row["Id"]);
            Assert.Equal(Safe(post.Title), row["Title"]);
            var covered = post.Subsystems.Select(s => graph.Subsystem(s).TopLevelId).ToHashSet();
            Assert.All(topLevel, t => Assert.Equal(covered.Contains(t) ? "1" : "0", row[t]));
        }

        var subsystems = Read(files["subsystems.csv"]);
        foreach (var row in subsystems)
        {
            var node = graph.Subsystem(row["Id"]);
            var m = metrics[node];
            Assert.Equal(Safe(node.Label), row["Name"]);
            Assert.Equal(
                (m.DirectPosts, m.TotalPosts, m.PrimaryPosts),
                (
                    int.Parse(row["Posts"], CultureInfo.InvariantCulture),
                    int.Parse(row["PostsWithChildren"], CultureInfo.InvariantCulture),
                    int.Parse(row["PostsPrimary"], CultureInfo.InvariantCulture)
                )
            );
            Assert.Equal(
                Math.Round(100.0 * m.TotalPosts / metrics.PostCount, 1),
                double.Parse(row["SharePercent"], CultureInfo.InvariantCulture)
            );
        }
    }

    [Fact]
    public void Excel_option_writes_a_bom_and_crlf()
    {
        var files = Fixture.Export(
            Fixture.Load(Repo.Fixture("small")),
            ClrGraph.Export.ExportOptions.Default with
            {
                Excel = true,
            },
            [ClrGraph.Export.ExportFormat.Csv]
        );
        var bytes = files["nodes.csv"];
        Assert.True(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));
        Assert.Contains("\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
