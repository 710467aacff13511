using System.Globalization;

namespace ClrGraph.Export.Dot;

/// <summary>
/// Indented DOT lines with <c>\n</c> line ends, whatever the platform, written straight to the writer piece by piece:
/// <c>w.Start().Id(a).Raw(" -> ").Id(b).Raw(";").End()</c>. Ids and values are quoted by <see cref="DotSyntax"/>.
/// </summary>
internal sealed class DotOutput(TextWriter writer)
{
    /// <summary>The indentation, in levels of two spaces.</summary>
    public int Indent { get; set; }

    /// <summary>Writes one indented line of DOT as it is.</summary>
    public void Line(string text) => Start().Raw(text).End();

    /// <summary>Starts a line: writes the indentation.</summary>
    public DotOutput Start()
    {
        for (var i = 0; i < Indent; i++)
        {
            writer.Write("  ");
        }

        return this;
    }

    /// <summary>Writes DOT as it is.</summary>
    public DotOutput Raw(string text)
    {
        writer.Write(text);
        return this;
    }

    /// <summary>Writes a whole number as DOT reads it.</summary>
    public DotOutput Raw(int number) => Raw(number.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes a quoted ID (<see cref="DotSyntax.Id"/>).</summary>
    public DotOutput Id(string id)
    {
        DotSyntax.Id(writer, id);
        return this;
    }

    /// <summary>Writes a quoted label or tooltip (<see cref="DotSyntax.Text"/>).</summary>
    public DotOutput Text(string text)
    {
        DotSyntax.Text(writer, text);
        return this;
    }

    /// <summary>Writes a quoted URL (<see cref="DotSyntax.Url"/>).</summary>
    public DotOutput Url(string url)
    {
        DotSyntax.Url(writer, url);
        return this;
    }

    /// <summary>Ends the line.</summary>
    public void End() => writer.Write('\n');
}
