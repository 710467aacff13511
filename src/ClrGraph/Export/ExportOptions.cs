namespace ClrGraph.Export;

/// <summary>A format <c>export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>Graphviz: <c>clrgraph.dot</c>, <c>subsystems.dot</c> and one diagram per top-level subsystem.</summary>
    Dot,

    /// <summary><c>clrgraph.graphml</c>, for Gephi, networkx, igraph and yEd.</summary>
    Graphml,

    /// <summary><c>clrgraph.gexf</c>, for Gephi.</summary>
    Gexf,

    /// <summary><c>nodes.csv</c>, <c>edges.csv</c>, <c>coverage.csv</c> and <c>subsystems.csv</c>.</summary>
    Csv,

    /// <summary><c>explorer.html</c>, the graph in a browser.</summary>
    Html,

    /// <summary><c>guide.md</c>, the reading guide.</summary>
    Guide,
}

/// <summary>A picture format Graphviz renders the DOT files to.</summary>
public enum RenderFormat
{
    /// <summary>SVG.</summary>
    Svg,

    /// <summary>PNG.</summary>
    Png,

    /// <summary>PDF.</summary>
    Pdf,
}

/// <summary>The GEXF version written.</summary>
public enum GexfVersion
{
    /// <summary>GEXF 1.3, which Gephi reads.</summary>
    Gexf13,

    /// <summary>GEXF 1.2draft, for older readers such as networkx 2.x.</summary>
    Gexf12Draft,
}

/// <summary>Which Graphviz layout the whole-graph DOT asks for.</summary>
public enum DotLayout
{
    /// <summary><c>dot</c> for graphs it lays out in seconds, <c>sfdp</c> for larger ones.</summary>
    Auto,

    /// <summary>Layered, left to right, with section clusters.</summary>
    Dot,

    /// <summary>Force-directed for large graphs: no clusters, <c>overlap=prism</c>.</summary>
    Sfdp,
}

/// <summary>What an export writes, and how.</summary>
/// <param name="Formats">The formats.</param>
/// <param name="Render">Picture formats to render the DOT files (the per-subsystem ones included) to; needs
/// Graphviz's <c>dot</c> on PATH.</param>
/// <param name="Layout">The layout the whole-graph DOT asks for.</param>
/// <param name="GexfVersion">The GEXF version.</param>
/// <param name="Excel">CSV for Excel: UTF-8 with a byte-order mark and CRLF line ends.</param>
public sealed record ExportOptions(
    IReadOnlyList<ExportFormat> Formats,
    IReadOnlyList<RenderFormat> Render,
    DotLayout Layout = DotLayout.Auto,
    GexfVersion GexfVersion = GexfVersion.Gexf13,
    bool Excel = false
)
{
    /// <summary>The most nodes the explorer page is written for; a larger graph gets a warning instead.</summary>
    public int ExplorerMaxNodes { get; init; } = Explorer.ExplorerPage.MaxNodes;

    /// <summary>How long Graphviz's <c>dot</c> may take for one picture before it is stopped.</summary>
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Every format, nothing rendered, the default layout and versions.</summary>
    public static ExportOptions Default { get; } = new(Enum.GetValues<ExportFormat>(), []);

    /// <summary>Whether <paramref name="format"/> is asked for.</summary>
    internal bool Writes(ExportFormat format) => Formats.Contains(format);

    /// <summary>Whether the DOT files are written: asked for, or needed to render pictures.</summary>
    internal bool WritesDot => Writes(ExportFormat.Dot) || Render.Count > 0;
}

/// <summary>The names formats go by on the command line and in file names.</summary>
internal static class FormatNames
{
    /// <summary>A format's name: <c>dot</c>, <c>graphml</c>…, <c>svg</c>…</summary>
    public static string Name<T>(T format)
        where T : struct, Enum => format.ToString().ToLowerInvariant();

    /// <summary>A GEXF version's name: <c>1.3</c> or <c>1.2draft</c>.</summary>
    public static string Name(GexfVersion version) => version == GexfVersion.Gexf12Draft ? "1.2draft" : "1.3";

    /// <summary>Every name of <typeparamref name="T"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(Name)];

    /// <summary>Every GEXF version's name.</summary>
    public static IReadOnlyList<string> GexfVersions { get; } = [.. Enum.GetValues<GexfVersion>().Select(Name)];

    /// <summary>The GEXF version named <paramref name="name"/>, or null.</summary>
    public static GexfVersion? ParseGexf(string name) =>
        Enum.GetValues<GexfVersion>().Select(v => (GexfVersion?)v).FirstOrDefault(v => Name(v!.Value) == name);
}
