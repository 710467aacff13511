using System.Text.Json;
using ClrGraph.Building;
using ClrGraph.Export;
using ClrGraph.Pipeline;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Consumers;

/// <summary>
/// What a consumer should read back: every attribute of every node and edge, typed as the README documents it. The
/// mapping from the graph's records to attributes is written here again, apart from the exporters' columns, and for
/// the small fixture it is checked against values written by hand (<c>Fixtures/small/expected-graph.json</c>). A
/// node's drawn size has no second formula here: it is checked against the hand-written sizes, and elsewhere only for
/// growing with the degree.
/// </summary>
internal static class Expected
{
    public static Dictionary<string, Dictionary<string, object>> Nodes(LoadedGraph result, bool withRgb) =>
        result.Graph!.Vertices.ToDictionary(
            n => n.Id,
            n =>
            {
                var m = result.Metrics![n];
                var values = new Dictionary<string, object?>
                {
                    ["label"] = n.Label,
                    ["kind"] = n.Kind,
                    ["color"] = n.Color,
                    ["degree"] = (long)m.Degree,
                    ["in_degree"] = (long)m.InDegree,
                    ["out_degree"] = (long)m.OutDegree,
                    ["pagerank"] = m.PageRank,
                };
                switch (n)
                {
                    case PostNode p:
                        (values["url"], values["site"], values["year"]) = (p.Url, p.Site, (long?)p.Year);
                        (values["section"], values["note"], values["top_level"]) = (p.Section, p.Note, p.TopLevelId);
                        values["subsystems"] = string.Join(";", p.Subsystems);
                        values["primary_subsystem"] = p.PrimarySubsystem;
                        break;
                    case SubsystemNode s:
                        (values["note"], values["parent"], values["top_level"]) = (s.Summary, s.ParentId, s.TopLevelId);
                        (values["posts"], values["posts_total"]) = ((long)m.DirectPosts, (long)m.TotalPosts);
                        values["posts_primary"] = (long)m.PrimaryPosts;
                        (values["botr"], values["source"]) = (string.Join(";", s.Botr), string.Join(";", s.Source));
                        values["design_docs"] = string.Join(";", s.DesignDocs);
                        break;
                    case ReadingListNode l:
                        (values["url"], values["note"], values["tags"]) = (l.Url, l.Summary, string.Join(";", l.Tags));
                        values["posts"] = (long)m.DirectPosts;
                        break;
                    default:
                        break;
                }

                if (withRgb)
                {
                    values["r"] = (long)Convert.ToInt32(n.Color[1..3], 16);
                    values["g"] = (long)Convert.ToInt32(n.Color[3..5], 16);
                    values["b"] = (long)Convert.ToInt32(n.Color[5..7], 16);
                }

                return Present(values);
            }
        );

    public static Dictionary<string, Dictionary<string, object>> Edges(LoadedGraph result) =>
        result.Graph!.Edges.ToDictionary(
            e => e.Source.Id + " -> " + e.Target.Id,
            e =>
                Present(
                    new()
                    {
                        ["weight"] = e is CoversEdge { Primary: true } ? 2.0 : 1.0,
                        ["relation"] = e switch
                        {
                            CoversEdge => "covers",
                            PartOfEdge => "part-of",
                            _ => "lists",
                        },
                        ["primary"] = e is CoversEdge { Primary: true },
                        ["section"] = (e as ListsEdge)?.Section,
                        ["position"] = (long?)(e as ListsEdge)?.Position,
                    }
                )
        );

