namespace ClrGraph.Export;

/// <summary>Indented lines with <c>\n</c> line ends, whatever the platform.</summary>
internal sealed class DotOutput(TextWriter writer)
{
    /// <summary>The indentation, in levels of two spaces.</summary>
    public int Indent { get; set; }

    /// <summary>Writes one indented line.</summary>
    public void Line(string text)
    {
        for (var i = 0; i < Indent; i++)
        {
            writer.Write("  ");
        }

        writer.Write(text);
        writer.Write('\n');
    }
}
