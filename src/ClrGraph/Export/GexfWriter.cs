using System.Globalization;
using System.Xml;
using ClrGraph.Building;
using ClrGraph.Metrics;

namespace ClrGraph.Export;

/// <summary>
/// Writes GEXF (<c>clrgraph.gexf</c>) for Gephi: typed attributes, <c>viz:color</c>, <c>viz:size</c> and a
/// deterministic <c>viz:position</c> on every node (subsystems on a circle, posts near their primary subsystem,
/// reading lists in the middle), so the first view is readable before any layout runs. Version 1.3 by default,
/// 1.2draft for older readers such as networkx 2.8.
/// </summary>
public static class GexfWriter
{
    /// <summary>The versions written.</summary>
    public static IReadOnlyList<string> Versions { get; } = ["1.3", "1.2draft"];

    /// <summary>Writes the graph as UTF-8 GEXF.</summary>
    public static void Write(KnowledgeGraph graph, GraphMetrics metrics, string version, Stream output)
    {
        var (ns, vizNs) = version == "1.2draft"
            ? ("http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz")
            : ("http://gexf.net/1.3", "http://gexf.net/1.3/viz");
        var attributes = new GraphAttributes(metrics);
        var positions = Layout.Positions(graph);
        using var xml = XmlWriter.Create(output, GraphmlWriter.Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", ns);
        xml.WriteAttributeString("xmlns", "viz", null, vizNs);
        xml.WriteAttributeString("version", version == "1.2draft" ? "1.2" : "1.3");
        xml.WriteStartElement("meta", ns);
        xml.WriteElementString("creator", ns, "ClrGraph");
        xml.WriteElementString("description", ns, "CoreCLR reading lists mapped to the runtime's subsystems");
        xml.WriteEndElement();

        xml.WriteStartElement("graph", ns);
        xml.WriteAttributeString("mode", "static");
        xml.WriteAttributeString("defaultedgetype", "directed");
        Attributes(xml, ns, "node", attributes.Node.Select(a => (a.Name, a.Type)));
        Attributes(xml, ns, "edge", attributes.Edge.Select(a => (a.Name, a.Type)));

        xml.WriteStartElement("nodes", ns);
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", ns);
            xml.WriteAttributeString("id", node.Id);
            xml.WriteAttributeString("label", XmlText.Clean(node.Label));
            Values(xml, ns, attributes.Node.Select((a, i) => (i, a.Value(node))));
            var (r, g, b) = Colors.Rgb(node.Color);
            xml.WriteStartElement("viz", "color", vizNs);
            xml.WriteAttributeString("r", Int(r));
            xml.WriteAttributeString("g", Int(g));
            xml.WriteAttributeString("b", Int(b));
            xml.WriteEndElement();
            var (x, y) = positions[node.Id];
            xml.WriteStartElement("viz", "position", vizNs);
            xml.WriteAttributeString("x", GraphAttributes.Number(x));
            xml.WriteAttributeString("y", GraphAttributes.Number(y));
            xml.WriteAttributeString("z", "0");
            xml.WriteEndElement();
            xml.WriteStartElement("viz", "size", vizNs);
            xml.WriteAttributeString("value", GraphAttributes.Number(attributes.Size(node)));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", ns);
        foreach (var link in graph.Links)
        {
            xml.WriteStartElement("edge", ns);
            xml.WriteAttributeString("id", link.Id);
            xml.WriteAttributeString("source", link.Source.Id);
            xml.WriteAttributeString("target", link.Target.Id);
            xml.WriteAttributeString("label", link.RelationName);
            xml.WriteAttributeString("weight", GraphAttributes.Number(link.Weight));
            Values(xml, ns, attributes.Edge.Select((a, i) => (i, a.Value(link))));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Attributes(XmlWriter xml, string ns, string domain, IEnumerable<(string Name, ColumnType Type)> columns)
    {
        xml.WriteStartElement("attributes", ns);
        xml.WriteAttributeString("class", domain);
        xml.WriteAttributeString("mode", "static");
        var index = 0;
        foreach (var (name, type) in columns)
        {
            xml.WriteStartElement("attribute", ns);
            xml.WriteAttributeString("id", Int(index++));
            xml.WriteAttributeString("title", name);
            xml.WriteAttributeString("type", type switch
            {
                ColumnType.WholeNumber => "integer",
                ColumnType.Real => "double",
                ColumnType.Flag => "boolean",
                _ => "string",
            });
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Values(XmlWriter xml, string ns, IEnumerable<(int Index, string? Value)> values)
    {
        var started = false;
        foreach (var (index, value) in values)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (!started)
            {
                xml.WriteStartElement("attvalues", ns);
                started = true;
            }

            xml.WriteStartElement("attvalue", ns);
            xml.WriteAttributeString("for", Int(index));
            xml.WriteAttributeString("value", XmlText.Clean(value));
            xml.WriteEndElement();
        }

        if (started)
        {
            xml.WriteEndElement();
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
