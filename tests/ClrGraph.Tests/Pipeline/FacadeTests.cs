using System.Text;
using ClrGraph.Diagnostics;
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
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void The_taxonomy_is_found_upward_taxonomy_folder_first_then_the_file_init_writes()
    {
        using var temp = new TempFolder();
        var below = Directory.CreateDirectory(temp.File(Path.Combine("a", "b"))).FullName;
        Assert.DoesNotContain(temp.Path, GraphPipeline.FindTaxonomy(below) ?? "", StringComparison.Ordinal);

        File.WriteAllText(temp.File(Path.Combine("a", "taxonomy.yaml")), "posts:\n");
        Assert.Equal(temp.File(Path.Combine("a", "taxonomy.yaml")), GraphPipeline.FindTaxonomy(below));

        Directory.CreateDirectory(temp.File(Path.Combine("a", "taxonomy")));
        File.WriteAllText(temp.File(Path.Combine("a", "taxonomy", "taxonomy.yaml")), "posts:\n");
        var folder = temp.File(Path.Combine("a", "taxonomy", "taxonomy.yaml"));
        Assert.Equal(folder, GraphPipeline.FindTaxonomy(below));
        Assert.Equal(folder, GraphPipeline.FindTaxonomy(temp.File("a")));
    }

    [Fact]
    public void An_export_into_the_root_is_refused_before_any_input_is_read()
    {
        var problems = GraphPipeline.ExportProblems("/", ExportOptions.Default);
        Assert.Equal("CG0041", Assert.Single(problems).Code);
        Assert.Empty(GraphPipeline.ExportProblems(null, ExportOptions.Default));
    }

    [Fact]
    public void An_export_into_a_folder_that_another_export_of_this_process_holds_is_refused()
    {
        using var temp = new TempFolder();
        var loaded = Fixture.Load(Repo.Fixture("small"));
        var folder = Directory.CreateDirectory(temp.File("out")).FullName;
        using (var held = OutputLock.Take(folder, new DiagnosticBag()))
        {
            Assert.NotNull(held);
            var refused = GraphPipeline.Export(loaded, folder, ExportOptions.Default);

            Assert.Equal([DiagnosticCodes.OutputFolderLocked], refused.Diagnostics.Select(d => d.Code));
            Assert.Equal([Path.Combine(folder, OutputLock.FileName)], Directory.GetFileSystemEntries(folder));
        }

        var written = GraphPipeline.Export(loaded, folder, ExportOptions.Default);
        Assert.False(written.HasErrors, string.Join('\n', written.Diagnostics));
        Assert.False(File.Exists(Path.Combine(folder, OutputLock.FileName)));
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
