using System.Xml;
using ClrGraph.Building;
using ClrGraph.Metrics;
using QuikGraph;

namespace ClrGraph.Export.Xml;

/// <summary>
/// Writes GraphML (<c>clrgraph.graphml</c>) for Gephi, networkx, igraph and yEd: every attribute a typed
/// <c>&lt;key&gt;</c>, the keys Gephi maps to its own columns (<c>label</c>, <c>weight</c>, <c>r</c>, <c>g</c>,
/// <c>b</c>, <c>size</c>), nodes before edges (igraph's reader expects it), written with <see cref="XmlOutput"/>.
/// </summary>
internal static class GraphmlWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static void Write(IEdgeListGraph<Node, Edge> graph, GraphMetrics metrics, Stream output)
    {
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var attributes = new Columns(metrics);
        using var xml = XmlOutput.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, xsi);
        xml.WriteAttributeString("xsi", "schemaLocation", xsi, Namespace + " " + Namespace + "/1.0/graphml.xsd");
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
        var edgeKeys = attributes.Edge.Select(a => (Key: "e_" + a.Name, Column: a)).ToList();
        foreach (var (key, attribute) in edgeKeys)
        {
            Key(xml, key, "edge", attribute.Name, attribute.Type);
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "clrgraph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Vertices)
        {
            xml.WriteStartElement("node", Namespace);
            xml.Attribute("id", node.Id);
            Data(xml, "label", node.Label);
            foreach (var attribute in attributes.Node)
            {
                Data(xml, attribute.Name, attribute.Value(node));
            }

            var (r, g, b) = Colors.Rgb(node.Color);
            Data(xml, "r", Columns.WholeNumber(r));
            Data(xml, "g", Columns.WholeNumber(g));
            Data(xml, "b", Columns.WholeNumber(b));
            Data(xml, "size", Columns.Number(attributes.Size(node)));
            xml.WriteEndElement();
        }

        foreach (var (index, edge) in graph.Edges.Index())
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + Columns.WholeNumber(index));
            xml.Attribute("source", edge.Source.Id);
            xml.Attribute("target", edge.Target.Id);
            Data(xml, "weight", Columns.Number(edge.Weight));
            foreach (var (key, attribute) in edgeKeys)
            {
                Data(xml, key, attribute.Value(edge));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Key(XmlWriter xml, string id, string domain, string name, ColumnType type) =>
        xml.Empty(null, "key", Namespace, ("id", id), ("for", domain), ("attr.name", name),
            ("attr.type", Columns.TypeName(type, wholeNumber: "int")));

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is { Length: > 0 })
        {
            xml.WriteStartElement("data", Namespace);
            xml.WriteAttributeString("key", key);
            xml.WriteString(XmlText.Clean(value));
            xml.WriteEndElement();
        }
    }
}
