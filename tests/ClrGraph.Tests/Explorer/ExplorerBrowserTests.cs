using ClrGraph.Tests.Support;
using ScreenshotOptions = PuppeteerSharp.ScreenshotOptions;
using ScreenshotType = PuppeteerSharp.ScreenshotType;

namespace ClrGraph.Tests.Explorer;

/// <summary>The explorer page in a real browser (Debian's chromium), one browser for the class.</summary>
public sealed class ExplorerBrowserTests(Browser browser) : IClassFixture<Browser>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Becomes_ready_with_no_console_error_and_no_request_but_itself()
    {
        await using var page = await OpenAsync();
        Assert.Empty(page.Errors);
        Assert.Equal([new Uri(_folder.File("explorer.html")).AbsoluteUri], page.Requests);
        Assert.Equal(ExplorerSamples.Nodes, await page.EvaluateAsync<int>("clrgraph.nodes"));
        Assert.Equal(ExplorerSamples.Edges, await page.EvaluateAsync<int>("clrgraph.edges"));
        Assert.Equal(ExplorerSamples.Edges, await page.EvaluateAsync<int>("clrgraph.drawnEdges"));
        Assert.True(await page.EvaluateAsync<bool>("document.getElementById('fallback').hidden"));
        Assert.True(await page.EvaluateAsync<bool>("Object.isFrozen(clrgraph)"));
    }

    [Fact]
    public async Task Search_finds_a_post_and_its_result_selects_it()
    {
        await using var page = await OpenAsync();
        await page.Page.FocusAsync("#search");
        await page.Page.Keyboard.TypeAsync("regions gc");
        await page.Page.WaitForFunctionAsync("() => clrgraph.matches === 1");
        Assert.Equal(
            "Regions in the GC example.com",
            await page.EvaluateAsync<string>(
                "[...document.querySelectorAll('#results button')].map(b => b.textContent).join('|')"
            )
        );
        await page.Page.Keyboard.PressAsync("ArrowDown");
        await page.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("post:example.com-regions", await page.EvaluateAsync<string>("clrgraph.selected"));
        Assert.Equal("Regions in the GC", await PanelTitleAsync(page));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Clicking_a_subsystem_lists_its_posts_primary_first()
    {
        await using var page = await OpenAsync();
        var x = await page.EvaluateAsync<double>("clrgraph.screenPosition('subsystem:gc').x");
        var y = await page.EvaluateAsync<double>("clrgraph.screenPosition('subsystem:gc').y");
        await page.Page.Mouse.ClickAsync((decimal)x, (decimal)y);
        Assert.Equal("subsystem:gc", await page.EvaluateAsync<string>("clrgraph.selected"));
        Assert.Equal("Garbage collector", await PanelTitleAsync(page));
        var posts = await page.EvaluateAsync<string[]>(
            "[...[...document.querySelectorAll('#panel h3')].find(h => h.textContent.startsWith('Posts'))"
                + ".nextElementSibling.querySelectorAll('button')].map(b => b.firstChild.textContent)"
        );
        Assert.Equal(["GC pauses and safe points", "Gen0 budgets", "Regions in the GC"], posts);
        Assert.Equal(
            "https://github.com/dotnet/runtime/blob/main/docs/design/coreclr/botr/garbage-collection.md",
            await page.EvaluateAsync<string>("document.querySelector('#panel a').href")
        );
        Assert.EndsWith("#subsystem:gc", await page.EvaluateAsync<string>("location.href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deep_link_and_hashchange_restore_the_selection()
    {
        await using var page = await OpenAsync("#post:other.org-tiered");
        Assert.Equal("post:other.org-tiered", await page.EvaluateAsync<string>("clrgraph.selected"));
        Assert.Equal("Tiered compilation", await PanelTitleAsync(page));
        await page.EvaluateAsync("location.hash = '#subsystem:jit'");
        await page.Page.WaitForFunctionAsync("() => clrgraph.selected === 'subsystem:jit'");
        Assert.Equal("JIT compiler", await PanelTitleAsync(page));
        await page.EvaluateAsync("location.hash = '#post:plain.net-2019-05-gen0'");
        await page.Page.WaitForFunctionAsync("() => clrgraph.selected === 'post:plain.net-2019-05-gen0'");
        Assert.Equal(
            "Post · plain.net · 2019",
            await page.EvaluateAsync<string>("document.querySelector('#panel .kind').textContent")
        );
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Filters_hide_nodes()
    {
        await using var page = await OpenAsync();
        Assert.Equal(12, await page.EvaluateAsync<int>("clrgraph.visibleNodes"));

        // The garbage collector: itself, Regions, and the three posts whose primary subsystem is under it.
        await page.Page.ClickAsync("#top-levels label:nth-of-type(1) input");
        Assert.Equal(7, await page.EvaluateAsync<int>("clrgraph.visibleNodes"));

        // The Book of the Runtime list alone: it, and no post is only in it.
        await page.Page.ClickAsync("#reading-lists label:nth-of-type(1) input");
        Assert.Equal(6, await page.EvaluateAsync<int>("clrgraph.visibleNodes"));

        // CoreCLR posts instead: it and the type-loading post go; the two posts also in the Book of the Runtime stay.
        await page.Page.ClickAsync("#reading-lists label:nth-of-type(1) input");
        await page.Page.ClickAsync("#reading-lists label:nth-of-type(2) input");
        Assert.Equal(5, await page.EvaluateAsync<int>("clrgraph.visibleNodes"));
    }

    [Fact]
    public async Task Hostile_titles_notes_and_urls_show_as_text_and_never_run()
    {
        await using var page = await OpenAsync("#post:evil");
        Assert.Equal(ExplorerSamples.HostileTitle, await PanelTitleAsync(page));
        Assert.Equal(
            ExplorerSamples.HostileNote,
            await page.EvaluateAsync<string>("document.querySelectorAll('#panel p')[2].textContent")
        );
        Assert.Equal(
            "Address: " + ExplorerSamples.HostileUrl,
            await page.EvaluateAsync<string>("document.querySelectorAll('#panel p')[3].textContent")
        );
        await page.Page.FocusAsync("#search");
        await page.Page.Keyboard.TypeAsync("evil");
        await page.Page.WaitForFunctionAsync("() => clrgraph.matches === 1");
        await page.Page.ClickAsync("#results button");
        Assert.Equal(
            0,
            await page.EvaluateAsync<int>("document.querySelectorAll('img, #panel script, #results script').length")
        );
        Assert.Equal(
            0,
            await page.EvaluateAsync<int>("[...document.links].filter(a => !a.href.startsWith('http')).length")
        );
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.pwned"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Screenshot_is_not_blank()
    {
        await using var page = await OpenAsync();
        var png = await page.Page.ScreenshotBase64Async(new ScreenshotOptions { Type = ScreenshotType.Png });

        // Counted in a blank page of its own: the explorer's policy refuses data: images.
        await using var counter = await browser.NewPageAsync();
        await counter.SetContentAsync("<canvas></canvas>");
        var colours = await counter.EvaluateAsync<int>(
            $$"""
            new Promise(resolve => {
              const image = new Image();
              image.onload = () => {
                const canvas = document.querySelector("canvas");
                canvas.width = image.width;
                canvas.height = image.height;
                const context = canvas.getContext("2d");
                context.drawImage(image, 0, 0);
                const pixels = new Uint32Array(context.getImageData(0, 0, image.width, image.height).data.buffer);
                resolve(new Set(pixels).size);
              };
              image.src = "data:image/png;base64,{{png}}";
            })
            """
        );
        Assert.True(colours > 50, colours + " distinct colours");
    }

    private static Task<string> PanelTitleAsync(BrowserPage page) =>
        page.EvaluateAsync<string>("document.querySelector('#panel h2').textContent");

    private async Task<BrowserPage> OpenAsync(string fragment = "")
    {
        var path = _folder.File("explorer.html");
        var html = ExplorerPageTests.Write(ExplorerSamples.Small());
        await File.WriteAllBytesAsync(path, html, TestContext.Current.CancellationToken);
        var page = await browser.NewPageAsync();
        await page.OpenFileAsync(path, fragment);
        await page.WaitForAsync("html[data-state=ready]");
        return page;
    }
}
