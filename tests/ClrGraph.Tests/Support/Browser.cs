using PuppeteerSharp;

[assembly: AssemblyFixture(typeof(ClrGraph.Tests.Support.Browser))]

namespace ClrGraph.Tests.Support;

/// <summary>
/// Debian's headless chromium driven by PuppeteerSharp, never a downloaded browser: launched once and shared by every
/// test class that asks for it (an assembly fixture), each test in a page of its own. A test that asks for it skips
/// with a printed reason when chromium is missing, and fails when CI=true.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IBrowser? _browser;

    /// <summary>A new page (1280x800) that records console errors, page errors and every request.</summary>
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

        var page = await _browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 800 });
        return new BrowserPage(page);
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

    internal BrowserPage(IPage page)
    {
        Page = page;
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                lock (_errors)
                {
                    _errors.Add(e.Message.Text);
                }
            }
        };
        page.PageError += (_, e) =>
        {
            lock (_errors)
            {
                _errors.Add(e.Message);
            }
        };
        page.Request += (_, e) =>
        {
            lock (_requests)
            {
                _requests.Add(e.Request.Url);
            }
        };
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

    public ValueTask DisposeAsync() => Page.DisposeAsync();
}
