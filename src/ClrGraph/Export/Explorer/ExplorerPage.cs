using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ClrGraph.Export.Explorer;

/// <summary>
/// Writes <c>explorer.html</c>: one self-contained page (our script and style inlined and allowed by their hashes
/// under a <c>default-src 'none'</c> policy, the graph embedded as JSON, one record per line) that draws the graph
/// on a canvas, plus a plain list of subsystems and their posts for a browser without JavaScript.
/// </summary>
/// <remarks>
/// The JSON (format <c>clrgraph-explorer/1</c>) is one object whose arrays hold one record (a JSON array) per line:
/// <list type="bullet">
/// <item><c>colors</c>, <c>sites</c>, <c>sections</c>: strings the records refer to by index.</item>
/// <item><c>subsystems</c>: <c>[id, name, summary, parent, topLevel, color, size, x, y, posts, [part-of targets],
/// [botr], [source], [designDocs]]</c>; parent and top level are subsystem indices or -1.</item>
/// <item><c>readingLists</c>: <c>[id, title, url or null, color, size, x, y]</c>.</item>
/// <item><c>posts</c>: <c>[id, title, url, site, year, section, note, color, size, x, y, [covered subsystems],
/// primaries, [reading lists]]</c>: the covered subsystems (its <c>covers</c> edges, the first <c>primaries</c> of
/// them primary) and the lists that list it (their <c>lists</c> edges) are indices. The id is <c>""</c> when it is
/// <see cref="DerivedPostId"/> of the URL, the URL starts with <c>/</c> when it is <c>https://</c> + site + it, and
/// the year is 0 when it is <see cref="UrlYear"/> of the URL (null when there is none).</item>
/// <item><c>edges</c>: any other edge, <c>[source, target, relation, primary]</c>, by node index (subsystems, then
/// reading lists, then posts).</item>
/// </list>
/// Edges live on the record of their post (or child subsystem), so the file stays small and a change to a post's
/// subsystems changes its line only.
/// </remarks>
internal static class ExplorerPage
{
    /// <summary>The file's name in the output folder.</summary>
    public const string FileName = "explorer.html";

    /// <summary>
    /// The most nodes the explorer is written for. Measured with tests/ClrGraph.Benchmarks/explorer.sh in headless
    /// Chromium on a 2-core machine under load: 100,000 posts (400,000 edges) make a 14.9 MB page ready in 3.9-4.6 s
    /// (sigma.js 3: 64-74 s); 250,000 posts (1,000,000 edges) make 37.7 MB, ready in 7.3 s. Beyond that the file
    /// outgrows what a page should ask a browser to load, so export skips the explorer with a warning.
    /// </summary>
    public const int MaxNodes = 250_000;

    /// <summary>The posts the no-JavaScript list shows per subsystem (all of them would double the page).</summary>
    public const int FallbackPostsPerSubsystem = 10;

    /// <summary>The inline script, as embedded in the assembly.</summary>
    public static string Script { get; } = Resource("explorer.js");

    /// <summary>The inline style, as embedded in the assembly.</summary>
    public static string Style { get; } = Resource("explorer.css");

