namespace ClrGraph.Building;

/// <summary>The colours of top-level subsystems that have none of their own.</summary>
internal static class Palette
{
    // A colour-blind-safe categorical palette, used by top-level position.
    private static readonly string[] Colors =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"];

    /// <summary>The colour of each top-level subsystem, by id: its own, lower-cased, or one of the palette.</summary>
    /// <param name="topLevel">The top-level subsystems in taxonomy order, each with the colour it sets, if any.</param>
    public static Dictionary<string, string> ForTopLevel(IReadOnlyList<(string Id, string? Color)> topLevel)
    {
        var colors = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < topLevel.Count; i++)
        {
            colors[topLevel[i].Id] = topLevel[i].Color?.ToLowerInvariant() ?? Colors[i % Colors.Length];
        }

        return colors;
    }
}
