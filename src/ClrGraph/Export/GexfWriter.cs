using System.Globalization;
using ClrGraph.Building;
using ClrGraph.Metrics;
using QuikGraph;

namespace ClrGraph.Export;

/// <summary>
/// Writes GEXF (<c>clrgraph.gexf</c>) for Gephi: typed attributes, <c>viz:color</c>, <c>viz:size</c> and a
/// deterministic <c>viz:position</c> on every node (subsystems on a circle, posts near their primary subsystem,
/// reading lists in the middle), so the first view is readable before any layout runs. Version 1.3 by default,
/// 1.2draft for older readers such as networkx 2.8.
/// </summary>
internal static class GexfWriter
{
    /// <summary>The versions written.</summary>
    public static IReadOnlyList<string> Versions { get; } = ["1.3", "1.2draft"];

    /// <summary>Writes the graph as UTF-8 GEXF.</summary>
    public static void Write(
        IEdgeListGraph<Node, Edge> graph,
        GraphMetrics metrics,
        IReadOnlyDictionary<Node, (double X, double Y)> positions,
        string version,
        Stream output
    )
    {
        var (ns, vizNs) =
            version == "1.2draft"
                ? ("http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz")
                : ("http://gexf.net/1.3", "http://gexf.net/1.3/viz");
        var attributes = new GraphAttributes(metrics);
        var colors = new Dictionary<string, string>(StringComparer.Ordinal);
        using var xml = new Utf8Xml(output);
        xml.Raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<gexf"u8);
        xml.Attribute("xmlns:viz"u8, vizNs);
        xml.Attribute("version"u8, version == "1.2draft" ? "1.2" : "1.3");
        xml.Attribute("xmlns"u8, ns);
        xml.Raw(">"u8);
        xml.Line(1);
        xml.Raw("<meta>"u8);
        xml.Line(2);
        xml.Raw("<creator>ClrGraph</creator>"u8);
        xml.Line(2);
        xml.Raw("<description>CoreCLR reading lists mapped to the runtime's subsystems</description>"u8);
        xml.Line(1);
        xml.Raw("</meta>"u8);
        xml.Line(1);
        xml.Raw("<graph mode=\"static\" defaultedgetype=\"directed\">"u8);
        Attributes(xml, "node", attributes.Node.Select(a => (a.Name, a.Type)));
        Attributes(xml, "edge", attributes.Edge.Select(a => (a.Name, a.Type)));

        xml.Line(2);
        xml.Raw("<nodes>"u8);
        foreach (var node in graph.Vertices)
        {
            xml.Line(3);
            xml.Raw("<node"u8);
            xml.Attribute("id"u8, node.Id);
            xml.Attribute("label"u8, node.Label);
            xml.Raw(">"u8);
            Values(xml, attributes.Node, node);
            if (!colors.TryGetValue(node.Color, out var color))
            {
                var (r, g, b) = Colors.Rgb(node.Color);
                color = string.Create(CultureInfo.InvariantCulture, $" r=\"{r}\" g=\"{g}\" b=\"{b}\" />");
                colors[node.Color] = color; // few colours, many nodes: each element written once as text
            }

            xml.Line(4);
            xml.Raw("<viz:color"u8);
            xml.Markup(color);
            var (x, y) = positions[node];
            xml.Line(4);
            xml.Raw("<viz:position"u8);
            xml.Attribute("x"u8, GraphAttributes.Number(x));
            xml.Attribute("y"u8, GraphAttributes.Number(y));
            xml.Raw(" z=\"0\" />"u8);
            xml.Line(4);
            xml.Raw("<viz:size"u8);
            xml.Attribute("value"u8, GraphAttributes.Number(attributes.Size(node)));
            xml.Raw(" />"u8);
            xml.Line(3);
            xml.Raw("</node>"u8);
        }

        xml.Line(2);
        xml.Raw("</nodes>"u8);
        xml.Line(2);
        xml.Raw("<edges>"u8);
        var edgeIndex = 0;
        foreach (var link in graph.Edges)
        {
            xml.Line(3);
            xml.Raw("<edge"u8);
            xml.EdgeId("id"u8, edgeIndex++);
            xml.Attribute("source"u8, link.Source.Id);
            xml.Attribute("target"u8, link.Target.Id);
            xml.Attribute("label"u8, link.Relation);
            xml.Attribute("weight"u8, GraphAttributes.Number(link.Weight));
            xml.Raw(">"u8);
            Values(xml, attributes.Edge, link);
            xml.Line(3);
            xml.Raw("</edge>"u8);
        }

        xml.Line(2);
        xml.Raw("</edges>"u8);
        xml.Line(1);
        xml.Raw("</graph>\n</gexf>"u8);
    }

    private static void Attributes(Utf8Xml xml, string domain, IEnumerable<(string Name, ColumnType Type)> columns)
    {
        xml.Line(2);
        xml.Raw("<attributes"u8);
        xml.Attribute("class"u8, domain);
        xml.Raw(" mode=\"static\">"u8);
        var index = 0;
        foreach (var (name, type) in columns)
        {
            xml.Line(3);
            xml.Raw("<attribute"u8);
            xml.Attribute("id"u8, GraphAttributes.WholeNumber(index++)!);
            xml.Attribute("title"u8, name);
            xml.Attribute(
                "type"u8,
                type switch
                {
                    ColumnType.WholeNumber => "integer",
                    ColumnType.Real => "double",
                    ColumnType.Flag => "boolean",
                    _ => "string",
                }
            );
            xml.Raw(" />"u8);
        }

        xml.Line(2);
        xml.Raw("</attributes>"u8);
    }

    // Every node and edge has values (kind, relation), so <attvalues> is never empty.
    private static void Values<T>(Utf8Xml xml, IReadOnlyList<Column<T>> columns, T item)
    {
        xml.Line(4);
        xml.Raw("<attvalues>"u8);
        for (var index = 0; index < columns.Count; index++)
        {
            var value = columns[index].Value(item);
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            xml.Line(5);
            xml.Raw("<attvalue"u8);
            xml.Attribute("for"u8, GraphAttributes.WholeNumber(index)!);
            xml.Attribute("value"u8, value);
            xml.Raw(" />"u8);
        }

        xml.Line(4);
        xml.Raw("</attvalues>"u8);
    }
}
