using ClrGraph.Building;
using ClrGraph.Tests.Support;
using QuikGraph;
using ScreenshotOptions = PuppeteerSharp.ScreenshotOptions;
using ScreenshotType = PuppeteerSharp.ScreenshotType;

namespace ClrGraph.Tests.Explorer;

/// <summary>The explorer page in a real browser (Debian's chromium), one browser for all tests.</summary>
public sealed class ExplorerBrowserTests(Browser browser) : IDisposable
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
        Assert.Equal(ExplorerSamples.DrawnEdges, await page.EvaluateAsync<int>("clrgraph.drawnEdges"));
        Assert.True(await page.EvaluateAsync<bool>("document.getElementById('panel').hidden"));
        Assert.True(await page.EvaluateAsync<bool>("document.getElementById('fallback').hidden"));
        Assert.True(await page.EvaluateAsync<bool>("Object.isFrozen(clrgraph)"));
    }

    [Fact]
    public async Task A_graph_without_posts_becomes_ready_with_no_console_error()
    {
        var graph = new BidirectionalGraph<Node, Edge>();
        var list = new ReadingListNode(NodeId.ReadingList("empty"), "Empty", null, null, []);
        graph.AddVertex(list);
        await using var page = await OpenAsync(sample: new ExplorerSample(graph, new Dictionary<Node, (double, double)>
        {
            [list] = (0, 0),
        }));

        Assert.Empty(page.Errors);
        Assert.Equal(1, await page.EvaluateAsync<int>("clrgraph.nodes"));
    }

    [Fact]
    public async Task Search_ranks_an_exact_title_first_and_its_result_selects_it()
    {
        await using var page = await OpenAsync();
        Assert.Equal(
            ["Regions subsystem", "Regions in the GC post · example.com"],
            await SearchAsync(page, "regions")
        );
        Assert.Equal("JIT compiler subsystem", (await SearchAsync(page, "jit"))[0]);
        Assert.Equal(["Regions in the GC post · example.com"], await SearchAsync(page, "regions in the gc"));
        Assert.Equal("post:example.com-regions", await page.EvaluateAsync<string>("clrgraph.selected"));
        Assert.Equal("Regions in the GC", await PanelTitleAsync(page));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Search_finds_a_subsystem_by_keyword_and_forgives_one_typo()
    {
        await using var page = await OpenAsync();
        Assert.Equal("Garbage collector subsystem", (await SearchAsync(page, "LOH"))[0]);
        Assert.Equal("Garbage collector subsystem", (await SearchAsync(page, "garbge"))[0]);
        Assert.Contains(
            "close spellings",
            await page.EvaluateAsync<string>("document.querySelector('#result-count').textContent"),
            StringComparison.Ordinal
        );
        Assert.Equal("Type loader subsystem", (await SearchAsync(page, "vm"))[0]);
        Assert.Empty(await SearchAsync(page, "zzzz"));
    }

    [Fact]
    public async Task Clicking_a_subsystem_lists_the_posts_its_header_counts()
    {
        await using var page = await OpenAsync();
        var x = await page.EvaluateAsync<double>("clrgraph.screenPosition('subsystem:gc').x");
        var y = await page.EvaluateAsync<double>("clrgraph.screenPosition('subsystem:gc').y");
        await page.Page.Mouse.ClickAsync((decimal)x, (decimal)y);
        Assert.Equal("subsystem:gc", await page.EvaluateAsync<string>("clrgraph.selected"));
        Assert.Equal("Garbage collector", await PanelTitleAsync(page));
        var posts = await page.EvaluateAsync<string[]>(
            "[...[...document.querySelectorAll('#panel h3')].find(h => h.textContent.startsWith('About it'))"
                + ".nextElementSibling.querySelectorAll('button')].map(b => b.firstChild.textContent)"
        );
        Assert.Equal(["GC pauses and safe points", "Regions in the GC", "Gen0 budgets"], posts);
        Assert.Equal(
            "Subsystem · 3 posts · 3 mainly about it",
            await page.EvaluateAsync<string>("document.querySelector('#panel .kind').textContent")
        );
        Assert.Equal(
            "Garbage collector, subsystem: 3 posts · 3 mainly about it.",
            await page.EvaluateAsync<string>("document.getElementById('summary').textContent")
        );
        Assert.Equal(
            "https://github.com/dotnet/runtime/blob/main/docs/design/coreclr/botr/garbage-collection.md",
            await page.EvaluateAsync<string>("document.querySelector('#panel a').href")
        );
        Assert.EndsWith("#subsystem:gc", await page.EvaluateAsync<string>("location.href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_whose_subsystems_are_not_reviewed_says_so_in_the_panel()
    {
        const string Kinds = "[...document.querySelectorAll('#panel .kind')].map((e) => e.textContent).join('|')";
        await using var page = await OpenAsync("#post:other.org-tiered");
        var kinds = await page.EvaluateAsync<string>(Kinds);
        Assert.EndsWith("|Its subsystems are a suggestion that nobody has reviewed yet.", kinds);
        await page.EvaluateAsync("location.hash = '#post:plain.net-2019-05-gen0'");
        await page.Page.WaitForFunctionAsync("() => clrgraph.selected === 'post:plain.net-2019-05-gen0'");
        Assert.DoesNotContain("suggestion", await page.EvaluateAsync<string>(Kinds), StringComparison.Ordinal);
        Assert.Empty(page.Errors);
    }

    // The post's section in its reading list sat under the title with no caption, and read as its description.
    [Fact]
    public async Task A_post_s_section_is_shown_under_a_caption_after_its_reading_lists()
    {
        await using var page = await OpenAsync("#post:other.org-tiered");
        var headings = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('#panel h3')].map(h => h.textContent)"
        );
        Assert.Equal("Listed under", headings[^1]);
        Assert.Equal(
            "Section",
            await page.EvaluateAsync<string>("document.querySelector('#panel h3:last-of-type + p').textContent")
        );
        Assert.DoesNotContain(
            "Section",
            await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#panel .kind')].map(e => e.textContent)")
        );
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
    public async Task Filters_keep_every_post_that_covers_a_checked_subsystem_and_refit()
    {
        await using var page = await OpenAsync();
        Assert.Equal(12, await page.EvaluateAsync<int>("clrgraph.visibleNodes"));
        var fits = await page.EvaluateAsync<int>("clrgraph.fits");

        // The garbage collector off: it, Regions, and the two posts that cover nothing else go; the GC pauses post,
        // which also covers the JIT, stays.
        await page.Page.ClickAsync("#top-levels label:nth-of-type(1) input");
        Assert.Equal(8, await page.EvaluateAsync<int>("clrgraph.visibleNodes"));
        Assert.Equal(fits + 1, await page.EvaluateAsync<int>("clrgraph.fits"));
        Assert.NotNull(await page.EvaluateAsync<object>("clrgraph.screenPosition('post:example.com-gc-pauses')"));

        // The Book of the Runtime list off too: it goes, and no post is only in it.
        await page.Page.ClickAsync("#reading-lists label:nth-of-type(1) input");
        Assert.Equal(7, await page.EvaluateAsync<int>("clrgraph.visibleNodes"));

        // CoreCLR posts instead: it and the posts only it lists go; the two also in the Book of the Runtime stay.
        await page.Page.ClickAsync("#reading-lists label:nth-of-type(1) input");
        await page.Page.ClickAsync("#reading-lists label:nth-of-type(2) input");
        Assert.Equal(5, await page.EvaluateAsync<int>("clrgraph.visibleNodes"));

        // Selecting and clearing a node keeps the filters as they are.
        await page.EvaluateAsync("location.hash = '#subsystem:jit'");
        await page.Page.WaitForFunctionAsync("() => clrgraph.selected === 'subsystem:jit'");
        await page.Page.Keyboard.PressAsync("Escape");
        Assert.Null(await page.EvaluateAsync<string?>("clrgraph.selected"));
        Assert.Equal(5, await page.EvaluateAsync<int>("clrgraph.visibleNodes"));
        var checkedBoxes = await page.EvaluateAsync<bool[]>(
            "[...document.querySelectorAll('#top-levels input')].map(i => i.checked)"
        );
        Assert.Equal([false, true, true], checkedBoxes);
        Assert.Equal(fits + 4, await page.EvaluateAsync<int>("clrgraph.fits"));
    }

    [Fact]
    public async Task Keyboard_selects_walks_to_a_neighbour_opens_it_and_goes_back()
    {
        await using var page = await OpenAsync();
        await page.EvaluateAsync("window.opened = []; window.open = (url) => { window.opened.push(url); }");
        await page.Page.FocusAsync("#graph");

        // Enter with nothing selected selects the subsystem nearest the middle of the view.
        await page.Page.Keyboard.PressAsync("Enter");
        var first = await page.EvaluateAsync<string>("clrgraph.selected");
        Assert.StartsWith("subsystem:", first, StringComparison.Ordinal);

        // An arrow key walks to a neighbour, Enter selects it; on a post, Enter opens it.
        await page.EvaluateAsync("location.hash = '#subsystem:vm'");
        await page.Page.WaitForFunctionAsync("() => clrgraph.selected === 'subsystem:vm'");
        await page.Page.FocusAsync("#graph");
        string[] neighbours = ["post:evil", "post:other.org-loader"];
        await page.Page.Keyboard.PressAsync("ArrowRight");
        var walked = await page.EvaluateAsync<string>("clrgraph.walked");
        Assert.Contains(walked, neighbours);
        Assert.StartsWith(
            "Neighbour 1 of 2: ",
            await page.EvaluateAsync<string>("document.getElementById('summary').textContent"),
            StringComparison.Ordinal
        );
        await page.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal(neighbours.Single(n => n != walked), await page.EvaluateAsync<string>("clrgraph.walked"));
        await page.Page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal(walked, await page.EvaluateAsync<string>("clrgraph.walked"));
        await page.Page.Keyboard.PressAsync("Enter");
        Assert.Equal(walked, await page.EvaluateAsync<string>("clrgraph.selected"));
        await page.Page.Keyboard.PressAsync("Escape");
        Assert.Equal("subsystem:vm", await page.EvaluateAsync<string>("clrgraph.selected"));

        await page.EvaluateAsync("location.hash = '#post:other.org-tiered'");
        await page.Page.WaitForFunctionAsync("() => clrgraph.selected === 'post:other.org-tiered'");
        await page.Page.FocusAsync("#graph");
        await page.Page.Keyboard.PressAsync("Enter");
        Assert.Equal(["https://www.other.org/tiered"], await page.EvaluateAsync<string[]>("window.opened"));
        await page.Page.Keyboard.PressAsync("Escape");
        Assert.Null(await page.EvaluateAsync<string?>("clrgraph.selected"));
        Assert.True(await page.EvaluateAsync<bool>("document.getElementById('panel').hidden"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Zoom_buttons_zoom_and_fit_and_a_click_takes_the_post_over_the_disc_behind_it()
    {
        await using var page = await OpenAsync();
        var before = await DistanceAsync(page);
        await page.Page.ClickAsync("#zoom-in");
        Assert.True(await DistanceAsync(page) > before * 1.4);
        await page.Page.ClickAsync("#fit");
        Assert.Equal(before, await DistanceAsync(page), 3);
        await page.Page.ClickAsync("#zoom-out");
        Assert.True(await DistanceAsync(page) < before * 0.7);

        // Zoomed out, the Regions post touches the Regions disc: a click on the post selects it, on the disc the disc.
        var post = await PositionAsync(page, "post:example.com-regions");
        var disc = await PositionAsync(page, "subsystem:gc-regions");
        Assert.True(double.Hypot(post.X - disc.X, post.Y - disc.Y) < 8);
        await page.Page.Mouse.ClickAsync((decimal)post.X, (decimal)post.Y);
        Assert.Equal("post:example.com-regions", await page.EvaluateAsync<string>("clrgraph.selected"));
        await page.Page.Mouse.ClickAsync((decimal)disc.X, (decimal)disc.Y);
        Assert.Equal("subsystem:gc-regions", await page.EvaluateAsync<string>("clrgraph.selected"));
        Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task Hostile_titles_notes_and_urls_show_as_text_and_never_run()
    {
        await using var page = await OpenAsync("#post:evil");
        Assert.Equal(ExplorerSamples.HostileTitle, await PanelTitleAsync(page));
        Assert.Equal(
            ExplorerSamples.HostileNote,
            await page.EvaluateAsync<string>("document.querySelector('#panel h3 + p').textContent")
        );
        Assert.Equal(
            "Address: " + ExplorerSamples.HostileUrl,
            await page.EvaluateAsync<string>(
                "[...document.querySelectorAll('#panel p')].find(p => p.textContent.startsWith('Address')).textContent"
            )
        );
        await page.Page.FocusAsync("#search");
        await page.Page.Keyboard.TypeAsync("evil");
        // Typed keys are gathered into one search when they pause: wait for "evil" itself to be searched.
        await page.Page.WaitForFunctionAsync("() => clrgraph.searched === 'evil' && clrgraph.matches === 1");
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

    private static async Task<string[]> SearchAsync(BrowserPage page, string text)
    {
        await page.EvaluateAsync("document.getElementById('search').value = ''");
        await page.Page.FocusAsync("#search");
        await page.Page.Keyboard.TypeAsync(text);
        await page.Page.Keyboard.PressAsync("Enter");
        return await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('#results button')].map(b => b.textContent)"
        );
    }

    private static async Task<(double X, double Y)> PositionAsync(BrowserPage page, string id) =>
        (
            await page.EvaluateAsync<double>($"clrgraph.screenPosition('{id}').x"),
            await page.EvaluateAsync<double>($"clrgraph.screenPosition('{id}').y")
        );

    private static async Task<double> DistanceAsync(BrowserPage page)
    {
        var (a, b) = (await PositionAsync(page, "subsystem:gc"), await PositionAsync(page, "subsystem:jit"));
        return double.Hypot(a.X - b.X, a.Y - b.Y);
    }

    private static Task<string> PanelTitleAsync(BrowserPage page) =>
        page.EvaluateAsync<string>("document.querySelector('#panel h2').textContent");

    private async Task<BrowserPage> OpenAsync(string fragment = "", ExplorerSample? sample = null)
    {
        var path = _folder.File("explorer.html");
        var html = ExplorerPageTests.Write(sample ?? ExplorerSamples.Small());
        await File.WriteAllBytesAsync(path, html, TestContext.Current.CancellationToken);
        var page = await browser.NewPageAsync();
        await page.OpenFileAsync(path, fragment);
        await page.WaitForAsync("html[data-state=ready]");
        return page;
    }
}
