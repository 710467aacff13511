using System.Globalization;

namespace ClrGraph.Building;

/// <summary>
/// Colour arithmetic on <c>#rrggbb</c>. The colours of subsystems that set none: distinct colours for top-level
/// subsystems, tints of the parent's colour for the others, apart in OKLab, where equal distances look equally
/// different. For the exporters: tints, shades, and text colours chosen by the WCAG 2 contrast ratio so that every
/// label reads at least at the AA figure of <see cref="MinimumContrast"/> to 1.
/// </summary>
internal static class Colors
{
    /// <summary>Two colours closer than this in OKLab look alike at a glance.</summary>
    public const double MinDistance = 0.09;

    /// <summary>WCAG 2 AA for normal text.</summary>
    public const double MinimumContrast = 4.5;

    /// <summary>Black text.</summary>
    public const string Black = "#000000";

    /// <summary>White text.</summary>
    public const string White = "#ffffff";

    // A categorical palette: the nine colours ClrGraph always used first, then fifteen picked from an OKLCH grid, each
    // as far as possible from those before it; any two are at least 0.0998 apart.
    private static readonly string[] Categorical =
    [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
        "#bcbd22", "#09672e", "#83297e", "#a28d54", "#9fa5f9", "#4843aa", "#ce6f70", "#2acc8a",
        "#065f74", "#328173", "#528def", "#b2417f", "#767700", "#db9d88", "#991b41", "#599f88",
    ];

    // How much white the tint of each colourless child takes, by its place among its colourless siblings.
    private static readonly double[] TintAmounts = [0.3, 0.45, 0.6];

    // Evenly spaced OKLCH hues at four lightnesses and three chromas, kept where they are inside sRGB.
    private static readonly string[] Grid =
    [
        .. from lightness in (double[])[0.45, 0.55, 0.65, 0.75]
        from chroma in (double[])[0.08, 0.12, 0.16]
        from hue in Enumerable.Range(0, 36)
        let color = FromOkLch(lightness, chroma, hue * 10)
        where color is not null
        select color,
    ];

    private static readonly (double L, double A, double B)[] GridLab = [.. Grid.Select(OkLab)];

    /// <summary>The colour of each top-level subsystem, by id: its own, lower-cased, or a default that looks like
    /// no colour taken before it, set by the user or given by the palette.</summary>
    /// <param name="topLevel">The top-level subsystems in taxonomy order, each with the colour it sets, if any.</param>
    /// <param name="setOnOthers">The colours other subsystems set, which a default must not look like either.</param>
    public static Dictionary<string, string> ForTopLevel(
        IReadOnlyList<(string Id, string? Color)> topLevel,
        IEnumerable<string>? setOnOthers = null
    )
    {
        var colors = topLevel
            .Where(t => t.Color is not null)
            .ToDictionary(t => t.Id, t => t.Color!.ToLowerInvariant(), StringComparer.Ordinal);
        var taken = colors.Values.Concat(setOnOthers ?? []).Select(OkLab).ToList();
        // Beyond the categorical palette: each grid colour's distance to the nearest colour taken, kept up to date as
        // colours are taken, so that thousands of subsystems cost time in proportion to their number.
        double[]? room = null;

        var next = 0;
        foreach (var (id, _) in topLevel.Where(t => t.Color is null))
        {
            while (next < Categorical.Length && Nearest(OkLab(Categorical[next]), taken) < MinDistance)
            {
                next++;
            }

            string chosen;
            if (next < Categorical.Length)
            {
                chosen = Categorical[next++];
            }
            else
            {
                // The grid colour farthest from every colour taken, the first of equals.
                room ??= [.. GridLab.Select(g => Nearest(g, taken))];
                chosen = Grid[Array.IndexOf(room, room.Max())];
            }

            colors[id] = chosen;
            var lab = OkLab(chosen);
            taken.Add(lab);
            for (var i = 0; room is not null && i < room.Length; i++)
            {
                room[i] = Math.Min(room[i], Distance(GridLab[i], lab));
            }
        }

        return colors;
    }

