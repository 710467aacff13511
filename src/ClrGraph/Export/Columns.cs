using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ClrGraph.Building;
using ClrGraph.Metrics;

namespace ClrGraph.Export;

/// <summary>The type of an attribute column, as GraphML and GEXF name it.</summary>
internal enum ColumnType
{
    Text,

    WholeNumber,

    Real,

    Flag,
}

/// <summary>One typed attribute column of nodes or edges, shared by the GraphML, GEXF and CSV writers: its name in
/// GraphML and GEXF, and an item's value as the files write it (invariant culture), or null when it has none.</summary>
internal sealed record Column<T>(string Name, ColumnType Type, Func<T, string?> Value)
{
    /// <summary>Its header in the CSV table, or null when the table leaves it out.</summary>
    public string? CsvHeader { get; init; } =
        string.Concat(Name.Split('_').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    /// <summary>Free text of any length, which a spreadsheet puts after the short columns.</summary>
    public bool Wide { get; init; }
}

/// <summary>The attribute columns of nodes and edges: one list, so every format carries the same data.</summary>
internal sealed class Columns(GraphMetrics metrics)
{
    /// <summary>The node columns other than the label and the visual ones (colour, size).</summary>
    public IReadOnlyList<Column<Node>> Node { get; } =
    [
        new("kind", ColumnType.Text, n => n.Kind),
        new("url", ColumnType.Text, n => n switch { PostNode p => p.Url, ReadingListNode l => l.Url, _ => null }),
        new("site", ColumnType.Text, n => (n as PostNode)?.Site),
        new("year", ColumnType.WholeNumber, n => WholeNumber((n as PostNode)?.Year)),
        new("section", ColumnType.Text, n => (n as PostNode)?.Section),
        new("note", ColumnType.Text, Note) { Wide = true },
        new("subsystems", ColumnType.Text, n => Join((n as PostNode)?.Subsystems)),
        new("primary_subsystem", ColumnType.Text, n => (n as PostNode)?.PrimarySubsystem),
        new("parent", ColumnType.Text, n => (n as SubsystemNode)?.ParentId),
        new("top_level", ColumnType.Text, n => (n as PostNode)?.TopLevelId ?? (n as SubsystemNode)?.TopLevelId),
        new("color", ColumnType.Text, n => n.Color),
        new("posts", ColumnType.WholeNumber, n => n is PostNode ? null : WholeNumber(metrics[n].DirectPosts)),
        new("posts_total", ColumnType.WholeNumber, n => n is SubsystemNode ? WholeNumber(metrics[n].TotalPosts) : null),
        new("posts_primary", ColumnType.WholeNumber,
            n => n is SubsystemNode ? WholeNumber(metrics[n].PrimaryPosts) : null),
        new("degree", ColumnType.WholeNumber, n => WholeNumber(metrics[n].Degree)),
        new("in_degree", ColumnType.WholeNumber, n => WholeNumber(metrics[n].InDegree)),
        new("out_degree", ColumnType.WholeNumber, n => WholeNumber(metrics[n].OutDegree)),
        new("pagerank", ColumnType.Real, n => Number(metrics[n].PageRank)) { CsvHeader = "PageRank" },
        new("botr", ColumnType.Text, n => Join((n as SubsystemNode)?.Botr)) { CsvHeader = null },
        new("source", ColumnType.Text, n => Join((n as SubsystemNode)?.Source)) { CsvHeader = null },
        new("design_docs", ColumnType.Text, n => Join((n as SubsystemNode)?.DesignDocs)) { CsvHeader = null },
        new("tags", ColumnType.Text, n => Join((n as ReadingListNode)?.Tags)) { CsvHeader = null },
    ];

    /// <summary>The edge columns other than the weight.</summary>
    public IReadOnlyList<Column<Edge>> Edge { get; } =
    [
        new("relation", ColumnType.Text, e => e.Relation),
        new("primary", ColumnType.Flag, e => e is CoversEdge { Primary: true } ? "true" : "false"),
        new("section", ColumnType.Text, e => (e as ListsEdge)?.Section),
        new("position", ColumnType.WholeNumber, e => WholeNumber((e as ListsEdge)?.Position)),
    ];

    private static string? Note(Node node) =>
        node switch { PostNode p => p.Note, SubsystemNode s => s.Summary, ReadingListNode l => l.Summary, _ => null };

    /// <summary>The node size Gephi shows: grows with the square root of the degree.</summary>
    public double Size(Node node) => Math.Round(8 + (4 * Math.Sqrt(metrics[node].Degree)), 3);

    /// <summary>A type's name in GraphML and GEXF, which differ only in the name of a whole number.</summary>
    public static string TypeName(ColumnType type, string wholeNumber) =>
        type switch
        {
            ColumnType.WholeNumber => wholeNumber,
            ColumnType.Real => "double",
            ColumnType.Flag => "boolean",
            _ => "string",
        };

    /// <summary>A double as the XML formats write it: shortest round-trip form, invariant.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The text of a list value: items joined with <c>;</c>, or null when empty.</summary>
    public static string? Join(ImmutableArray<string>? items) =>
        items is not { IsDefaultOrEmpty: false } values ? null : string.Join(";", values.AsSpan());

    [return: NotNullIfNotNull(nameof(value))]
    public static string? WholeNumber(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
