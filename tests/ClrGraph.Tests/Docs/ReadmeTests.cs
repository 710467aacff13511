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
        var table = "| code | what it means |\n| --- | --- |\n"
            + string.Concat(DiagnosticCodes.All.Select(i => $"| {i.Code} | {i.Title} |\n"));
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
