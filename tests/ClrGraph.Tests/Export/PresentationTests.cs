using ClrGraph.Building;
using ClrGraph.Export;

namespace ClrGraph.Tests.Export;

/// <summary>The presentation helpers every exporter shares.</summary>
public class PresentationTests
{
    [Theory]
    [InlineData("mattwarren.org", 2017, "Title\nmattwarren.org, 2017\ncovers: gc")]
    [InlineData("mattwarren.org", null, "Title\nmattwarren.org\ncovers: gc")]
    [InlineData("", 2017, "Title\n2017\ncovers: gc")]
    [InlineData("", null, "Title\ncovers: gc")]
    public void A_posts_tooltip_says_its_site_and_year_as_far_as_known(string site, int? year, string expected)
    {
        var post = new PostNode("post:p", "Title", "https://p.example/", site, year, "", "", ["gc"], "gc", "#1f77b4");

        Assert.Equal(expected, Presentation.PostTooltip(post));
    }

    [Theory]
    [InlineData(
        "https://github.com/dotnet/runtime/blob/main/docs/design/coreclr/botr/threading.md",
        "Book of the Runtime"
    )]
    [InlineData(
        "https://github.com/dotnet/runtime/blob/main/docs/design/coreclr/jit/ryujit-overview.md",
        "dotnet/runtime on GitHub"
    )]
    [InlineData("https://github.com/Maoni0/mem-doc", "Maoni0/mem-doc on GitHub")]
    [InlineData("https://github.com/Maoni0/mem-doc", "GitHub", "maoni0/mem-doc")]
    [InlineData("https://github.com/jkotas", "github.com")]
    [InlineData("https://mattwarren.org/2017/x", "mattwarren.org")]
    public void A_post_on_github_is_shown_by_its_book_or_repository(string url, string expected, string title = "T")
    {
        var site = new Uri(url).Host;
        var post = new PostNode("post:p", title, url, site, null, "", "", ["gc"], "gc", "#1f77b4");

        Assert.Equal(expected, Presentation.Source(post));
        Assert.Equal(expected + ", 2017", Presentation.Source(post with { Year = 2017 }));
    }

    [Theory]
    [InlineData("https://devblogs.microsoft.com/dotnet/how-async-await-really-works/", null,
        "devblogs.microsoft.com/…/how-async-await-really-works")]
    [InlineData("https://www.youtube.com/watch?v=pjKNx41Ubxw", null, "youtube.com/watch?v=pjKNx41Ubxw")]
    [InlineData("https://github.com/dotnet/runtime", null, "github.com/dotnet/runtime")]
    [InlineData("https://github.com/dotnet/runtime", "The runtime", "The runtime")]
    public void A_post_titled_by_its_address_is_shown_by_its_site_and_last_part(string url, string? title, string shown)
    {
        var post = new PostNode("post:p", title ?? url, url, "", null, "", "", ["gc"], "gc", "#1f77b4");

        Assert.Equal(shown, Presentation.Title(post));
    }

    [Theory]
    [InlineData(2017, "2017")]
    [InlineData(null, "")]
    public void A_post_titled_by_its_address_gets_only_its_year_as_its_source(int? year, string expected)
    {
        const string url = "https://devblogs.microsoft.com/dotnet/how-async-await-really-works/";
        var post = new PostNode("post:p", url, url, "devblogs.microsoft.com", year, "", "", ["gc"], "gc", "#1f77b4");

        Assert.Equal(expected, Presentation.Source(post));
        var titled = Presentation.Source(post with { Title = "T" });
        Assert.Equal($"devblogs.microsoft.com, {year}".TrimEnd(',', ' '), titled);
    }
}
