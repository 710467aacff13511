using System.Globalization;

namespace ClrGraph.Export.Explorer;

/// <summary>
/// JSON for a <c>&lt;script&gt;</c> data block: <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> escaped (so no
/// <c>&lt;/script</c> or <c>&lt;!--</c> can end the block), U+2028, U+2029 and lone surrogates escaped, numbers in
/// invariant culture.
/// </summary>
internal static class Json
{
    public static void String(TextWriter writer, string? text)
    {
        if (text is null)
        {
            writer.Write("null");
            return;
        }

        writer.Write('"');
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                i++;
                continue;
            }

            var escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' or '<' or '>' or '&' or '\u2028' or '\u2029' => Unicode(c),
                _ when char.IsSurrogate(c) => Unicode(c),
                _ => null,
            };
            if (escape is not null)
            {
                writer.Write(text.AsSpan(start, i - start));
                writer.Write(escape);
                start = i + 1;
            }
        }

        writer.Write(text.AsSpan(start));
        writer.Write('"');
    }

    public static void Strings(TextWriter writer, IReadOnlyList<string> values)
    {
        writer.Write('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            String(writer, values[i]);
        }

        writer.Write(']');
    }

    public static void Integers(TextWriter writer, List<int> values)
    {
        writer.Write('[');
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Integer(values[i]));
        }

        writer.Write(']');
    }

    public static void Comma(TextWriter writer) => writer.Write(',');

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number to at most <paramref name="decimals"/> decimals, never <c>-0</c>, NaN or infinity.</summary>
    public static string Number(double value, int decimals)
    {
        var format = decimals == 0 ? "0" : "0." + new string('#', decimals);
        var text = double.IsFinite(value)
            ? Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString(format, CultureInfo.InvariantCulture)
            : "0";
        return text == "-0" ? "0" : text;
    }

    private static string Unicode(char c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);
}
