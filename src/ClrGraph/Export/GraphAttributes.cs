using System.Globalization;
using ClrGraph.Building;
using ClrGraph.Metrics;

namespace ClrGraph.Export;

/// <summary>The type of an attribute column, as GraphML and GEXF name it.</summary>
public enum ColumnType
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A 32-bit integer.</summary>
    WholeNumber,

    /// <summary>A double.</summary>
    Real,

    /// <summary>true or false.</summary>
    Flag,
}

/// <summary>One typed attribute column of nodes or edges, shared by the GraphML and GEXF writers.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Value">The value of an item as the file writes it (invariant culture), or null when it has none.</param>
public sealed record Column<T>(string Name, ColumnType Type, Func<T, string?> Value);

/// <summary>The attribute columns of nodes and edges: one list, so every XML format carries the same data.</summary>
public sealed class GraphAttributes(GraphMetrics metrics)
{
    /// <summary>The node columns other than the label and the visual ones (colour, size).</summary>
    public IReadOnlyList<Column<Node>> Node { get; } =
    [
        new("kind", ColumnType.Text, n => Names.Of(n.Kind)),
        new("url", ColumnType.Text, n => n.Url),
        new("site", ColumnType.Text, n => n.Site),
        new("year", ColumnType.WholeNumber, n => WholeNumber(n.Year)),
        new("section", ColumnType.Text, n => n.Section),
        new("note", ColumnType.Text, n => n.Note),
        new("subsystems", ColumnType.Text, n => Join(n.Subsystems)),
        new("primary_subsystem", ColumnType.Text, n => n.PrimarySubsystem),
        new("parent", ColumnType.Text, n => n.Parent),
        new("top_level", ColumnType.Text, n => n.TopLevel),
        new("color", ColumnType.Text, n => n.Color),
        new("posts", ColumnType.WholeNumber, n => n.Kind == NodeKind.Post ? null : WholeNumber(metrics[n].DirectPosts)),
        new("posts_total", ColumnType.WholeNumber, n => n.Kind == NodeKind.Subsystem ? WholeNumber(metrics[n].TotalPosts) : null),
        new("posts_primary", ColumnType.WholeNumber, n => n.Kind == NodeKind.Subsystem ? WholeNumber(metrics[n].PrimaryPosts) : null),
        new("degree", ColumnType.WholeNumber, n => WholeNumber(metrics[n].Degree)),
        new("in_degree", ColumnType.WholeNumber, n => WholeNumber(metrics[n].InDegree)),
        new("out_degree", ColumnType.WholeNumber, n => WholeNumber(metrics[n].OutDegree)),
        new("pagerank", ColumnType.Real, n => Number(metrics[n].PageRank)),
        new("botr", ColumnType.Text, n => Join(n.Botr)),
        new("source", ColumnType.Text, n => Join(n.Source)),
        new("design_docs", ColumnType.Text, n => Join(n.DesignDocs)),
        new("tags", ColumnType.Text, n => Join(n.Tags)),
    ];

    /// <summary>The edge columns other than the weight.</summary>
    public IReadOnlyList<Column<Link>> Edge { get; } =
    [
        new("relation", ColumnType.Text, e => e.RelationName),
        new("primary", ColumnType.Flag, e => e.Primary ? "true" : "false"),
        new("section", ColumnType.Text, e => e.Section),
        new("position", ColumnType.WholeNumber, e => WholeNumber(e.Position)),
    ];

    /// <summary>The node size Gephi shows: grows with the square root of the degree.</summary>
    public double Size(Node node) => Math.Round(8 + (4 * Math.Sqrt(metrics[node].Degree)), 3);

    /// <summary>A double as the XML formats write it: shortest round-trip form, invariant.</summary>
    public static string Number(double value) =>
        value >= 0 && value < SmallInts.Length && value == Math.Floor(value) && !double.IsNegative(value)
            ? WholeNumber((int)value) // the same text "R" gives a whole number, without a new string per weight
            : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The text of a list value: items joined with <c>;</c>, or null when empty.</summary>
    public static string? Join(System.Collections.Immutable.ImmutableArray<string> items) => items.IsDefaultOrEmpty ? null : string.Join(";", items.AsSpan());

    /// <summary>An integer as the files write it.</summary>
    public static string WholeNumber(int value) =>
        value >= 0 && value < SmallInts.Length
            ? SmallInts[value] ??= value.ToString(CultureInfo.InvariantCulture) // two threads may both make one: same text
            : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An integer as the files write it, or null.</summary>
    public static string? WholeNumber(int? value) => value is { } v ? WholeNumber(v) : null;

    // Degrees, counts, years and list positions are mostly small: their text is made once, not once per node or edge.
    // Each made on first use, so a small export pays for the few it writes, not for all of them at start-up.
    private static readonly string?[] SmallInts = new string?[4096];
}
