using System.Globalization;
using System.Runtime.CompilerServices;

namespace ClrGraph.Export.Dot;

/// <summary>
/// Indented DOT lines with <c>\n</c> line ends, whatever the platform, written straight to the writer from
/// interpolated strings whose holes say how they are quoted by <see cref="DotSyntax"/>:
/// <c>w.Line($"{a:id} -> {b:id} [label={text:text}, URL={url:url}];")</c>. A hole without a format is written as it
/// is; numbers are written in the invariant culture.
/// </summary>
internal sealed class DotOutput(TextWriter writer)
{
    private readonly TextWriter _writer = writer;
    private bool _inLine;

    /// <summary>The indentation, in levels of two spaces.</summary>
    public int Indent { get; set; }

    /// <summary>Writes DOT, indented when it starts a line.</summary>
    public void Write([InterpolatedStringHandlerArgument("")] DotText text) => _inLine = true;

    /// <summary>Writes DOT, indented when it starts a line, and ends the line.</summary>
    public void Line([InterpolatedStringHandlerArgument("")] DotText text)
    {
        _writer.Write('\n');
        _inLine = false;
    }

    /// <summary>Writes one indented line of DOT as it is.</summary>
    public void Line(string text) => Line($"{text}");

    /// <summary>DOT written as it is interpolated: literal parts as they are, each hole as its format says.</summary>
    [InterpolatedStringHandler]
    public readonly ref struct DotText
    {
        private readonly TextWriter _writer;

        public DotText(int literalLength, int formattedCount, DotOutput output)
        {
            _ = (literalLength, formattedCount);
            _writer = output._writer;
            for (var i = 0; !output._inLine && i < output.Indent; i++)
            {
                _writer.Write("  ");
            }
        }

        public void AppendLiteral(string text) => _writer.Write(text);

        public void AppendFormatted(string text) => _writer.Write(text);

        public void AppendFormatted(int number) => _writer.Write(number.ToString(CultureInfo.InvariantCulture));

        // A number as DOT reads it: no exponent.
        public void AppendFormatted(double number, string format) =>
            _writer.Write(number.ToString(format, CultureInfo.InvariantCulture));

        public void AppendFormatted(string text, string format)
        {
            Action<TextWriter, string> quote = format switch
            {
                "id" => DotSyntax.Id,
                "text" => DotSyntax.Text,
                "url" => DotSyntax.Url,
                _ => throw new FormatException("unknown DOT format '" + format + "'"),
            };
            quote(_writer, text);
        }
    }
}
