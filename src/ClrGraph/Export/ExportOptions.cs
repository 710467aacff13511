namespace ClrGraph.Export;

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
/// <param name="Formats">The formats, any of <see cref="AllFormats"/>.</param>
/// <param name="Render">Graphviz output formats to render the DOT files (the per-subsystem ones included) to
/// (<c>svg</c>, <c>png</c>, <c>pdf</c>);
/// needs Graphviz's <c>dot</c> on PATH.</param>
/// <param name="Layout">The layout the whole-graph DOT asks for.</param>
/// <param name="GexfVersion">The GEXF version: <c>1.3</c> or <c>1.2draft</c>.</param>
/// <param name="Excel">CSV for Excel: UTF-8 with a byte-order mark and CRLF line ends.</param>
public sealed record ExportOptions(
    IReadOnlyList<string> Formats,
    IReadOnlyList<string> Render,
    DotLayout Layout = DotLayout.Auto,
    string GexfVersion = "1.3",
    bool Excel = false
)
{
    /// <summary>The most nodes the explorer page is written for; a larger graph gets a warning instead.</summary>
    public int ExplorerMaxNodes { get; init; } = Explorer.ExplorerPage.MaxNodes;

    /// <summary>How long Graphviz's <c>dot</c> may take for one picture before it is stopped.</summary>
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Every format, in the order they are written.</summary>
    public static IReadOnlyList<string> AllFormats { get; } = ["dot", "graphml", "gexf", "csv", "html", "guide"];

    /// <summary>The GEXF versions written.</summary>
    public static IReadOnlyList<string> GexfVersions { get; } = ["1.3", "1.2draft"];

    /// <summary>The Graphviz formats <see cref="Render"/> may name.</summary>
    public static IReadOnlyList<string> RenderFormats { get; } = ["svg", "png", "pdf"];

    /// <summary>Every format, nothing rendered, the default layout and versions.</summary>
    public static ExportOptions Default { get; } = new(AllFormats, []);
}
