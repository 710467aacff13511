using ClrGraph.Diagnostics;
using ClrGraph.Export;
using ClrGraph.Pipeline;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Explorer;

public class ExplorerExportTests
{
    [Fact]
    public void Export_writes_the_explorer_with_every_post_of_the_graph()
    {
        var result = Fixture.Load(Repo.Fixture("small"));
        var page = Fixture.Export(result, formats: [ExportFormat.Html])["explorer.html"];
        var html = System.Text.Encoding.UTF8.GetString(page);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("A post only the taxonomy names", html, StringComparison.Ordinal);
        Assert.Contains("Garbage collector", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_graph_too_large_for_the_explorer_gets_a_warning_and_every_other_file()
    {
        using var temp = new TempFolder();
        var result = Fixture.Load(Repo.Fixture("small"));
        var options = ExportOptions.Default with { ExplorerMaxNodes = 5 };
        var written = GraphPipeline.Export(
            result.Graph!,
            result.Metrics!,
            temp.Path,
            options,
            cancel: TestContext.Current.CancellationToken
        );
        var warning = Assert.Single(written.Diagnostics);
        Assert.Equal((DiagnosticCodes.ExplorerSkipped, Severity.Warning), (warning.Code, warning.Severity));
        Assert.False(File.Exists(Path.Combine(temp.Path, "explorer.html")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "clrgraph.gexf")));
        // and the manifest of what was written
        Assert.Equal(written.Files + 1, Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories).Length);
    }
}
