using PuppeteerSharp;

namespace ClrGraph.Tests.Support;

/// <summary>
/// The real Mermaid library (the npm package, installed by .ci/run into a scratch folder outside the repository)
/// loaded into a blank page of the shared headless Chromium (<see cref="Browser"/>), to judge the guide's diagrams.
/// Locally it skips with the reason when Chromium or the package is missing; under CI=true that is a failure.
/// </summary>
internal sealed class MermaidParser : IAsyncDisposable
{
    private readonly BrowserPage _tab;
    private readonly IPage _page;

    private MermaidParser(BrowserPage tab)
    {
        _tab = tab;
        _page = tab.Page;
    }

    /// <summary>The folder where <c>npm install mermaid</c> ran: <c>CLRGRAPH_MERMAID</c>, else
    /// /tmp/clrgraph-npm.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("CLRGRAPH_MERMAID") is { Length: > 0 } folder ? folder : "/tmp/clrgraph-npm";

    public static string Script => Path.Combine(Folder, "node_modules", "mermaid", "dist", "mermaid.min.js");

    /// <summary>Opens a page of <paramref name="browser"/> with Mermaid loaded, or skips (fails in CI) saying what
    /// is missing.</summary>
    public static async Task<MermaidParser> StartAsync(Browser browser)
    {
        Programs.Require(Browser.Chromium, "chromium");
        if (!File.Exists(Script))
        {
            var reason = $"{Script} is missing (mkdir -p {Folder} && cd {Folder} && npm install mermaid)";
            if (Programs.InCi)
            {
                Assert.Fail(reason + ": the Mermaid test must run in CI");
            }

            Assert.Skip(reason);
        }

        var tab = await browser.NewPageAsync();
        var page = tab.Page;
        await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>");
        await page.AddScriptTagAsync(new AddTagOptions { Path = Script });
        await page.EvaluateExpressionAsync("mermaid.initialize({ startOnLoad: false })");
        return new MermaidParser(tab);
    }

    /// <summary>Parses each text with <c>mermaid.parse</c>: null where it is accepted, else Mermaid's error.</summary>
    public async Task<string?[]> ParseAsync(IReadOnlyList<string> texts)
    {
        const string parse = """
            async texts => {
              const errors = [];
              for (const text of texts) {
                try { await mermaid.parse(text); errors.push(null); }
                catch (e) { errors.push(String((e && e.message) || e)); }
              }
              return errors;
            }
            """;
        return await _page.EvaluateFunctionAsync<string?[]>(parse, texts);
    }

    /// <summary>The node labels Mermaid draws for a flowchart, entities decoded, in the order of the nodes.</summary>
    public async Task<string[]> LabelsAsync(string text)
    {
        const string render = """
            async text => {
              const { svg } = await mermaid.render('check' + Math.floor(Math.random() * 1e9), text);
              const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
              return [...doc.querySelectorAll('g.node')].map(n => n.textContent);
            }
            """;
        return await _page.EvaluateFunctionAsync<string[]>(render, text);
    }

    public async Task<string[]> MindMapLabelsAsync(string text)
    {
        const string render = """
            async text => {
              const { svg } = await mermaid.render('check' + Math.floor(Math.random() * 1e9), text);
              const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
              return [...doc.querySelectorAll('g.mindmap-node, g.node')].map(n => n.textContent);
            }
            """;
        return await _page.EvaluateFunctionAsync<string[]>(render, text);
    }

    public ValueTask DisposeAsync() => _tab.DisposeAsync();
}
