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

/// <summary>Options of the exporters.</summary>
/// <param name="Layout">The DOT layout.</param>
/// <param name="GexfVersion">The GEXF version: <c>1.3</c> or <c>1.2draft</c>.</param>
/// <param name="Excel">CSV for Excel: UTF-8 with a byte-order mark and CRLF line ends.</param>
public sealed record ExportOptions(DotLayout Layout = DotLayout.Auto, string GexfVersion = "1.3", bool Excel = false)
{
    /// <summary>The defaults.</summary>
    public static ExportOptions Default { get; } = new();
}
