using System.Text.RegularExpressions;

namespace ClrGraph.Tests.Support;

/// <summary>An independent way to list a seed's links (a plain pattern, not Markdig), to check the reader
/// against.</summary>
internal static partial class SeedLinks
{
    public static List<string> In(string markdown) => [.. Link().Matches(markdown).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();
}
