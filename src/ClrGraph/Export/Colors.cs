using System.Globalization;

namespace ClrGraph.Export;

/// <summary>
/// Colour arithmetic for the exporters: tints, and text colours chosen by the WCAG 2 contrast ratio so that every
/// label reads at least at the AA figure of <see cref="MinimumContrast"/> to 1.
/// </summary>
internal static class Colors
{
    /// <summary>WCAG 2 AA for normal text.</summary>
    public const double MinimumContrast = 4.5;

    /// <summary>Black text.</summary>
    public const string Black = "#000000";

    /// <summary>White text.</summary>
    public const string White = "#ffffff";

    /// <summary>The red, green and blue components of <c>#rrggbb</c>.</summary>
    public static (int R, int G, int B) Rgb(string hex) =>
        (
            int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
        );

    /// <summary>The colour mixed with white: <paramref name="amount"/> 0 keeps it, 1 gives white.</summary>
    public static string Tint(string hex, double amount) => Mix(hex, 255, amount);

    /// <summary>The colour mixed with black: <paramref name="amount"/> 0 keeps it, 1 gives black.</summary>
    public static string Shade(string hex, double amount) => Mix(hex, 0, amount);

    /// <summary>WCAG 2 relative luminance: 0 for black, 1 for white.</summary>
    public static double Luminance(string hex)
    {
        var (r, g, b) = Rgb(hex);
        return (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
    }

    /// <summary>WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white).</summary>
    public static double Contrast(string first, string second)
    {
        var (a, b) = (Luminance(first), Luminance(second));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>Black or white, whichever contrasts more with the fill (never below 4.58 to 1).</summary>
    public static string TextOn(string fill) => Contrast(fill, Black) >= Contrast(fill, White) ? Black : White;

    /// <summary>
    /// The fill, darkened (under light text) or lightened (under dark text) step by step until
    /// <paramref name="text"/> on it reaches <see cref="MinimumContrast"/>; unchanged when it already does.
    /// </summary>
    public static string ReadableFill(string fill, string text)
    {
        var lightText = Luminance(text) > 0.5;
        var candidate = fill;
        for (var step = 1; Contrast(candidate, text) < MinimumContrast && step <= 20; step++)
        {
            candidate = lightText ? Shade(fill, step / 20.0) : Tint(fill, step / 20.0);
        }

        return candidate;
    }

    private static double Linear(int component)
    {
        var c = component / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static string Mix(string hex, int toward, double amount)
    {
        var (r, g, b) = Rgb(hex);
        int Channel(int c) => (int)Math.Round(c + ((toward - c) * amount));
        return string.Create(CultureInfo.InvariantCulture, $"#{Channel(r):x2}{Channel(g):x2}{Channel(b):x2}");
    }
}
