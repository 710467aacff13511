using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClrGraph.Export.Explorer;

namespace ClrGraph.Tests.Explorer;

public class ExplorerPageTests
{
    private const string DataStart = "<script type=\"application/json\" id=\"clrgraph-data\">\n";

    [Fact]
    public void Same_input_in_any_order_gives_the_same_bytes()
    {
        var data = ExplorerSamples.Small();
        var shuffled = data with
        {
            Subsystems = [.. data.Subsystems.Reverse()],
            Posts = [.. data.Posts.Reverse()],
            ReadingLists = [.. data.ReadingLists.Reverse()],
            Edges = [.. data.Edges.Reverse()],
        };
        Assert.Equal(Write(data), Write(shuffled));
        Assert.Equal(Write(data), Write(ExplorerSamples.Small()));
    }

    [Fact]
    public void Content_security_policy_allows_exactly_the_inline_script_and_style()
    {
        var html = Encoding.UTF8.GetString(Write(ExplorerSamples.Small()));
        var policy = Regex.Match(html, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value;
        var script = Between(html, "</script>\n<script>", "</script>\n</body>");
        var style = Between(html, "<style>", "</style>");
        string Hash(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(
            $"default-src 'none'; script-src 'sha256-{Hash(script)}'; style-src 'sha256-{Hash(style)}'; "
                + "base-uri 'none'; form-action 'none'",
            policy
        );
        Assert.Equal(2, Regex.Count(html, "<script"));
        Assert.Single(Regex.Matches(html, "<style"));
        Assert.DoesNotContain("\r", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_block_has_no_markup_and_one_record_per_line()
    {
        var html = Encoding.UTF8.GetString(Write(ExplorerSamples.Small()));
        var json = Between(html, DataStart, "</script>");
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        Assert.Contains("\\u003c/script\\u003e\\u003cscript\\u003e", json, StringComparison.Ordinal);

        // format, title, 1 + 4 colours, 1 + 4 sites, 1 + 1 sections, 1 + 4 subsystems, 1 + 2 lists, 1 + 6 posts,
        // and the edges of no other shape (none).
        Assert.Equal(30, json.TrimEnd('\n').Split('\n').Length);
        using var document = JsonDocument.Parse(json);
        var posts = document.RootElement.GetProperty("posts");
        Assert.Equal(6, posts.GetArrayLength());
        var evil = posts.EnumerateArray().Single(p => p[0].GetString() == "post:evil");
        Assert.Equal(ExplorerSamples.HostileTitle, evil[1].GetString());
        Assert.Equal(ExplorerSamples.HostileUrl, evil[2].GetString());
        Assert.Equal(ExplorerSamples.HostileNote, evil[6].GetString());

        // Ids derivable from the URL are left out, and URLs on the post's own https site keep only their path.
        var gcPauses = posts[1];
        Assert.Equal(
            "[\"\",\"GC pauses and safe points\",\"/gc-pauses/\",1,2020,0,"
                + "\"Note on GC pauses and safe points\",0,6,-150,60,[0,2],1,[1]]",
            gcPauses.GetRawText()
        );
        Assert.Equal("https://www.other.org/tiered", posts[4][2].GetString());

        // A year its URL names is written as 0.
        var gen0 = "[\"\",\"Gen0 budgets\",\"/2019/05/gen0\",3,0,";
        Assert.StartsWith(gen0, posts[5].GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Fallback_lists_subsystems_and_their_posts_as_escaped_links()
    {
        var html = Encoding.UTF8.GetString(Write(ExplorerSamples.Small()));
        var fallback = Between(html, "<main id=\"fallback\">", "</main>");
        Assert.Contains(
            "<li><strong>Regions</strong>: What the regions does.\n<ul>\n"
                + "<li><a href=\"https://example.com/regions\">Regions in the GC</a> (example.com)</li>",
            fallback,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "<li>&lt;/script&gt;&lt;script&gt;window.pwned = 1&lt;/script&gt; &quot;quoted&quot; &#39;single&#39;",
            fallback,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("javascript:", fallback, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", fallback, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.example.com/a/b?x=1#f", "post:example.com-a-b-x-1-f")]
    [InlineData("http://example.com/a-/b/", "post:example.com-a-b")]
    [InlineData("https://example.com/--x--/", "post:example.com---x")]
    [InlineData("https://EXAMPLE.com/été", "post:EXAMPLE.com-t")]
    [InlineData("https://", "post:")]
    public void Derived_post_id(string url, string id) => Assert.Equal(id, ExplorerPage.DerivedPostId(url));

    [Theory]
    [InlineData("https://example.com/2019/05/x", 2019)]
    [InlineData("https://example.com/a/1979/2099/x", 2099)]
    [InlineData("https://example.com/x?y=/2019/", null)]
    [InlineData("https://example.com/x#/2019", null)]
    [InlineData("https://2019/x/20190/2021", 2021)]
    [InlineData("example.com/2019", null)]
    public void Url_year(string url, int? year) => Assert.Equal(year, ExplorerPage.UrlYear(url));

    [Theory]
    [InlineData("</script>", "\"\\u003c/script\\u003e\"")]
    [InlineData("<!-- & -->", "\"\\u003c!-- \\u0026 --\\u003e\"")]
    [InlineData("a\u2028b\u2029c", "\"a\\u2028b\\u2029c\"")]
    [InlineData("\"\\\n\t\u0001", "\"\\\"\\\\\\n\\t\\u0001\"")]
    [InlineData("🧵 \u202E", "\"🧵 \u202E\"")]
    public void Json_strings_are_escaped_for_a_script_block(string text, string json)
    {
        using var writer = new StringWriter();
        Json.String(writer, text);
        Assert.Equal(json, writer.ToString());
    }

    [Fact]
    public void Lone_surrogates_are_escaped_and_pairs_kept()
    {
        using var writer = new StringWriter();
        Json.String(writer, "lone " + '\ud800' + " pair \ud83e\uddf5 " + '\udc00');
        Assert.Equal("\"lone \\ud800 pair 🧵 \\udc00\"", writer.ToString());
    }

    [Theory]
    [InlineData(0.0, 1, "0")]
    [InlineData(-0.04, 1, "0")]
    [InlineData(12.25, 1, "12.3")]
    [InlineData(-1234.56, 0, "-1235")]
    [InlineData(1234.5, 0, "1235")]
    [InlineData(0.00012345, 4, "0.0001")]
    [InlineData(double.NaN, 1, "0")]
    public void Numbers_are_invariant_and_rounded(double value, int decimals, string text) =>
        Assert.Equal(text, Json.Number(value, decimals));

    [Fact]
    public void Positions_keep_a_thousandth_of_the_layout()
    {
        var small = ExplorerSamples.Small();
        Assert.Equal(1, IndexedGraph.Create(small).PositionDecimals); // 550 wide
        var wide = small with { Posts = [.. small.Posts.Select(p => p with { X = p.X * 100 })] };
        Assert.Equal(0, IndexedGraph.Create(wide).PositionDecimals);
        var narrow = small with
        {
            Subsystems = [.. small.Subsystems.Select(s => s with { X = s.X / 1000, Y = s.Y / 1000 })],
            ReadingLists = [.. small.ReadingLists.Select(l => l with { X = l.X / 1000, Y = l.Y / 1000 })],
            Posts = [.. small.Posts.Select(p => p with { X = p.X / 1000, Y = p.Y / 1000 })],
        };
        Assert.Equal(4, IndexedGraph.Create(narrow).PositionDecimals);
    }

    internal static byte[] Write(ExplorerData data)
    {
        using var stream = new MemoryStream();
        ExplorerPage.Write(data, stream);
        return stream.ToArray();
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, "missing " + start);
        from += start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to >= 0, "missing " + end);
        return text[from..to];
    }
}
