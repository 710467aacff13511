using ClrGraph.Building;
using ClrGraph.Metrics;
using QuikGraph;

namespace ClrGraph.Export;

/// <summary>
/// Writes GraphML (<c>clrgraph.graphml</c>) for Gephi, networkx, igraph and yEd: every attribute a typed
/// <c>&lt;key&gt;</c>, the keys Gephi maps to its own columns (<c>label</c>, <c>weight</c>, <c>r</c>, <c>g</c>,
/// <c>b</c>, <c>size</c>), nodes before edges (igraph's reader expects it), streamed over UTF-8 with
/// <see cref="Utf8Xml"/>.
/// </summary>
internal static class GraphmlWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Writes the graph as UTF-8 GraphML.</summary>
    public static void Write(IEdgeListGraph<Node, Edge> graph, GraphMetrics metrics, Stream output)
    {
        var attributes = new GraphAttributes(metrics);
        using var xml = new Utf8Xml(output);
        xml.Raw(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<graphml "u8
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "u8
                + "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "u8
                + "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\" "u8
                + "xmlns=\"http://graphml.graphdrawing.org/xmlns\">"u8
        );
        Key(xml, "label", "node", "label", ColumnType.Text);
        foreach (var attribute in attributes.Node)
        {
            Key(xml, attribute.Name, "node", attribute.Name, attribute.Type);
        }

        Key(xml, "r", "node", "r", ColumnType.WholeNumber);
        Key(xml, "g", "node", "g", ColumnType.WholeNumber);
        Key(xml, "b", "node", "b", ColumnType.WholeNumber);
        Key(xml, "size", "node", "size", ColumnType.Real);
        Key(xml, "weight", "edge", "weight", ColumnType.Real);
        var edgeKeys = attributes.Edge.Select(a => "e_" + a.Name).ToArray(); // made once, not once per edge
        for (var i = 0; i < edgeKeys.Length; i++)
        {
            Key(xml, edgeKeys[i], "edge", attributes.Edge[i].Name, attributes.Edge[i].Type);
        }

        xml.Line(1);
        xml.Raw("<graph id=\"clrgraph\" edgedefault=\"directed\">"u8);
        foreach (var node in graph.Vertices)
        {
            xml.Line(2);
            xml.Raw("<node"u8);
            xml.Attribute("id"u8, node.Id);
            xml.Raw(">"u8);
            Data(xml, "label", node.Label);
            foreach (var attribute in attributes.Node)
            {
                Data(xml, attribute.Name, attribute.Value(node));
            }

            var (r, g, b) = Colors.Rgb(node.Color);
            Data(xml, "r", GraphAttributes.WholeNumber(r)!);
            Data(xml, "g", GraphAttributes.WholeNumber(g)!);
            Data(xml, "b", GraphAttributes.WholeNumber(b)!);
            Data(xml, "size", GraphAttributes.Number(attributes.Size(node)));
            xml.Line(2);
            xml.Raw("</node>"u8);
        }

        var edgeIndex = 0;
        foreach (var link in graph.Edges)
        {
            xml.Line(2);
            xml.Raw("<edge"u8);
            xml.EdgeId("id"u8, edgeIndex++);
            xml.Attribute("source"u8, link.Source.Id);
            xml.Attribute("target"u8, link.Target.Id);
            xml.Raw(">"u8);
            Data(xml, "weight", GraphAttributes.Number(link.Weight));
            for (var i = 0; i < edgeKeys.Length; i++)
            {
                Data(xml, edgeKeys[i], attributes.Edge[i].Value(link));
            }

            xml.Line(2);
            xml.Raw("</edge>"u8);
        }

        xml.Line(1);
        xml.Raw("</graph>\n</graphml>"u8);
    }

    private static void Key(Utf8Xml xml, string id, string domain, string name, ColumnType type)
    {
        xml.Line(1);
        xml.Raw("<key"u8);
        xml.Attribute("id"u8, id);
        xml.Attribute("for"u8, domain);
        xml.Attribute("attr.name"u8, name);
        xml.Attribute(
            "attr.type"u8,
            type switch
            {
                ColumnType.WholeNumber => "int",
                ColumnType.Real => "double",
                ColumnType.Flag => "boolean",
                _ => "string",
            }
        );
        xml.Raw(" />"u8);
    }

    private static void Data(Utf8Xml xml, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        xml.Line(3);
        xml.Raw("<data"u8);
        xml.Attribute("key"u8, key);
        xml.Raw(">"u8);
        xml.Text(value);
        xml.Raw("</data>"u8);
    }
}