    /// <summary>Writes the page for <paramref name="data"/> into <paramref name="output"/>: UTF-8, <c>\n</c>.</summary>
    public static void Write(ExplorerData data, Stream output)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.NewLine = "\n";
        var graph = IndexedGraph.Create(data);
        var policy =
            "default-src 'none'; script-src '"
            + Hash(Script)
            + "'; style-src '"
            + Hash(Style)
            + "'; base-uri 'none'; form-action 'none'";
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\" data-state=\"loading\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + policy + "\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write("<title>" + Html(data.Title) + "</title>\n<style>" + Style + "</style>\n</head>\n<body>\n");
        WriteApplication(writer, data.Title);
        WriteFallback(writer, data.Title, graph);
        writer.Write("<script type=\"application/json\" id=\"clrgraph-data\">\n");
        WriteJson(writer, data.Title, graph);
        writer.Write("</script>\n<script>" + Script + "</script>\n</body>\n</html>\n");
    }

    /// <summary>The CSP source of an inline script or style: <c>sha256-</c> and its UTF-8's hash in base64.</summary>
    public static string Hash(string text) =>
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// The id the page works out for a post whose record leaves it empty: <c>post:</c> and the URL without its
    /// scheme and <c>www.</c>, every run of characters other than letters, digits, <c>.</c>, <c>_</c> and <c>-</c>
    /// made one <c>-</c>, trimmed of <c>-</c>. explorer.js's <c>derivedPostId</c> is the same function.
    /// </summary>
    public static string DerivedPostId(string url)
    {
        var text =
            url.StartsWith("https://", StringComparison.Ordinal) ? url[8..]
            : url.StartsWith("http://", StringComparison.Ordinal) ? url[7..]
            : url;
        text = text.StartsWith("www.", StringComparison.Ordinal) ? text[4..] : text;
        var builder = new StringBuilder("post:", text.Length + 5);
        foreach (var c in text)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-')
            {
                builder.Append(c);
            }
            else if (builder.Length > 5 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        while (builder.Length > 5 && builder[^1] == '-')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    /// <summary>
    /// The year a post's record writes as 0: the first segment of the URL's path that is four digits from 1980 to
    /// 2099, or null. explorer.js's <c>urlYear</c> is the same function.
    /// </summary>
    public static int? UrlYear(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var slash = start < 0 ? -1 : url.IndexOf('/', start + 3);
        if (slash < 0)
        {
            return null;
        }

        var path = url[slash..];
        var end = path.IndexOfAny(['?', '#']);
        foreach (var segment in (end < 0 ? path : path[..end]).Split('/'))
        {
            if (
                segment.Length == 4
                && segment.All(char.IsAsciiDigit)
                && int.Parse(segment, CultureInfo.InvariantCulture) is var year and >= 1980 and <= 2099
            )
            {
                return year;
            }
        }

        return null;
    }

    // The page's controls, hidden until the script starts (the fallback is what a browser without it shows).
    private static void WriteApplication(StreamWriter writer, string title)
    {
        writer.Write("<div id=\"app\" hidden>\n<header>\n<h1>" + Html(title) + "</h1>\n");
        writer.Write("<label for=\"search\">Search posts</label>\n");
        writer.Write("<input id=\"search\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" ");
        writer.Write("placeholder=\"Title, note or site (press /)\" aria-controls=\"results\">\n");
        writer.Write("<p id=\"result-count\" role=\"status\"></p>\n<ol id=\"results\"></ol>\n</header>\n");
        writer.Write("<nav id=\"filters\" aria-label=\"Filters and legend\">\n");
        writer.Write("<fieldset id=\"top-levels\"><legend>Subsystems</legend></fieldset>\n");
        writer.Write("<fieldset id=\"reading-lists\"><legend>Reading lists</legend></fieldset>\n");
        writer.Write("<p id=\"kinds\"></p>\n</nav>\n");
        writer.Write("<canvas id=\"graph\" tabindex=\"0\" aria-label=\"The graph: arrow keys pan, + and - zoom, ");
        writer.Write("Escape clears the selection\"></canvas>\n");
        writer.Write("<aside id=\"panel\" aria-live=\"polite\" tabindex=\"-1\"><p class=\"hint\">Click a node, ");
        writer.Write("or search, to see what it is.</p></aside>\n</div>\n");
    }

    // Subsystems as a tree, each with the posts whose primary subsystem it is, as plain links.
    private static void WriteFallback(StreamWriter writer, string title, IndexedGraph graph)
    {
        writer.Write("<main id=\"fallback\">\n<h1>" + Html(title) + "</h1>\n");
        writer.Write("<p>The interactive graph needs JavaScript; here are the subsystems and their posts.</p>\n<ul>\n");
        var children = graph.Subsystems.Select(_ => new List<int>()).ToArray();
        var primaryPosts = graph.Subsystems.Select(_ => new List<int>()).ToArray();
        var roots = new List<int>();
        var unmapped = new List<int>();
        for (var i = 0; i < graph.Subsystems.Length; i++)
        {
            var parent = graph.SubsystemParent[i];
            (parent >= 0 && parent != i ? children[parent] : roots).Add(i);
        }

        for (var p = 0; p < graph.Posts.Length; p++)
        {
            var covers = graph.PostCovers[p];
            (covers.Count > 0 ? primaryPosts[covers[0]] : unmapped).Add(p);
        }

        var written = new bool[graph.Subsystems.Length];
        void WriteSubsystem(int s)
        {
            written[s] = true;
            var subsystem = graph.Subsystems[s];
            writer.Write("<li><strong>" + Html(subsystem.Name) + "</strong>: " + Html(subsystem.Summary) + "\n");
            WritePosts(writer, graph, primaryPosts[s]);
            var nested = children[s].Where(c => !written[c]).ToList();
            if (nested.Count > 0)
            {
                writer.Write("<ul>\n");
                foreach (var child in nested)
                {
                    WriteSubsystem(child);
                }

                writer.Write("</ul>\n");
            }

            writer.Write("</li>\n");
        }

        foreach (var root in roots)
        {
            WriteSubsystem(root);
        }

        // Subsystems in a parent cycle (never from a validated taxonomy) still appear.
        for (var s = 0; s < graph.Subsystems.Length; s++)
        {
            if (!written[s])
            {
                WriteSubsystem(s);
            }
        }

        if (unmapped.Count > 0)
        {
            writer.Write("<li><strong>Posts without a subsystem</strong>\n");
            WritePosts(writer, graph, unmapped);
            writer.Write("</li>\n");
        }

        writer.Write("</ul>\n</main>\n");
    }

    private static void WritePosts(StreamWriter writer, IndexedGraph graph, List<int> posts)
    {
        if (posts.Count == 0)
        {
            return;
        }

        writer.Write("<ul>\n");
        foreach (var p in posts.Take(FallbackPostsPerSubsystem))
        {
            var post = graph.Posts[p];
            writer.Write("<li>");
            if (IsWebUrl(post.Url))
            {
                writer.Write("<a href=\"" + Html(post.Url) + "\">" + Html(post.Title) + "</a>");
            }
            else
            {
                writer.Write(Html(post.Title));
            }

            writer.Write(post.Site.Length > 0 ? " (" + Html(post.Site) + ")</li>\n" : "</li>\n");
        }

        if (posts.Count > FallbackPostsPerSubsystem)
        {
            var more = (posts.Count - FallbackPostsPerSubsystem).ToString("N0", CultureInfo.InvariantCulture);
            writer.Write("<li>and " + more + " more (the interactive page lists and searches them all)</li>\n");
        }

        writer.Write("</ul>\n");
    }

    private static void WriteJson(StreamWriter writer, string title, IndexedGraph graph)
    {
        var (places, sizes) = (graph.PositionDecimals, graph.PositionDecimals + 1);
        writer.Write("{\"format\":\"clrgraph-explorer/1\",\n\"title\":");
        Json.String(writer, title);
        WriteTable(writer, "colors", graph.Colors.Names);
        WriteTable(writer, "sites", graph.Sites.Names);
        WriteTable(writer, "sections", graph.Sections.Names);
        writer.Write(",\n\"subsystems\":[");
        for (var i = 0; i < graph.Subsystems.Length; i++)
        {
            var s = graph.Subsystems[i];
            writer.Write(i == 0 ? "\n[" : ",\n[");
            Json.String(writer, s.Id);
            Json.Comma(writer);
            Json.String(writer, s.Name);
            Json.Comma(writer);
            Json.String(writer, s.Summary);
            writer.Write("," + Json.Integer(graph.SubsystemParent[i]) + "," + Json.Integer(graph.SubsystemTopLevel[i]));
            writer.Write("," + Json.Integer(graph.Colors[s.Color]) + "," + Json.Number(s.Size, sizes));
            writer.Write("," + Json.Number(s.X, places) + "," + Json.Number(s.Y, places));
            writer.Write("," + Json.Integer(s.PostCount) + ",");
            Json.Integers(writer, graph.SubsystemPartOf[i]);
            Json.Comma(writer);
            Json.Strings(writer, s.Botr);
            Json.Comma(writer);
            Json.Strings(writer, s.Source);
            Json.Comma(writer);
            Json.Strings(writer, s.DesignDocs);
            writer.Write(']');
        }

        writer.Write("],\n\"readingLists\":[");
        for (var i = 0; i < graph.ReadingLists.Length; i++)
        {
            var l = graph.ReadingLists[i];
            writer.Write(i == 0 ? "\n[" : ",\n[");
            Json.String(writer, l.Id);
            Json.Comma(writer);
            Json.String(writer, l.Title);
            Json.Comma(writer);
            Json.String(writer, l.Url);
            writer.Write("," + Json.Integer(graph.Colors[l.Color]) + "," + Json.Number(l.Size, sizes));
            writer.Write("," + Json.Number(l.X, places) + "," + Json.Number(l.Y, places) + "]");
        }

        writer.Write("],\n\"posts\":[");
        for (var i = 0; i < graph.Posts.Length; i++)
        {
            var p = graph.Posts[i];
            writer.Write(i == 0 ? "\n[" : ",\n[");
            Json.String(writer, DerivedPostId(p.Url) == p.Id ? "" : p.Id);
            Json.Comma(writer);
            Json.String(writer, p.Title);
            Json.Comma(writer);
            var onSite = "https://" + p.Site + "/";
            Json.String(
                writer,
                p.Site.Length > 0 && p.Url.StartsWith(onSite, StringComparison.Ordinal) ? p.Url[(onSite.Length - 1)..]
                    : p.Url.StartsWith('/') ? ""
                    : p.Url
            );
            writer.Write("," + Json.Integer(graph.Sites[p.Site]) + ",");
            writer.Write(
                p.Year is not { } year ? "null"
                : year == UrlYear(p.Url) ? "0"
                : Json.Integer(year)
            );
            writer.Write("," + Json.Integer(graph.Sections[p.Section]) + ",");
            Json.String(writer, p.Note);
            writer.Write("," + Json.Integer(graph.Colors[p.Color]) + "," + Json.Number(p.Size, sizes));
            writer.Write("," + Json.Number(p.X, places) + "," + Json.Number(p.Y, places) + ",");
            Json.Integers(writer, graph.PostCovers[i]);
            writer.Write("," + Json.Integer(graph.PostPrimaries[i]) + ",");
            Json.Integers(writer, graph.PostLists[i]);
            writer.Write(']');
        }

        writer.Write("],\n\"edges\":[");
        for (var i = 0; i < graph.OtherEdges.Count; i++)
        {
            var (source, target, edge) = graph.OtherEdges[i];
            writer.Write(i == 0 ? "\n[" : ",\n[");
            writer.Write(Json.Integer(source) + "," + Json.Integer(target) + ",");
            Json.String(writer, edge.Relation);
            writer.Write(edge.Primary ? ",true]" : ",false]");
        }

        writer.Write("]}\n");
    }

    private static void WriteTable(StreamWriter writer, string name, string[] values)
    {
        writer.Write(",\n\"" + name + "\":[");
        for (var i = 0; i < values.Length; i++)
        {
            writer.Write(i == 0 ? "\n" : ",\n");
            Json.String(writer, values[i]);
        }

        writer.Write(']');
    }

    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    // Text for HTML element content and double-quoted attribute values.
    private static string Html(string? text) =>
        text is null
            ? ""
            : text.Replace("&", "&amp;", StringComparison.Ordinal)
                .Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal)
                .Replace("\"", "&quot;", StringComparison.Ordinal)
                .Replace("'", "&#39;", StringComparison.Ordinal);

    private static string Resource(string name)
    {
        using var stream =
            typeof(ExplorerPage).Assembly.GetManifestResourceStream("ClrGraph.Export.Explorer." + name)
            ?? throw new InvalidOperationException(name + " is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
