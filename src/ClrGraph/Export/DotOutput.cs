using System.Text;

namespace ClrGraph.Export;

/// <summary>Indented lines with <c>\n</c> line ends, whatever the platform.</summary>
internal sealed class DotOutput(TextWriter writer)
{
    private char[] _chars = new char[256]; // the text of a builder, copied out without a string per label

    public int Indent { get; set; }

    /// <summary>Starts an indented line.</summary>
    public DotOutput Start()
    {
        for (var i = 0; i < Indent; i++)
        {
            writer.Write("  ");
        }

        return this;
    }

    /// <summary>Writes DOT text as it is.</summary>
    public DotOutput Raw(string text)
    {
        writer.Write(text);
        return this;
    }

    /// <summary>Writes an ID, quoted.</summary>
    public DotOutput Id(string id)
    {
        DotSyntax.WriteQuoted(writer, id, "\\n", "&");
        return this;
    }

    /// <summary>Writes an escString (label, tooltip), quoted.</summary>
    public DotOutput Text(string text)
    {
        DotSyntax.WriteQuoted(writer, text, "\\n", "&amp;");
        return this;
    }

    /// <summary>Writes the text built in <paramref name="builder"/> as an escString, quoted, without making a string of it.</summary>
    public DotOutput Text(StringBuilder builder)
    {
        if (_chars.Length < builder.Length)
        {
            _chars = new char[Math.Max(builder.Length, _chars.Length * 2)];
        }

        builder.CopyTo(0, _chars, builder.Length);
        DotSyntax.WriteQuoted(writer, _chars.AsSpan(0, builder.Length), "\\n", "&amp;");
        return this;
    }

    /// <summary>Writes a URL, quoted, its ampersands as entities.</summary>
    public DotOutput Url(string url)
    {
        DotSyntax.WriteQuoted(writer, url, "", "&amp;");
        return this;
    }

    /// <summary>Ends the line.</summary>
    public void End() => writer.Write('\n');

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
