using QuikGraph;

namespace ClrGraph.Building;

/// <summary>An edge of the knowledge graph: a <see cref="CoversEdge"/>, a <see cref="PartOfEdge"/> or a
/// <see cref="ListsEdge"/>.</summary>
/// <param name="Source">Where it starts.</param>
/// <param name="Target">Where it ends.</param>
public abstract record Edge(Node Source, Node Target) : IEdge<Node>
{
    /// <summary>What it says, as the outputs name it: <c>covers</c>, <c>part-of</c> or <c>lists</c>.</summary>
    public abstract string Relation { get; }

    /// <summary>Its weight: 2 for a post's primary subsystem, else 1; never 0 (Gephi drops zero-weight
    /// edges).</summary>
    public virtual double Weight => 1;
}

/// <summary>A post explains a subsystem.</summary>
/// <param name="Post">The post.</param>
/// <param name="Subsystem">The subsystem.</param>
/// <param name="Primary">Whether it is the post's primary subsystem.</param>
public sealed record CoversEdge(PostNode Post, SubsystemNode Subsystem, bool Primary) : Edge(Post, Subsystem)
{
    /// <inheritdoc />
    public override string Relation => "covers";

    /// <inheritdoc />
    public override double Weight => Primary ? 2 : 1;
}

/// <summary>A subsystem is part of its parent.</summary>
/// <param name="Child">The subsystem.</param>
/// <param name="Parent">Its parent.</param>
public sealed record PartOfEdge(SubsystemNode Child, SubsystemNode Parent) : Edge(Child, Parent)
{
    /// <inheritdoc />
    public override string Relation => "part-of";
}

/// <summary>A reading list names a post.</summary>
/// <param name="ReadingList">The list.</param>
/// <param name="Post">The post.</param>
/// <param name="Section">The headings above the post there, joined with <c> › </c>.</param>
/// <param name="Position">The post's 1-based position among the list's posts.</param>
public sealed record ListsEdge(ReadingListNode ReadingList, PostNode Post, string Section, int Position)
    : Edge(ReadingList, Post)
{
    /// <inheritdoc />
    public override string Relation => "lists";
}
