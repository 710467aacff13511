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
}
