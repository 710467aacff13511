using System.Globalization;

namespace ClrGraph.Export;

/// <summary>Colour arithmetic for the exporters: tints, readable text colours, RGB components.</summary>
internal static class Colors
{
    /// <summary>The red, green and blue components of <c>#rrggbb</c>.</summary>
    public static (int R, int G, int B) Rgb(string hex) => (
        int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    /// <summary>The colour mixed with white: <paramref name="amount"/> 0 keeps it, 1 gives white.</summary>
    public static string Tint(string hex, double amount)
    {
        var (r, g, b) = Rgb(hex);
        int Mix(int c) => (int)Math.Round(c + ((255 - c) * amount));
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(r):x2}{Mix(g):x2}{Mix(b):x2}");
    }

    /// <summary>Black or white, whichever reads better on the colour.</summary>
    public static string TextOn(string hex)
    {
        var (r, g, b) = Rgb(hex);
        var luminance = (0.299 * r) + (0.587 * g) + (0.114 * b);
        return luminance > 150 ? "#000000" : "#ffffff";
    }
}
