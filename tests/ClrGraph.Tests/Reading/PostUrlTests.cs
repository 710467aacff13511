using ClrGraph.Reading;

namespace ClrGraph.Tests.Reading;

public class PostUrlTests
{
    [Theory]
    [InlineData("http://mattwarren.org/2016/08/08/GC-Pauses/", "https://mattwarren.org/2016/08/08/GC-Pauses")]
    [InlineData("https://www.MattWarren.org/2016/08/08/GC-Pauses", "https://mattwarren.org/2016/08/08/GC-Pauses")]
    [InlineData("https://mattwarren.org/2016/08/08/GC-Pauses/#comments", "https://mattwarren.org/2016/08/08/GC-Pauses")]
    [InlineData("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2")]
    [InlineData("https://example.org:8443/a/", "https://example.org:8443/a")]
    [InlineData("http://example.org:80/", "https://example.org")]
    // A link copied from a newsletter or a share button is the same post as the plain one.
    [InlineData(
        "https://devblogs.microsoft.com/dotnet/put-a-dpad-on-that-gc/?utm_source=newsletter&utm_medium=email",
        "https://devblogs.microsoft.com/dotnet/put-a-dpad-on-that-gc"
    )]
    [InlineData("https://example.org/a?id=7&UTM_Campaign=x&fbclid=IwAR0", "https://example.org/a?id=7")]
    [InlineData(
        "https://www.youtube.com/watch?v=r738tcIstck&feature=youtu.be",
        "https://youtube.com/watch?v=r738tcIstck"
    )]
    [InlineData("https://youtube.com/watch?si=Ab1&v=r738tcIstck&t=90", "https://youtube.com/watch?v=r738tcIstck&t=90")]
    [InlineData("https://example.org/search?feature=gc&si=1", "https://example.org/search?feature=gc&si=1")]
    [InlineData("https://youtu.be/U92Ts53win4?t=1786", "https://youtube.com/watch?v=U92Ts53win4&t=1786")]
    [InlineData("https://youtu.be/r738tcIstck?si=Xy", "https://youtube.com/watch?v=r738tcIstck")]
    [InlineData("https://m.youtube.com/watch?v=r738tcIstck", "https://youtube.com/watch?v=r738tcIstck")]
    public void Normalizes_scheme_host_www_fragment_slash_tracking_and_youtube_short_links(string url, string expected)
    {
        Assert.True(PostUrl.TryNormalize(url, out var key));
        Assert.Equal(expected, key);
    }

    // A one-page site's route ("#!/book/…"), or a fragment with a slash as Reference Source and source.dot.net route
    // ("#mscorlib/…"), names a page of its own; any other fragment is a place in the page.
    [Theory]
    [InlineData("https://livebook.manning.com/#!/book/c-sharp-in-depth/", "chapter-11/", "appendix-A/")]
    [InlineData("https://referencesource.microsoft.com/#", "mscorlib/system/string.cs", "System/io/Watcher.cs")]
    public void A_route_after_the_hash_is_another_page(string site, string page, string other)
    {
        Assert.True(PostUrl.TryNormalize(site + page, out var a));
        Assert.True(PostUrl.TryNormalize(site + other, out var b));

        Assert.Equal(site.Replace("/#", "#", StringComparison.Ordinal) + page, a);
        Assert.NotEqual(a, b);
        Assert.False(PostUrl.IsSection(site + page));
        Assert.True(PostUrl.IsSection("https://a.example/p/#dynamic-pgo"));
    }

    [Theory]
    [InlineData("mailto:a@b.c")]
    [InlineData("ftp://example.org/file")]
    [InlineData("../relative")]
    [InlineData("")]
    public void Refuses_what_is_not_an_absolute_http_url(string url) => Assert.False(PostUrl.TryNormalize(url, out _));

    [Fact]
    public void Path_case_is_kept_because_paths_are_case_sensitive()
    {
        PostUrl.TryNormalize("https://example.org/A", out var upper);
        PostUrl.TryNormalize("https://example.org/a", out var lower);
        Assert.NotEqual(upper, lower);
    }

    [Theory]
    [InlineData("http://mattwarren.org/2017/03/23/Hitchhikers-Guide/", 2017)]
    [InlineData("https://devblogs.microsoft.com/dotnet/performance-improvements-in-net-5/", null)]
    [InlineData("https://example.org/posts/1999", 1999)]
    [InlineData("https://example.org/1975/2003/x", 2003)]
    [InlineData("https://example.org/20170/x/2017a/", null)]
    [InlineData("https://example.org/2100/", null)]
    [InlineData("https://example.org/x?from=/2017/", null)]
    [InlineData("https://example.org/2012#/2018", 2012)]
    [InlineData("https://example.org", null)]
    public void Year_comes_from_a_path_segment(string url, int? year) => Assert.Equal(year, PostUrl.Year(url));

    [Fact]
    public void Slug_is_a_readable_nmtoken()
    {
        var slug = PostUrl.Slug("https://mattwarren.org/2017/06/15/How-the-.NET-Rutime-loads-a-Type");
        Assert.Equal("mattwarren.org-2017-06-15-How-the-.NET-Rutime-loads-a-Type", slug);
        Assert.Matches("^[A-Za-z0-9._-]+$", PostUrl.Slug("https://例え.jp/パス?q=1&r=\"x\""));
    }

    [Fact]
    public void Long_slugs_are_shortened_with_a_hash_and_stay_distinct()
    {
        var a = PostUrl.Slug("https://example.org/" + new string('a', 300) + "/1");
        var b = PostUrl.Slug("https://example.org/" + new string('a', 300) + "/2");
        Assert.True(a.Length <= 100);
        Assert.NotEqual(a, b);
    }
}
