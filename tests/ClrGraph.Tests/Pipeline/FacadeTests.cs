using System.Text;
using ClrGraph.Export;
using ClrGraph.Pipeline;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Pipeline;

/// <summary>The public facade: a loaded graph or the errors, and one format written without a folder.</summary>
public class FacadeTests
{
    [Fact]
    public void Load_of_a_missing_taxonomy_is_no_graph_with_the_error()
    {
        var result = GraphPipeline.Load(new LoadRequest("/nonexistent/taxonomy.yaml", [], Strict: false));
        Assert.IsNotType<LoadedGraph>(result);
        Assert.Contains(result.Diagnostics, d => d.Severity == ClrGraph.Diagnostics.Severity.Error);
    }

    [Fact]
    public void Write_gives_the_bytes_of_the_file_an_export_writes()
    {
        var loaded = Fixture.Load(Repo.Fixture("small"));
        var files = Fixture.Export(loaded);
        foreach (
            var (format, name) in new[]
            {
                (ExportFormat.Dot, "clrgraph.dot"),
                (ExportFormat.Graphml, "clrgraph.graphml"),
                (ExportFormat.Gexf, "clrgraph.gexf"),
                (ExportFormat.Csv, "nodes.csv"),
                (ExportFormat.Guide, "guide.md"),
            }
        )
        {
            using var stream = new MemoryStream();
            GraphPipeline.Write(format, loaded, stream);
            Assert.Equal(Encoding.UTF8.GetString(files[name]), Encoding.UTF8.GetString(stream.ToArray()));
        }
    }

    [Fact]
    public void Guide_anchors_are_github_slugs_of_the_subsystem_names()
    {
        var graph = Fixture.Load(Repo.Fixture("small")).Graph;
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["gc"] = "garbage-collector",
                ["jit"] = "jit-and-interpreter",
                ["interpreter"] = "interpreter",
            },
            Presentation.GuideAnchors(graph)
        );
    }
}
