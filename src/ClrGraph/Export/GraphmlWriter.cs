using System.Text;
using System.Xml;
using ClrGraph.Building;
using ClrGraph.Metrics;

namespace ClrGraph.Export;

/// <summary>
/// Writes GraphML (<c>clrgraph.graphml</c>) for Gephi, networkx, igraph and yEd: every attribute a typed
/// <c>&lt;key&gt;</c>, the keys Gephi maps to its own columns (<c>label</c>, <c>weight</c>, <c>r</c>, <c>g</c>,
/// <c>b</c>, <c>size</c>), nodes before edges (igraph's reader expects it), streamed with <see cref="XmlWriter"/>.
/// </summary>
public static class GraphmlWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Writes the graph as UTF-8 GraphML.</summary>
    public static void Write(KnowledgeGraph graph, GraphMetrics metrics, Stream output)
    {
        var attributes = new GraphAttributes(metrics);
        using var xml = XmlWriter.Create(output, Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance", Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");

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
        foreach (var attribute in attributes.Edge)
        {
            Key(xml, "e_" + attribute.Name, "edge", attribute.Name, attribute.Type);
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "clrgraph");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", node.Id);
            Data(xml, "label", node.Label);
            foreach (var attribute in attributes.Node)
            {
                Data(xml, attribute.Name, attribute.Value(node));
            }

            var (r, g, b) = Colors.Rgb(node.Color);
            Data(xml, "r", r.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Data(xml, "g", g.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Data(xml, "b", b.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Data(xml, "size", GraphAttributes.Number(attributes.Size(node)));
            xml.WriteEndElement();
        }

        foreach (var link in graph.Links)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", link.Id);
            xml.WriteAttributeString("source", link.Source.Id);
            xml.WriteAttributeString("target", link.Target.Id);
            Data(xml, "weight", GraphAttributes.Number(link.Weight));
            foreach (var attribute in attributes.Edge)
            {
                Data(xml, "e_" + attribute.Name, attribute.Value(link));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The settings of every XML writer: UTF-8 without BOM, <c>\n</c>, CR kept as a character reference.</summary>
    internal static XmlWriterSettings Settings { get; } = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    private static void Key(XmlWriter xml, string id, string domain, string name, ColumnType type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type switch
        {
            ColumnType.WholeNumber => "int",
            ColumnType.Real => "double",
            ColumnType.Flag => "boolean",
            _ => "string",
        });
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlText.Clean(value));
        xml.WriteEndElement();
    }
}
