using ClrGraph.Diagnostics;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Docs;

public class ReadmeTests
{
    private const string Start = "<!-- diagnostics -->\n";
    private const string End = "<!-- /diagnostics -->";

    [Fact]
    public void The_diagnostics_table_is_the_catalogue()
    {
        var path = Path.Combine(Repo.Root, "README.md");
        var readme = File.ReadAllText(path);
        // Two columns of codes, so the table stays short: the first half on the left, the rest on the right.
        var all = DiagnosticCodes.All;
        var half = (all.Count + 1) / 2;
        var table =
            "| code | what it means | code | what it means |\n| --- | --- | --- | --- |\n"
            + string.Concat(
                Enumerable
                    .Range(0, half)
                    .Select(i =>
                        $"| {all[i].Code} | {all[i].Title} | "
                        + (i + half < all.Count ? $"{all[i + half].Code} | {all[i + half].Title}" : " | ")
                        + " |\n"
                    )
            );
        var start = readme.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= Start.Length && end >= start, "README.md lacks the diagnostics markers");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, readme[..start] + table + readme[end..]);
            return;
        }

        Assert.Equal(table, readme[start..end]);
    }

    [Fact]
    public void The_readme_is_read_in_a_minute()
    {
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, "README.md"));
        Assert.InRange(lines.Length, 20, 150);
    }
}
