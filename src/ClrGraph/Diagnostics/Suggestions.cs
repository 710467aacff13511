namespace ClrGraph.Diagnostics;

/// <summary>"Did you mean …?" hints, from the edit distance between a misspelt name and the known ones.</summary>
internal static class Suggestions
{
    /// <summary>The hint naming the closest candidate, or null when none is close enough.</summary>
    public static string? DidYouMean(string name, IEnumerable<string> candidates) =>
        Closest(name, candidates) is { } best ? $"did you mean '{best}'?" : null;

    /// <summary>The hint in parentheses after a space, to follow a misspelt name; empty when there is none.</summary>
    public static string Hint(string name, IEnumerable<string> candidates) =>
        DidYouMean(name, candidates) is { } meant ? $" ({meant})" : "";

    /// <summary>The candidate closest to <paramref name="name"/>, within a third of its length (at least 2).</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        // No candidate at all gives (null, 0).
        var best = candidates
            .Select(c => (Name: c, Distance: Distance(name, c)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Distance <= Math.Max(2, name.Length / 3) ? best.Name : null;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions), ignoring case.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
