using System.Collections.Concurrent;
using PuppeteerSharp;

[assembly: AssemblyFixture(typeof(ClrGraph.Tests.Support.Browser))]

namespace ClrGraph.Tests.Support;

/// <summary>
/// Debian's headless chromium driven by PuppeteerSharp, never a downloaded browser: launched once and shared by every
/// test class that asks for it (an assembly fixture), each test in a page of its own. A closed page's tab is emptied
/// and given to the next test: a new tab costs Chromium about half a second of CPU, as much as loading the explorer.
/// A test that asks for it skips with a printed reason when chromium is missing, and fails when CI=true.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentBag<IPage> _emptied = [];
    private IBrowser? _browser;

    /// <summary>A new page (1280x800) on a blank document that records console errors, page errors and every
    /// request.</summary>
    public async Task<BrowserPage> NewPageAsync()
    {
        var executable = Programs.Require(Chromium, "chromium");
        await _gate.WaitAsync();
        try
        {
            _browser ??= await Puppeteer.LaunchAsync(
                new LaunchOptions
                {
                    ExecutablePath = executable,
                    Headless = true,
                    Args =
                    [
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                    ],
                }
            );
        }
        finally
        {
            _gate.Release();
        }

        // A tab of its own window: in a shared window only the front tab is visible, and a hidden one draws no frame.
        var page = _emptied.TryTake(out var emptied)
            ? emptied
            : await (await _browser.CreateBrowserContextAsync()).NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 800 });
        return new BrowserPage(page, _emptied.Add);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        _gate.Dispose();
    }
}

/// <summary>One browser tab: open a file or HTML, evaluate JavaScript; what the page logged and requested.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly List<string> _errors = [];
    private readonly List<string> _requests = [];
    private readonly List<string> _scripts = [];
    private readonly Action<IPage> _emptied;

    internal BrowserPage(IPage page, Action<IPage> emptied)
    {
        Page = page;
        _emptied = emptied;
        page.Console += OnConsole;
        page.PageError += OnPageError;
        page.Request += OnRequest;
    }

    /// <summary>The PuppeteerSharp page, for mouse, keyboard and screenshots.</summary>
    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions, in order.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>Every URL the page requested, itself included.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Opens a local file (with an optional <c>#fragment</c>) and waits for its load event.</summary>
    public Task OpenFileAsync(string path, string fragment = "") => OpenAsync(new Uri(path).AbsoluteUri + fragment);

    public async Task OpenAsync(string url) => await Page.GoToAsync(url, WaitUntilNavigation.Load);

    public Task SetContentAsync(string html) => Page.SetContentAsync(html);

    /// <summary>Waits until a CSS selector matches (10 s at most).</summary>
    public Task WaitForAsync(string selector) =>
        Page.WaitForSelectorAsync(selector, new WaitForSelectorOptions { Timeout = 10_000 });

    public Task<T> EvaluateAsync<T>(string expression) => Page.EvaluateExpressionAsync<T>(expression);

    public Task EvaluateAsync(string expression) => Page.EvaluateExpressionAsync(expression);

    /// <summary>Runs <paramref name="script"/> in every document this page opens from now on, before its own.</summary>
    public async Task OnNewDocumentAsync(string script) =>
        _scripts.Add((await Page.EvaluateExpressionOnNewDocumentAsync(script)).Identifier);

    /// <summary>Empties the tab for the next test: no handler or script of this one, a blank document, the mouse in
    /// its corner. A tab that can't be emptied is closed.</summary>
    public async ValueTask DisposeAsync()
    {
        Page.Console -= OnConsole;
        Page.PageError -= OnPageError;
        Page.Request -= OnRequest;
        try
        {
            foreach (var script in _scripts)
            {
                await Page.RemoveScriptToEvaluateOnNewDocumentAsync(script);
            }

            await Page.GoToAsync("about:blank");
            await Page.Mouse.MoveAsync(0, 0);
            _emptied(Page);
        }
        catch (PuppeteerException)
        {
            await Page.DisposeAsync();
        }
    }

    private void OnConsole(object? sender, ConsoleEventArgs e)
    {
        if (e.Message.Type == ConsoleType.Error)
        {
            lock (_errors)
            {
                _errors.Add(e.Message.Text);
            }
        }
    }

    private void OnPageError(object? sender, PageErrorEventArgs e)
    {
        lock (_errors)
        {
            _errors.Add(e.Message);
        }
    }

    private void OnRequest(object? sender, RequestEventArgs e)
    {
        lock (_requests)
        {
            _requests.Add(e.Request.Url);
        }
    }
}
