using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClrGraph.Building;
using ClrGraph.Export.Guide;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using QuikGraph;

namespace ClrGraph.Export;

/// <summary>What every writer shows the same way: tooltips, where a subsystem's diagram and guide section are, and
/// the guide's headings that come before the subsystems.</summary>
internal static partial class Presentation
{
    /// <summary>The title of the whole graph, in the whole-graph DOT and the explorer.</summary>
    public const string GraphTitle = "Which posts explain which part of the CLR";

    private static readonly MarkdownPipeline GitHubHeadings = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    public const string GuideTitle = "What to read about the CLR";

    /// <summary>The guide's headings before the first subsystem's, in order.</summary>
    public static IReadOnlyList<string> GuideHeadingsBefore { get; } =
        [GuideTitle, "Contents", "Start here", "The subsystems"];

    /// <summary>The reading lists in the order their files are numbered: "part2" before "part10".</summary>
    public static IEnumerable<ReadingListNode> InFileOrder(IEnumerable<ReadingListNode> lists) =>
        lists.OrderBy(l => Digits().Replace(l.Id, n => n.Value.PadLeft(20, '0')), StringComparer.Ordinal)
            .ThenBy(l => l.Id, StringComparer.Ordinal);

    /// <summary>
    /// How far an outline of the subsystem tree indents a subsystem (the guide's contents, <c>check</c>'s table):
    /// its depth, at most six levels. Deeper ones line up with the sixth, so that a chain of parents thousands long
    /// makes an outline in proportion to it, not to its square.
    /// </summary>
    public static int OutlineLevel(SubsystemNode subsystem) => Math.Min(subsystem.Depth, 6);

    /// <summary>The file name of a top-level subsystem's diagram, without extension: <c>subsystems/gc</c>.</summary>
    public static string DiagramStem(SubsystemNode topLevel) => "subsystems/" + topLevel.SubsystemId;

    /// <summary>
    /// The anchor of each subsystem's heading in <c>guide.md</c> (one heading per subsystem, in tree order, after
    /// <see cref="GuideHeadingsBefore"/>), as <see cref="HeadingAnchors"/> gives them.
    /// </summary>
    public static Dictionary<string, string> GuideAnchors(IVertexSet<Node> graph)
    {
        var tree = graph.SubsystemTree();
        var anchors = HeadingAnchors(GuideHeadingsBefore.Concat(tree.Select(s => s.Name)));
        return tree.Select((s, i) => (s.SubsystemId, Anchor: anchors[GuideHeadingsBefore.Count + i]))
            .ToDictionary(p => p.SubsystemId, p => p.Anchor, StringComparer.Ordinal);
    }

    /// <summary>The anchors of a document's headings, in order: the ids Markdig's GitHub heading identifiers give
    /// them as <c>guide.md</c> writes them (<c>section</c> for an empty one; a repeated one numbered <c>-1</c>…).
    /// </summary>
    public static List<string> HeadingAnchors(IEnumerable<string> headings)
    {
        var markdown = string.Concat(headings.Select(h => "# " + MarkdownText.Heading(h) + "\n\n"));
        var document = Markdown.Parse(markdown, GitHubHeadings);
        return [.. document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id!)];
    }

    // The longest address shown whole: the explorer's longest label (MAX_LABEL in labels.js).
    private const int ShortAddress = 48;

    /// <summary>A post's title as every writer shows it: a title that is the post's own address by its site and its
    /// last part when the address is long (<c>devblogs.microsoft.com/…/how-async-await-really-works</c>), the parts
    /// that tell it from another.</summary>
    public static string Title(PostNode post)
    {
        if (!post.TitledByAddress || !Uri.TryCreate(post.Url, UriKind.Absolute, out var uri))
        {
            return post.Title;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var path = uri.PathAndQuery.TrimEnd('/');
        var last = path[(path.LastIndexOf('/') + 1)..];
        var whole = host.Length + path.Length <= ShortAddress || path.LastIndexOf('/') == 0;
        return whole ? host + path : host + "/…/" + last;
    }

    /// <summary>Where the Book of the Runtime's chapters are.</summary>
    public const string BotrBase = "https://github.com/dotnet/runtime/blob/main/docs/design/coreclr/botr/";

    /// <summary>Where a post appeared, for people: its site, but a chapter of the Book of the Runtime by the book's
    /// name and a file of a GitHub repository by the repository (<c>dotnet/runtime on GitHub</c>), or as GitHub
    /// when the post's title is the repository already.</summary>
    public static string SiteName(PostNode post) =>
        post.Url.StartsWith(BotrBase, StringComparison.Ordinal) ? "Book of the Runtime"
        : post.Site == "github.com" && GitHubRepository(post.Url) is { } repository
            ? string.Equals(post.Title, repository, StringComparison.OrdinalIgnoreCase) ? "GitHub"
            : repository + " on GitHub"
        : post.Site;

    /// <summary>Where and when a post appeared, as far as known: <c>mattwarren.org, 2017</c>, <c>2017</c> or empty,
    /// the site named as <see cref="SiteName"/> names it; a post titled by its address shows its site already, and
    /// gets only its year.</summary>
    public static string Source(PostNode post)
    {
        var site = post.TitledByAddress ? null : SiteName(post);
        var year = post.Year?.ToString(CultureInfo.InvariantCulture);
        return string.Join(", ", new[] { site, year }.Where(part => part is { Length: > 0 }));
    }

    // The owner/name of the repository a github.com URL is in, or null.
    private static string? GitHubRepository(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) is [var owner, var name, ..]
            ? owner + "/" + name
            : null;

    /// <summary>A tooltip of a title and, when there is one, a note on the next line.</summary>
    public static string Tooltip(string title, string? note) =>
        string.IsNullOrEmpty(note) ? title : title + "\n" + note;

    /// <summary>A post's tooltip: title, site and year, subsystems, note.</summary>
    public static string PostTooltip(PostNode post)
    {
        var source = Source(post) is { Length: > 0 } known ? "\n" + known : "";
        var covers = post.Subsystems.IsEmpty ? "not mapped" : "covers: " + string.Join(", ", post.Subsystems);
        return post.Title + source + "\n" + covers + (post.Note.Length > 0 ? "\n" + post.Note : "");
    }

    /// <summary>What a line of the whole graph says when pointed at, or null when it says nothing a tooltip would
    /// add (a list's line).</summary>
    public static string? EdgeTooltip(Edge edge) =>
        edge switch
        {
            CoversEdge covers => covers.Post.Title
                + " → "
                + covers.Subsystem.Name
                + (covers.Primary ? " (primary)" : ""),
            PartOfEdge partOf => partOf.Child.Name + " is part of " + partOf.Parent.Name,
            _ => null,
        };

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
