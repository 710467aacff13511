using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClrGraph.Building;
using QuikGraph;

namespace ClrGraph.Export.Explorer;

/// <summary>
/// Writes <c>explorer.html</c>: one self-contained page (our script and style inlined and allowed by their hashes
/// under a <c>default-src 'none'</c> policy, the graph embedded as JSON, one record per line) that draws the graph
/// on a canvas, plus a plain list of subsystems and their posts for a browser without JavaScript.
/// </summary>
internal static class ExplorerPage
{
    public const string FileName = "explorer.html";

    /// <summary>
    /// The most nodes the explorer is written for. Measured with tests/ClrGraph.Benchmarks/explorer.sh in headless
    /// Chromium on a 2-core machine under heavy load: 100,000 posts (400,000 edges) make a 14.0 MB page ready in
    /// 2.5-6.6 s (sigma.js 3: 67-105 s in the same runs). At 250,000 nodes the file would reach about 35 MB, more than
    /// a page should ask a browser to load, so export skips the explorer with a warning.
    /// </summary>
    public const int MaxNodes = 250_000;

    /// <summary>The posts the no-JavaScript list shows per subsystem (all of them would double the page).</summary>
    public const int FallbackPostsPerSubsystem = 10;

    /// <summary>The script's parts, one concern each, inlined in this order into one function.</summary>
    public static readonly string[] ScriptParts =
        ["data.js", "camera.js", "labels.js", "drawing.js", "hit-testing.js", "search.js", "panel.js", "filters.js",
            "input.js", "start.js"];

    /// <summary>The inline script: its parts, as embedded in the assembly, in one function.</summary>
    public static string Script { get; } =
        "\"use strict\";\n(() => {\n" + string.Concat(ScriptParts.Select(Resource)) + "})();\n";

    public static string Style { get; } = Resource("explorer.css");

    // The page's fixed markup: the controls, hidden until the script starts (the fallback is what a browser without
    // it shows), and the inline style and script; the panel and the filters lie over the canvas. Its three parts go
    // before the fallback, before the data and after the data.
    private static readonly string[] Template = Resource("explorer.html")
        .Replace("{{style}}", Style, StringComparison.Ordinal)
        .Replace("{{script}}", Script, StringComparison.Ordinal)
        .Split(["{{fallback}}", "{{data}}"], StringSplitOptions.None);

    /// <summary>Writes the page for <paramref name="graph"/>, its nodes at <paramref name="positions"/>, into
    /// <paramref name="output"/>: UTF-8, <c>\n</c>.</summary>
    public static void Write(
        IEdgeListGraph<Node, Edge> graph,
        IReadOnlyDictionary<Node, (double X, double Y)> positions,
        Stream output
    )
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var policy = $"default-src 'none'; script-src '{Hash(Script)}'; style-src '{Hash(Style)}'; "
            + "base-uri 'none'; form-action 'none'";
        writer.Write(
            Template[0]
                .Replace("{{policy}}", policy, StringComparison.Ordinal)
                .Replace("{{title}}", Html(Presentation.GraphTitle), StringComparison.Ordinal)
        );
        WriteFallback(writer, graph);
        writer.Write(Template[1]);
        writer.Flush();
        ExplorerJson.Write(graph, positions, output);
        writer.Write(Template[2]);
    }

    /// <summary>The CSP source of an inline script or style: <c>sha256-</c> and its UTF-8's hash in base64.</summary>
    public static string Hash(string text) =>
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    // Subsystems as a tree, each with the posts whose primary subsystem it is, as plain links.
    private static void WriteFallback(StreamWriter writer, IVertexSet<Node> graph)
    {
        writer.Write("<main id=\"fallback\">\n<h1>" + Html(Presentation.GraphTitle) + "</h1>\n");
        writer.Write("<p>The interactive graph needs JavaScript; here are the subsystems and their posts.</p>\n<ul>\n");
        var children = graph
            .Subsystems()
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToLookup(s => s.ParentId ?? "", StringComparer.Ordinal);
        var primary = graph
            .Posts()
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToLookup(p => p.PrimarySubsystem ?? "", StringComparer.Ordinal);
        void WriteChildren(string parent)
        {
            foreach (var subsystem in children[parent])
            {
                writer.Write("<li><strong>" + Html(subsystem.Name) + "</strong>: " + Html(subsystem.Summary) + "\n");
                WritePosts(writer, [.. primary[subsystem.SubsystemId]]);
                if (children.Contains(subsystem.SubsystemId))
                {
                    writer.Write("<ul>\n");
                    WriteChildren(subsystem.SubsystemId);
                    writer.Write("</ul>\n");
                }

                writer.Write("</li>\n");
            }
        }

        WriteChildren("");
        if (primary.Contains(""))
        {
            writer.Write("<li><strong>Posts without a subsystem</strong>\n");
            WritePosts(writer, [.. primary[""]]);
            writer.Write("</li>\n");
        }

        writer.Write("</ul>\n</main>\n");
    }

    private static void WritePosts(StreamWriter writer, List<PostNode> posts)
    {
        if (posts.Count == 0)
        {
            return;
        }

        writer.Write("<ul>\n");
        foreach (var post in posts.Take(FallbackPostsPerSubsystem))
        {
            var title = IsWebUrl(post.Url)
                ? "<a href=\"" + Html(post.Url) + "\">" + Html(post.Title) + "</a>"
                : Html(post.Title);
            var source = Presentation.Source(post);
            writer.Write("<li>" + title + (source.Length > 0 ? " (" + Html(source) + ")" : "") + "</li>\n");
        }

        if (posts.Count > FallbackPostsPerSubsystem)
        {
            var more = (posts.Count - FallbackPostsPerSubsystem).ToString("N0", CultureInfo.InvariantCulture);
            writer.Write("<li>and " + more + " more (the interactive page lists and searches them all)</li>\n");
        }

        writer.Write("</ul>\n");
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