    /// <summary>The values written by hand for a fixture (<c>expected-graph.json</c> beside its taxonomy).</summary>
    public static (
        Dictionary<string, Dictionary<string, object>> Nodes,
        Dictionary<string, Dictionary<string, object>> Edges
    ) WrittenByHand(string fixture)
    {
        var path = Path.Combine(Repo.Fixtures, fixture, "expected-graph.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        static Dictionary<string, Dictionary<string, object>> Read(JsonElement map) =>
            map.EnumerateObject()
                .ToDictionary(
                    p => p.Name,
                    p =>
                        p.Value.EnumerateObject()
                            .ToDictionary(
                                a => a.Name,
                                a =>
                                    a.Value.ValueKind switch
                                    {
                                        JsonValueKind.String => (object)a.Value.GetString()!,
                                        JsonValueKind.True or JsonValueKind.False => a.Value.GetBoolean(),
                                        _ when !a.Value.GetRawText().Contains('.', StringComparison.Ordinal) =>
                                            a.Value.GetInt64(),
                                        _ => a.Value.GetDouble(),
                                    }
                            )
                );
        return (Read(document.RootElement.GetProperty("nodes")), Read(document.RootElement.GetProperty("edges")));
    }

    // Absent values (null, empty text) are not written, so a consumer has none to read back.
    private static Dictionary<string, object> Present(Dictionary<string, object?> values) =>
        values
            .Where(v => v.Value is not null and not "")
            .ToDictionary(v => v.Key, v => v.Value is string text ? ExpectedText.XmlCarried(text) : v.Value!);

    /// <summary>Asserts that what the consumer read (JSON from read_graph.py) has every expected value with its
    /// type.</summary>
    /// <param name="numbersAsDoubles">igraph keeps every number as a double.</param>
    /// <param name="sizes">The drawn sizes written by hand, by node, if any.</param>
    public static void Compare(
        string json,
        LoadedGraph result,
        bool withRgb,
        bool numbersAsDoubles,
        string reader,
        IReadOnlyDictionary<string, double>? sizes = null
    )
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.True(root.GetProperty("directed").GetBoolean(), reader + " read an undirected graph");
        var nodes = root.GetProperty("nodes");
        var expectedNodes = Nodes(result, withRgb);
        Assert.Equal(expectedNodes.Count, nodes.EnumerateObject().Count());
        foreach (var (id, values) in expectedNodes)
        {
            Assert.True(nodes.TryGetProperty(id, out var actual), $"{reader} lost node {id}");
            Same(values, actual, numbersAsDoubles, $"{reader}, node {id}");
        }

        if (withRgb)
        {
            Sizes(nodes, result, sizes, reader);
        }

        var edges = root.GetProperty("edges")
            .EnumerateArray()
            .ToDictionary(
                e => e.GetProperty("source").GetString() + " -> " + e.GetProperty("target").GetString(),
                e => e.GetProperty("attrs")
            );
        var expectedEdges = Edges(result);
        Assert.Equal(expectedEdges.Count, edges.Count);
        foreach (var (key, values) in expectedEdges)
        {
            Assert.True(edges.TryGetValue(key, out var actual), $"{reader} lost edge {key}");
            Same(values, actual, numbersAsDoubles, $"{reader}, edge {key}");
        }
    }

    // Each node's size is the hand-written one where given; a node of a higher degree is drawn larger, and nodes of
    // the same degree alike.
    private static void Sizes(
        JsonElement nodes,
        LoadedGraph result,
        IReadOnlyDictionary<string, double>? sizes,
        string reader
    )
    {
        var read = result.Graph.Vertices.ToDictionary(
            n => n.Id,
            n =>
            {
                var has = nodes.GetProperty(n.Id).TryGetProperty("size", out var size);
                Assert.True(has, $"{reader}: {n.Id} has no size");
                Assert.True(size.ValueKind == JsonValueKind.Number, $"{reader}: {n.Id}'s size is {size.ValueKind}");
                return size.GetDouble();
            }
        );
        foreach (var (id, size) in sizes ?? new Dictionary<string, double>())
        {
            Assert.True(read[id] == size, $"{reader}: {id} has size {read[id]}, not {size}");
        }

        var byDegree = result
            .Graph.Vertices.GroupBy(n => result.Metrics[n].Degree)
            .OrderBy(g => g.Key)
            .Select(g => (Degree: g.Key, Sizes: g.Select(n => read[n.Id]).Distinct().ToList()))
            .ToList();
        Assert.All(
            byDegree,
            d => Assert.True(d.Sizes.Count == 1, $"{reader}: degree {d.Degree} has {d.Sizes.Count} sizes")
        );
        for (var i = 1; i < byDegree.Count; i++)
        {
            Assert.True(
                byDegree[i].Sizes[0] > byDegree[i - 1].Sizes[0],
                $"{reader}: degree {byDegree[i].Degree} is drawn no larger than degree {byDegree[i - 1].Degree}"
            );
        }
    }

    private static void Same(
        Dictionary<string, object> expected,
        JsonElement actual,
        bool numbersAsDoubles,
        string where
    )
    {
        foreach (var (name, value) in expected)
        {
            Assert.True(actual.TryGetProperty(name, out var got), $"{where}: attribute {name} is missing");
            switch (value)
            {
                case string s:
                    Assert.True(
                        got.ValueKind == JsonValueKind.String,
                        $"{where}: {name} is {got.ValueKind}, not a string"
                    );
                    Assert.Equal(s, got.GetString());
                    break;
                case bool b:
                    Assert.True(
                        got.ValueKind is JsonValueKind.True or JsonValueKind.False,
                        $"{where}: {name} is {got.ValueKind}, not a boolean"
                    );
                    Assert.Equal(b, got.GetBoolean());
                    break;
                case long l:
                    Assert.True(
                        got.ValueKind == JsonValueKind.Number,
                        $"{where}: {name} is {got.ValueKind}, not a number"
                    );
                    if (!numbersAsDoubles)
                    {
                        Assert.True(
                            got.TryGetInt64(out _) && !got.GetRawText().Contains('.', StringComparison.Ordinal),
                            $"{where}: {name} = {got.GetRawText()} is not an integer"
                        );
                    }

                    Assert.Equal(l, got.GetDouble());
                    break;
                case double d:
                    Assert.True(
                        got.ValueKind == JsonValueKind.Number,
                        $"{where}: {name} is {got.ValueKind}, not a number"
                    );
                    Assert.Equal(d, got.GetDouble());
                    break;
                default:
                    Assert.Fail($"{where}: unexpected type for {name}");
                    break;
            }
        }
    }
}
