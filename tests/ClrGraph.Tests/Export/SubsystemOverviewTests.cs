using System.Text;
using ClrGraph.Export;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Export;

/// <summary>The overview diagram of the subsystems (<c>subsystems.dot</c>).</summary>
public class SubsystemOverviewTests
{
    [Fact]
    public void A_line_that_one_post_explains_says_so_in_the_singular()
    {
        var loaded = Fixture.Load(Repo.Taxonomy);
        var dot = Encoding.UTF8.GetString(Fixture.Export(loaded, formats: [ExportFormat.Dot])["subsystems.dot"]);

        Assert.Contains(
            "tooltip=\"ReadyToRun and Native AOT is part of JIT and interpreter; 1 post explains both\"",
            dot,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("1 post explain both", dot, StringComparison.Ordinal);
        Assert.Contains("2 posts explain both", dot, StringComparison.Ordinal);
    }
}
