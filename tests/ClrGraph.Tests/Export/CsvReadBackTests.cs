using System.Globalization;
using System.Text;
using ClrGraph.Building;
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
        using var reader = CsvReader.Create(new StringReader(Encoding.UTF8.GetString(bytes)), CsvReaderOptions.Default with { HasHeader = false });
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
        string.IsNullOrEmpty(text) ? "" : "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Nodes_and_edges_read_back_to_the_graph(string input)
    {
        var result = Fixture.Load(TaxonomyOf(input));
        var graph = result.Graph!;
        var metrics = result.Metrics!;
        var files = Fixture.Export(result, formats: ["csv"]);

        var nodes = Read(files["nodes.csv"]);
        Assert.Equal(graph.Nodes.Select(n => n.Id), nodes.Select(r => r["Id"]));
        foreach (var row in nodes)
        {
            var node = graph.Find(row["Id"])!;
            var m = metrics[node];
            Assert.Equal(Safe(node.Label), row["Label"]);
            Assert.Equal(Names.Of(node.Kind), row["Kind"]);
            Assert.Equal(node.Url ?? "", row["Url"]);
            Assert.Equal(Number(node.Year), row["Year"]);
            Assert.Equal(Safe(node.Section), row["Section"]);
            Assert.Equal(string.Join(";", node.Subsystems), row["Subsystems"]);
            Assert.Equal(node.Color, row["Color"]);
            Assert.Equal(m.Degree, int.Parse(row["Degree"], CultureInfo.InvariantCulture));
            Assert.Equal(m.PageRank, double.Parse(row["PageRank"], CultureInfo.InvariantCulture));
            Assert.Equal(Safe(node.Note), row["Note"]);
        }

        var edges = Read(files["edges.csv"]);
        Assert.Equal(graph.LinkCount, edges.Count);
        foreach (var (link, row) in graph.Links.Zip(edges))
        {
            Assert.Equal((link.Source.Id, link.Target.Id, "Directed", link.Id), (row["Source"], row["Target"], row["Type"], row["Id"]));
            Assert.Equal(link.Weight, double.Parse(row["Weight"], CultureInfo.InvariantCulture));
            Assert.Equal(link.RelationName, row["Relation"]);
            Assert.Equal(link.Primary ? "true" : "false", row["Primary"]);
            Assert.Equal(Safe(link.Section), row["Section"]);
            Assert.Equal(Number(link.Position), row["Position"]);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Coverage_and_subsystems_read_back_to_the_graph(string input)
    {
        var result = Fixture.Load(TaxonomyOf(input));
        var graph = result.Graph!;
        var metrics = result.Metrics!;
        var files = Fixture.Export(result, formats: ["csv"]);
        var topLevel = graph.Nodes.Where(n => n.Kind == NodeKind.Subsystem && n.Parent is null).Select(GraphMetrics.SubsystemId).ToList();

        var coverage = Read(files["coverage.csv"]);
        Assert.Equal(graph.Nodes.Count(n => n.Kind == NodeKind.Post), coverage.Count);
        foreach (var row in coverage)
        {
            var post = graph.Find(row["Id"])!;
            Assert.Equal(Safe(post.Label), row["Title"]);
            var covered = post.Subsystems.Select(s => graph.Subsystem(s)!.TopLevel).ToHashSet();
            Assert.All(topLevel, t => Assert.Equal(covered.Contains(t) ? "1" : "0", row[t]));
        }

        var subsystems = Read(files["subsystems.csv"]);
        foreach (var row in subsystems)
        {
            var node = graph.Subsystem(row["Id"])!;
            var m = metrics[node];
            Assert.Equal(Safe(node.Label), row["Name"]);
            Assert.Equal((m.DirectPosts, m.TotalPosts, m.PrimaryPosts), (int.Parse(row["Posts"], CultureInfo.InvariantCulture), int.Parse(row["PostsWithChildren"], CultureInfo.InvariantCulture), int.Parse(row["PostsPrimary"], CultureInfo.InvariantCulture)));
            Assert.Equal(Math.Round(100.0 * m.TotalPosts / metrics.PostCount, 1), double.Parse(row["SharePercent"], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Excel_option_writes_a_bom_and_crlf()
    {
        var files = Fixture.Export(Fixture.Load(Repo.Fixture("small")), new ClrGraph.Export.ExportOptions(Excel: true), ["csv"]);
        var bytes = files["nodes.csv"];
        Assert.True(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));
        Assert.Contains("\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