    /// <summary>The colour of a child that sets none: a tint of its parent's, lighter for each later sibling.</summary>
    /// <param name="parent">The parent's colour, <c>#rrggbb</c>.</param>
    /// <param name="sibling">The child's 0-based place among its parent's children that set no colour.</param>
    /// <remarks>Halves round away from zero here and to even in <see cref="Tint"/> and <see cref="Shade"/>: committed
    /// files depend on both, so one rounding would change colours people already have.</remarks>
    public static string ChildTint(string parent, int sibling) =>
        Mix(parent, 255, TintAmounts[sibling % TintAmounts.Length], MidpointRounding.AwayFromZero);

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

    /// <summary>The OKLab coordinates of <c>#rrggbb</c>.</summary>
    public static (double L, double A, double B) OkLab(string hex)
    {
        var (r, g, b) = Rgb(hex);
        var (lr, lg, lb) = (Linear(r), Linear(g), Linear(b));
        var l = Math.Cbrt((0.4122214708 * lr) + (0.5363325363 * lg) + (0.0514459929 * lb));
        var m = Math.Cbrt((0.2119034982 * lr) + (0.6806995451 * lg) + (0.1073969566 * lb));
        var s = Math.Cbrt((0.0883024619 * lr) + (0.2817188376 * lg) + (0.6299787005 * lb));
        return (
            (0.2104542553 * l) + (0.7936177850 * m) - (0.0040720468 * s),
            (1.9779984951 * l) - (2.4285922050 * m) + (0.4505937099 * s),
            (0.0259040371 * l) + (0.7827717662 * m) - (0.8086757660 * s)
        );
    }

    /// <summary>The distance between two colours' <see cref="OkLab"/> coordinates.</summary>
    public static double Distance((double L, double A, double B) x, (double L, double A, double B) y) =>
        Math.Sqrt(((x.L - y.L) * (x.L - y.L)) + ((x.A - y.A) * (x.A - y.A)) + ((x.B - y.B) * (x.B - y.B)));

    private static double Nearest((double L, double A, double B) color, List<(double L, double A, double B)> taken) =>
        taken.Count == 0 ? double.MaxValue : taken.Min(t => Distance(color, t));

    private static string? FromOkLch(double lightness, double chroma, double hue)
    {
        var a = chroma * Math.Cos(hue * Math.PI / 180);
        var b = chroma * Math.Sin(hue * Math.PI / 180);
        var l = Math.Pow(lightness + (0.3963377774 * a) + (0.2158037573 * b), 3);
        var m = Math.Pow(lightness - (0.1055613458 * a) - (0.0638541728 * b), 3);
        var s = Math.Pow(lightness - (0.0894841775 * a) - (1.2914855480 * b), 3);
        double[] rgb =
        [
            (4.0767416621 * l) - (3.3077115913 * m) + (0.2309699292 * s),
            (-1.2684380046 * l) + (2.6097574011 * m) - (0.3413193965 * s),
            (-0.0041960863 * l) - (0.7034186147 * m) + (1.7076147010 * s),
        ];
        if (rgb.Any(c => c is < 0 or > 1))
        {
            return null;
        }

        var bytes = rgb.Select(c => (int)Math.Round(255 * Gamma(c), MidpointRounding.AwayFromZero)).ToArray();
        return Hex(bytes[0], bytes[1], bytes[2]);
    }

    // Halves round to even unless told otherwise (see ChildTint).
    private static string Mix(string hex, int toward, double amount, MidpointRounding rounding = default)
    {
        var (r, g, b) = Rgb(hex);
        int Channel(int c) => (int)Math.Round(c + ((toward - c) * amount), rounding);
        return Hex(Channel(r), Channel(g), Channel(b));
    }

    private static string Hex(int r, int g, int b) =>
        string.Create(CultureInfo.InvariantCulture, $"#{r:x2}{g:x2}{b:x2}");

    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static double Gamma(double c) => c <= 0.0031308 ? 12.92 * c : (1.055 * Math.Pow(c, 1 / 2.4)) - 0.055;

    /// <summary>The red, green and blue components of <c>#rrggbb</c>.</summary>
    public static (int R, int G, int B) Rgb(string hex)
    {
        var bytes = Convert.FromHexString(hex.AsSpan(1, 6));
        return (bytes[0], bytes[1], bytes[2]);
    }
}
