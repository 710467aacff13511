using System.Text;
using System.Xml;

namespace ClrGraph.Export.Xml;

/// <summary>
/// The <see cref="XmlWriter"/> the GraphML and GEXF writers share: UTF-8 without a byte-order mark, two-space
/// indentation, <c>\n</c> line ends, and line breaks in values written as character references, so that a reader
/// gets every character back. Text goes through <see cref="XmlText.Clean"/> first: what XML cannot carry is replaced.
/// </summary>
internal static class XmlOutput
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    /// <summary>A writer over <paramref name="output"/>, which stays open.</summary>
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, Settings);

    /// <summary>Writes an attribute whose value may be any text.</summary>
    public static void Attribute(this XmlWriter xml, string name, string value) =>
        xml.WriteAttributeString(name, XmlText.Clean(value));

    /// <summary>Writes an element with attributes and nothing inside: <c>&lt;viz:size value="12"/&gt;</c>.</summary>
    public static void Empty(
        this XmlWriter xml,
        string? prefix,
        string name,
        string ns,
        params ReadOnlySpan<(string Name, string Value)> attributes
    )
    {
        xml.WriteStartElement(prefix, name, ns);
        foreach (var (attribute, value) in attributes)
        {
            xml.Attribute(attribute, value);
        }

        xml.WriteEndElement();
    }
}
