using System.Globalization;
using System.Text.Json;
using ClrGraph.Building;
using ClrGraph.Export;
using ClrGraph.Pipeline;

namespace ClrGraph.Tests.Consumers;

/// <summary>What a consumer should read back: every attribute of every node and edge, typed as we declare it.</summary>
internal static class Expected
{
    public static Dictionary<string, Dictionary<string, object>> Nodes(LoadResult result, bool withRgb)
    {
        var attributes = new GraphAttributes(result.Metrics!);
        return result.Graph!.Vertices.ToDictionary(n => n.Id, n =>
        {
            var values = new Dictionary<string, object> { ["label"] = XmlText.Clean(n.Label) };
            foreach (var column in attributes.Node)
            {
                if (Typed(column.Type, column.Value(n)) is { } value)
                {
                    values[column.Name] = value;
                }
            }

            if (withRgb)
            {
                var (r, g, b) = Colors.Rgb(n.Color);
                values["r"] = (long)r;
                values["g"] = (long)g;
                values["b"] = (long)b;
                values["size"] = attributes.Size(n);
            }

            return values;
        });
    }

    public static Dictionary<string, Dictionary<string, object>> Edges(LoadResult result)
    {
        var attributes = new GraphAttributes(result.Metrics!);
        return result.Graph!.Edges.ToDictionary(e => e.Source.Id + " -> " + e.Target.Id, e =>
        {
            var values = new Dictionary<string, object> { ["weight"] = e.Weight };
            foreach (var column in attributes.Edge)
            {
                if (Typed(column.Type, column.Value(e)) is { } value)
                {
                    values[column.Name] = value;
                }
            }

            return values;
        });
    }

    private static object? Typed(ColumnType type, string? text) => string.IsNullOrEmpty(text) ? null : type switch
    {
        ColumnType.WholeNumber => long.Parse(text, CultureInfo.InvariantCulture),
        ColumnType.Real => double.Parse(text, CultureInfo.InvariantCulture),
        ColumnType.Flag => text == "true",
        _ => XmlText.Clean(text),
    };

    /// <summary>Asserts that what the consumer read (JSON from read_graph.py) has every expected value with its type.</summary>
    /// <param name="numbersAsDoubles">igraph keeps every number as a double.</param>
    public static void Compare(string json, LoadResult result, bool withRgb, bool numbersAsDoubles, string reader)
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

        var edges = root.GetProperty("edges").EnumerateArray()
            .ToDictionary(e => e.GetProperty("source").GetString() + " -> " + e.GetProperty("target").GetString(), e => e.GetProperty("attrs"));
        var expectedEdges = Edges(result);
        Assert.Equal(expectedEdges.Count, edges.Count);
        foreach (var (key, values) in expectedEdges)
        {
            Assert.True(edges.TryGetValue(key, out var actual), $"{reader} lost edge {key}");
            Same(values, actual, numbersAsDoubles, $"{reader}, edge {key}");
        }
    }

    private static void Same(Dictionary<string, object> expected, JsonElement actual, bool numbersAsDoubles, string where)
    {
        foreach (var (name, value) in expected)
        {
            Assert.True(actual.TryGetProperty(name, out var got), $"{where}: attribute {name} is missing");
            switch (value)
            {
                case string s:
                    Assert.True(got.ValueKind == JsonValueKind.String, $"{where}: {name} is {got.ValueKind}, not a string");
                    Assert.Equal(s, got.GetString());
                    break;
                case bool b:
                    Assert.True(got.ValueKind is JsonValueKind.True or JsonValueKind.False, $"{where}: {name} is {got.ValueKind}, not a boolean");
                    Assert.Equal(b, got.GetBoolean());
                    break;
                case long l:
                    Assert.True(got.ValueKind == JsonValueKind.Number, $"{where}: {name} is {got.ValueKind}, not a number");
                    if (!numbersAsDoubles)
                    {
                        Assert.True(got.TryGetInt64(out _) && !got.GetRawText().Contains('.', StringComparison.Ordinal), $"{where}: {name} = {got.GetRawText()} is not an integer");
                    }

                    Assert.Equal(l, got.GetDouble());
                    break;
                case double d:
                    Assert.True(got.ValueKind == JsonValueKind.Number, $"{where}: {name} is {got.ValueKind}, not a number");
                    Assert.Equal(d, got.GetDouble());
                    break;
                default:
                    Assert.Fail($"{where}: unexpected type for {name}");
                    break;
            }
        }
    }
}
