using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClrGraph.Building;
using ClrGraph.Export.Explorer;
using QuikGraph;

namespace ClrGraph.Tests.Explorer;

public class ExplorerPageTests
{
    private const string DataStart = "<script type=\"application/json\" id=\"clrgraph-data\">\n";

    [Fact]
    public void Same_input_in_any_order_gives_the_same_bytes()
    {
        var data = ExplorerSamples.Small();
        var reversed = new BidirectionalGraph<Node, Edge>();
        reversed.AddVertexRange(data.Graph.Vertices.Reverse());
        reversed.AddEdgeRange(data.Graph.Edges.Reverse());
        Assert.Equal(Write(data), Write(data with { Graph = reversed }));
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
    public void Data_block_has_no_markup_and_one_named_record_per_line()
    {
        var html = Encoding.UTF8.GetString(Write(ExplorerSamples.Small()));
        var json = Between(html, DataStart, "</script>");
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain(">", json, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E\\u003Cscript\\u003E", json, StringComparison.Ordinal);

        // format, title, fields, positionUnit, 1 + 4 colours, 1 + 4 sites, 1 + 1 sections, 1 + 4 subsystems,
        // 1 + 2 lists, 1 + 6 posts.
        Assert.Equal(31, json.TrimEnd('\n').Split('\n').Length);
        using var document = JsonDocument.Parse(json);
        var fields = document.RootElement.GetProperty("fields");
        Assert.Equal(ExplorerJson.PostFields, fields.GetProperty("posts").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("keywords", fields.GetProperty("subsystems").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(1, document.RootElement.GetProperty("positionUnit").GetInt32());
        var posts = document.RootElement.GetProperty("posts");
        Assert.Equal(6, posts.GetArrayLength());
        var id = Array.IndexOf(ExplorerJson.PostFields, "id");
        var evil = posts[0];
        Assert.Equal("post:evil", evil[id].GetString());
        Assert.Equal(ExplorerSamples.HostileTitle, evil[0].GetString());
        Assert.Equal(ExplorerSamples.HostileUrl, evil[1].GetString());
        Assert.Equal(ExplorerSamples.HostileNote, evil[5].GetString());

        // Years as C# has them; a URL on the post's own https site keeps only its path, and then the id that path
        // makes is left out, as is the colour of the primary subsystem.
        Assert.Equal(
            "[\"GC pauses and safe points\",\"/gc-pauses/\",1,2020,0,\"Note on GC pauses and safe points\",-150,60,"
                + "[0,2],[1]]",
            posts[1].GetRawText()
        );
        Assert.Equal("https://www.other.org/tiered", posts[4][1].GetString());
        Assert.Equal("post:other.org-tiered", posts[4][id].GetString());
        Assert.Equal(2019, posts[5][3].GetInt32());
        var gc = document.RootElement.GetProperty("subsystems")[0];
        Assert.Equal("[\"LOH\",\"large object heap\"]", gc[10].GetRawText());
        Assert.Equal(7, document.RootElement.GetProperty("subsystems")[1].GetArrayLength());
        Assert.Equal(4, document.RootElement.GetProperty("readingLists")[0].GetArrayLength());
    }

    [Fact]
    public void A_book_of_the_runtime_chapter_shows_the_book_as_its_site_and_keeps_its_url_and_id()
    {
        const string url = "https://github.com/dotnet/runtime/blob/main/docs/design/coreclr/botr/threading.md";
        var data = ExplorerSamples.Small(p =>
            p.Id == "post:example.com-gc-pauses" ? p with { Url = url, Site = "github.com" } : p
        );
        var html = Encoding.UTF8.GetString(Write(data));
        using var document = JsonDocument.Parse(Between(html, DataStart, "</script>"));
        var post = document.RootElement.GetProperty("posts")[1];
        var sites = document.RootElement.GetProperty("sites");

        Assert.Equal("Book of the Runtime", sites[post[2].GetInt32()].GetString());
        Assert.Equal(url, post[1].GetString());
        Assert.Equal("post:example.com-gc-pauses", post[Array.IndexOf(ExplorerJson.PostFields, "id")].GetString());
    }

    [Fact]
    public void A_post_id_is_left_out_only_when_its_path_makes_it()
    {
        var data = ExplorerSamples.Small(p => p.Id switch
        {
            "post:plain.net-2019-05-gen0" => p with { Color = "#d62728" },
            "post:example.com-gc-pauses" => p with { Id = "post:example.com-gc-pauses-2" },
            _ => p,
        });
        var html = Encoding.UTF8.GetString(Write(data));
        using var document = JsonDocument.Parse(Between(html, DataStart, "</script>"));
        var written = document.RootElement.GetProperty("posts");
        Assert.Equal(
            "[\"GC pauses and safe points\",\"/gc-pauses/\",1,2020,0,\"Note on GC pauses and safe points\",-150,60,"
                + "[0,2],[1],\"post:example.com-gc-pauses-2\"]",
            written[1].GetRawText()
        );
        Assert.Equal("/2019/05/gen0", written[5][1].GetString());
        Assert.Equal("[1],null,3]", written[5].GetRawText()[^11..]);
        // A post not reviewed yet writes every column, the last one true.
        var tiered = written.EnumerateArray().Single(p => p[0].GetString() == "Tiered compilation");
        Assert.Equal(ExplorerJson.PostFields.Length, tiered.GetArrayLength());
        Assert.True(tiered[ExplorerJson.PostFields.Length - 1].GetBoolean());
        Assert.All(written.EnumerateArray().Where(p => p[0].GetString() != "Tiered compilation"),
            p => Assert.True(p.GetArrayLength() < ExplorerJson.PostFields.Length));
        Assert.Equal("post:plain.net-2019-05-gen0", ExplorerJson.RebuiltPostId("plain.net", "/2019/05/gen0"));
        Assert.Equal("post:example.com-gc-pauses", ExplorerJson.RebuiltPostId("example.com", "/gc-pauses/"));
    }

    [Fact]
    public void Fallback_lists_subsystems_and_their_posts_as_escaped_links()
    {
        var html = Encoding.UTF8.GetString(Write(ExplorerSamples.Small()));
        var fallback = Between(html, "<main id=\"fallback\">", "</main>");
        Assert.Contains(
            "<li><strong>Regions</strong>: What the regions does.\n<ul>\n"
                + "<li><a href=\"https://example.com/regions\">Regions in the GC</a> (example.com, 2020)</li>",
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
    [InlineData("</script>")]
    [InlineData("<!-- & -->")]
    [InlineData("a\u2028b\u2029c")]
    [InlineData("\"\\\n\t\u0001")]
    [InlineData("🧵 \u202E é")]
    public void Any_title_comes_back_from_the_data_block_and_never_ends_it(string title)
    {
        var sample = ExplorerSamples.Small(p => p.Id == "post:evil" ? p with { Title = title } : p);
        var html = Encoding.UTF8.GetString(Write(sample));
        var json = Between(html, DataStart, "</script>");
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.DoesNotContain("&", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(title, document.RootElement.GetProperty("posts")[0][0].GetString());
    }

    [Fact]
    public void Positions_keep_a_thousandth_of_the_layout()
    {
        (double, double)[] Scaled(double scale) => [(0, 0), (550 * scale, 10 * scale)];
        Assert.Equal(1, ExplorerJson.PositionDecimals(Scaled(1))); // 550 wide
        Assert.Equal(0, ExplorerJson.PositionDecimals(Scaled(10)));
        Assert.Equal(-1, ExplorerJson.PositionDecimals(Scaled(100))); // in tens
        Assert.Equal(10, ExplorerJson.PositionUnit(-1));
        Assert.Equal(1, ExplorerJson.PositionUnit(2));
        Assert.Equal(4, ExplorerJson.PositionDecimals(Scaled(0.001)));
        Assert.Equal(0, ExplorerJson.PositionDecimals([(5, 5)]));
    }

    internal static byte[] Write(ExplorerSample sample)
    {
        using var stream = new MemoryStream();
        ExplorerPage.Write(sample.Graph, sample.Positions, stream);
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
