using System.Xml;
using ClrGraph.Building;
using ClrGraph.Metrics;
using QuikGraph;

namespace ClrGraph.Export.Xml;

/// <summary>
/// Writes GEXF (<c>clrgraph.gexf</c>) for Gephi: typed attributes, <c>viz:color</c>, <c>viz:size</c> and a
/// deterministic <c>viz:position</c> on every node (subsystems on a circle, posts near their primary subsystem,
/// reading lists in the middle), so the first view is readable before any layout runs. Version 1.3 by default,
/// 1.2draft for older readers such as networkx 2.8.
/// </summary>
internal static class GexfWriter
{
    public static void Write(
        IEdgeListGraph<Node, Edge> graph,
        GraphMetrics metrics,
        IReadOnlyDictionary<Node, (double X, double Y)> positions,
        GexfVersion version,
        Stream output
    )
    {
        var (ns, vizNs) =
            version == GexfVersion.Gexf12Draft
                ? ("http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz")
                : ("http://gexf.net/1.3", "http://gexf.net/1.3/viz");
        var attributes = new Columns(metrics);
        using var xml = XmlOutput.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", ns);
        xml.WriteAttributeString("xmlns", "viz", null, vizNs);
        xml.WriteAttributeString("version", version == GexfVersion.Gexf12Draft ? "1.2" : "1.3");
        xml.WriteStartElement("meta", ns);
        xml.WriteElementString("creator", ns, "ClrGraph");
        xml.WriteElementString("description", ns, "CoreCLR reading lists mapped to the runtime's subsystems");
        xml.WriteEndElement();
        xml.WriteStartElement("graph", ns);
        xml.WriteAttributeString("mode", "static");
        xml.WriteAttributeString("defaultedgetype", "directed");
        Attributes(xml, ns, "node", attributes.Node);
        Attributes(xml, ns, "edge", attributes.Edge);

        xml.WriteStartElement("nodes", ns);
        foreach (var node in graph.Vertices)
        {
            xml.WriteStartElement("node", ns);
            xml.Attribute("id", node.Id);
            xml.Attribute("label", node.Label);
            Values(xml, ns, attributes.Node, node);
            var (r, g, b) = Colors.Rgb(node.Color);
            xml.Empty("viz", "color", vizNs, ("r", Columns.WholeNumber(r)), ("g", Columns.WholeNumber(g)),
                ("b", Columns.WholeNumber(b)));
            var (x, y) = positions[node];
            xml.Empty("viz", "position", vizNs, ("x", Columns.Number(x)), ("y", Columns.Number(y)), ("z", "0"));
            xml.Empty("viz", "size", vizNs, ("value", Columns.Number(attributes.Size(node))));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", ns);
        foreach (var (index, edge) in graph.Edges.Index())
        {
            xml.WriteStartElement("edge", ns);
            xml.WriteAttributeString("id", "e" + Columns.WholeNumber(index));
            xml.Attribute("source", edge.Source.Id);
            xml.Attribute("target", edge.Target.Id);
            xml.WriteAttributeString("label", edge.Relation);
            xml.WriteAttributeString("weight", Columns.Number(edge.Weight));
            Values(xml, ns, attributes.Edge, edge);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Attributes<T>(XmlWriter xml, string ns, string domain, IReadOnlyList<Column<T>> columns)
    {
        xml.WriteStartElement("attributes", ns);
        xml.WriteAttributeString("class", domain);
        xml.WriteAttributeString("mode", "static");
        foreach (var (index, column) in columns.Index())
        {
            var (id, type) = (Columns.WholeNumber(index), Columns.TypeName(column.Type, wholeNumber: "integer"));
            xml.Empty(null, "attribute", ns, ("id", id), ("title", column.Name), ("type", type));
        }

        xml.WriteEndElement();
    }

    // Every node and edge has values (kind, relation), so <attvalues> is never empty.
    private static void Values<T>(XmlWriter xml, string ns, IReadOnlyList<Column<T>> columns, T item)
    {
        xml.WriteStartElement("attvalues", ns);
        for (var index = 0; index < columns.Count; index++)
        {
            if (columns[index].Value(item) is { Length: > 0 } value)
            {
                xml.Empty(null, "attvalue", ns, ("for", Columns.WholeNumber(index)), ("value", value));
            }
        }

        xml.WriteEndElement();
    }
}
