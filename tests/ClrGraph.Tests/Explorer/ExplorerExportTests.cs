using System.Text.Json;
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

        // The page's data: each post a row of fields, its subsystems as indexes into the list of subsystems.
        const string start = "<script type=\"application/json\" id=\"clrgraph-data\">";
        var from = html.IndexOf(start, StringComparison.Ordinal) + start.Length;
        using var data = JsonDocument.Parse(html[from..html.IndexOf("</script>", from, StringComparison.Ordinal)]);
        var fields = data.RootElement.GetProperty("fields");
        int Field(string table, string name) =>
            fields.GetProperty(table).EnumerateArray().Select(f => f.GetString()).ToList().IndexOf(name);
        var subsystems = data
            .RootElement.GetProperty("subsystems")
            .EnumerateArray()
            .Select(s => s[Field("subsystems", "name")].GetString())
            .ToList();
        var sites = data.RootElement.GetProperty("sites").EnumerateArray().Select(e => e.GetString()!).ToList();
        // Format 3 leaves out a record's trailing defaults; a post without an id is "post:" + its site + its path
        // with '/' as '-' (the page's one rule for it).
        JsonElement? Column(JsonElement record, string name) =>
            Field("posts", name) is var i && i < record.GetArrayLength() && record[i].ValueKind != JsonValueKind.Null
                ? record[i]
                : null;
        string Id(JsonElement p) =>
            Column(p, "id")?.GetString()
            ?? "post:" + sites[Column(p, "site")!.Value.GetInt32()] + Column(p, "url")!.Value.GetString()!
                .Replace('/', '-').TrimEnd('-');
        var posts = data
            .RootElement.GetProperty("posts")
            .EnumerateArray()
            .Select(p =>
                Id(p)
                + " | "
                + Column(p, "title")!.Value.GetString()
                + " | "
                + string.Join(", ", (Column(p, "covers")?.EnumerateArray() ?? []).Select(i => subsystems[i.GetInt32()]))
            );

        // Worked out by hand from Fixtures/small: the four posts of the taxonomy and the one only the list has, titled
        // by its address and so shown by its site and last part, as the guide and the diagrams show it.
        Assert.Equal(
            [
                "post:example.org-lists-no-gc | Relative to the list | ",
                "post:example.org-only-in-taxonomy | A post only the taxonomy names"
                    + " | JIT and interpreter, Garbage collector",
                "post:example.org-posts-no-gc | No GC | Garbage collector",
                "post:mattwarren.org-2016-08-08-GC-Pauses-and-Safe-Points | the GC pauses post"
                    + " | Garbage collector, JIT and interpreter",
                "post:mattwarren.org-2017-03-30-The-.NET-IL-Interpreter"
                    + " | mattwarren.org/…/The-.NET-IL-Interpreter | Interpreter",
            ],
            posts.Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public void A_graph_too_large_for_the_explorer_gets_a_warning_and_every_other_file()
    {
        using var temp = new TempFolder();
        var result = Fixture.Load(Repo.Fixture("small"));
        var options = ExportOptions.Default with { ExplorerMaxNodes = 5 };
        var written = GraphPipeline.Export(
            result,
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
