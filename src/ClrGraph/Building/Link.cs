using System.Globalization;
using QuikGraph;

namespace ClrGraph.Building;

/// <summary>What an edge says.</summary>
public enum Relation
{
    /// <summary>A post explains a subsystem (post → subsystem).</summary>
    Covers,

    /// <summary>A subsystem is part of its parent (subsystem → parent).</summary>
    PartOf,

    /// <summary>A reading list names a post (list → post).</summary>
    Lists,
}

/// <summary>An edge of the knowledge graph.</summary>
/// <param name="Source">Where it starts.</param>
/// <param name="Target">Where it ends.</param>
/// <param name="Relation">What it says.</param>
/// <param name="Weight">2 for a post's primary subsystem, else 1; never 0.</param>
/// <param name="Primary">Whether a <c>covers</c> edge leads to the post's primary subsystem.</param>
/// <param name="Section">For <c>lists</c>: the section the post is in.</param>
/// <param name="Position">For <c>lists</c>: the post's 1-based position in the list.</param>
public sealed record Link(Node Source, Node Target, Relation Relation, double Weight, bool Primary, string? Section, int? Position) : IEdge<Node>
{
    /// <summary>The edge's position in the graph's edge order, set once when the graph is built; its id is <c>e</c> and this number.</summary>
    public int Index { get; internal set; } = -1;

    /// <summary>The edge id, <c>e0</c>, <c>e1</c>… in edge order: made when asked for, not kept for a million edges.</summary>
    public string Id => "e" + Index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The relation as written in the outputs: <c>covers</c>, <c>part-of</c>, <c>lists</c>.</summary>
    public string RelationName => Names.Of(Relation);
}

/// <summary>The names the outputs use for kinds and relations.</summary>
public static class Names
{
    /// <summary><c>subsystem</c>, <c>post</c> or <c>reading-list</c>.</summary>
    public static string Of(NodeKind kind) => kind switch
    {
        NodeKind.Subsystem => "subsystem",
        NodeKind.Post => "post",
        _ => "reading-list",
    };

    /// <summary><c>covers</c>, <c>part-of</c> or <c>lists</c>.</summary>
    public static string Of(Relation relation) => relation switch
    {
        Relation.Covers => "covers",
        Relation.PartOf => "part-of",
        _ => "lists",
    };
}
