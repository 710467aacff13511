using PuppeteerSharp;

namespace ClrGraph.Tests.Support;

/// <summary>
/// The real Mermaid library (the npm package, installed by .ci/run into a scratch folder outside the repository)
/// loaded into a page of the shared headless Chromium (<see cref="Browser"/>), to judge the guide's diagrams: one page
/// for a test class (a class fixture), opened by its first test. Locally a test skips with the reason when Chromium or
/// the package is missing; under CI=true that is a failure.
/// </summary>
public sealed class MermaidParser(Browser browser) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private BrowserPage? _tab;

    /// <summary>The folder where <c>npm install mermaid</c> ran: <c>CLRGRAPH_MERMAID</c>, else
    /// /tmp/clrgraph-npm.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("CLRGRAPH_MERMAID") is { Length: > 0 } folder ? folder : "/tmp/clrgraph-npm";

    public static string Script => Path.Combine(Folder, "node_modules", "mermaid", "dist", "mermaid.esm.min.mjs");

    // Served by the test, not the network: a module is loaded only from an origin, never from a file.
    private const string Origin = "https://mermaid.invalid/";

    // Mermaid as an ES module, whose diagrams load when first drawn: the whole 3.5 MB script took Chromium 2-3 s.
    private const string Index =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script type=\"module\">"
        + "import mermaid from './mermaid.esm.min.mjs'; window.mermaid = mermaid;</script></head><body></body></html>";

    // Answers the page's requests from the package's dist folder; anything else is refused.
    private static async void Serve(object? sender, RequestEventArgs e)
    {
        var dist = Path.GetDirectoryName(Script)!;
        var url = e.Request.Url;
        var name = url.StartsWith(Origin, StringComparison.Ordinal) ? url[Origin.Length..] : "";
        var file = Path.GetFullPath(Path.Combine(dist, name));
        try
        {
            if (name == "index.html")
            {
                await e.Request.RespondAsync(new ResponseData { ContentType = "text/html", Body = Index });
            }
            else if (name.Length > 0 && file.StartsWith(dist + "/", StringComparison.Ordinal) && File.Exists(file))
            {
                var body = await File.ReadAllBytesAsync(file);
                await e.Request.RespondAsync(new ResponseData { ContentType = "text/javascript", BodyData = body });
            }
            else
            {
                await e.Request.AbortAsync();
            }
        }
        catch (Exception failure) when (failure is PuppeteerException or IOException)
        {
            // The tab closed meanwhile, or the package changed under the run: an async void handler must not throw,
            // and the page's wait for Mermaid then fails the test with what it missed.
        }
    }

    // The page with Mermaid loaded, opened on first use, or a skip (fail in CI) saying what is missing.
    private async Task<IPage> PageAsync()
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

        await _gate.WaitAsync();
        try
        {
            if (_tab is null)
            {
                var tab = await browser.NewPageAsync();
                await tab.Page.SetRequestInterceptionAsync(true);
                tab.Page.Request += Serve;
                await tab.OpenAsync(Origin + "index.html");
                await tab.Page.WaitForFunctionAsync("() => window.mermaid");
                await tab.EvaluateAsync("mermaid.initialize({ startOnLoad: false })");
                _tab = tab;
            }

            return _tab.Page;
        }
        finally
        {
            _gate.Release();
        }
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
        return await (await PageAsync()).EvaluateFunctionAsync<string?[]>(parse, texts);
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
        return await (await PageAsync()).EvaluateFunctionAsync<string[]>(render, text);
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
        return await (await PageAsync()).EvaluateFunctionAsync<string[]>(render, text);
    }

    public async ValueTask DisposeAsync()
    {
        if (_tab is not null)
        {
            _tab.Page.Request -= Serve;
            await _tab.Page.SetRequestInterceptionAsync(false);
            await _tab.DisposeAsync();
        }

        _gate.Dispose();
    }
}
