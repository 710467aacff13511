using System.Collections.Immutable;

namespace ClrGraph.Building;

/// <summary>What a node stands for.</summary>
public enum NodeKind
{
    /// <summary>A part of the runtime.</summary>
    Subsystem,

    /// <summary>A post (or chapter) that explains subsystems.</summary>
    Post,

    /// <summary>A reading list that names posts.</summary>
    ReadingList,
}

/// <summary>A node of the knowledge graph. Two nodes are equal when their ids are.</summary>
/// <param name="Id">The stable id: <c>subsystem:gc</c>, <c>post:&lt;slug&gt;</c>, <c>list:&lt;stem&gt;</c>; a valid XML NMTOKEN.</param>
/// <param name="Kind">What it stands for.</param>
/// <param name="Label">The subsystem's name, the post's title or the list's title.</param>
public sealed record Node(string Id, NodeKind Kind, string Label)
{
    // QuikGraph looks nodes up by hash on every edge it adds or walks: the id's hash is worked out once.
    private readonly string _id = Id;
    private readonly int _hash = StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>The stable id: <c>subsystem:gc</c>, <c>post:&lt;slug&gt;</c>, <c>list:&lt;stem&gt;</c>; a valid XML NMTOKEN.</summary>
    public string Id
    {
        get => _id;
        init
        {
            _id = value;
            _hash = StringComparer.Ordinal.GetHashCode(value);
        }
    }

    /// <summary>The post's URL, or the reading list's own url.</summary>
    public string? Url { get; init; }

    /// <summary>The post's site: its host without <c>www.</c>.</summary>
    public string? Site { get; init; }

    /// <summary>The year the post's URL names.</summary>
    public int? Year { get; init; }

    /// <summary>The post's section in the first list that names it.</summary>
    public string? Section { get; init; }

    /// <summary>What the post covers (its note), or the subsystem's or list's summary.</summary>
    public string? Note { get; init; }

    /// <summary>The subsystem ids a post covers, the primary first.</summary>
    public ImmutableArray<string> Subsystems { get; init; } = [];

    /// <summary>The post's primary subsystem id.</summary>
    public string? PrimarySubsystem { get; init; }

    /// <summary>A subsystem's parent id.</summary>
    public string? Parent { get; init; }

    /// <summary>The top-level subsystem a subsystem (or a post's primary subsystem) belongs to.</summary>
    public string? TopLevel { get; init; }

    /// <summary>How deep a subsystem sits in the hierarchy: 0 for a top-level one, 1 for its children, and so on.</summary>
    public int Depth { get; init; }

    /// <summary>The colour to draw it in, <c>#rrggbb</c>: the subsystem's, a post's primary subsystem's, neutral for lists.</summary>
    public string Color { get; init; } = "#7f7f7f";

    /// <summary>Book of the Runtime chapters of a subsystem.</summary>
    public ImmutableArray<string> Botr { get; init; } = [];

    /// <summary>Source paths of a subsystem in dotnet/runtime.</summary>
    public ImmutableArray<string> Source { get; init; } = [];

    /// <summary>Design documents of a subsystem.</summary>
    public ImmutableArray<string> DesignDocs { get; init; } = [];

    /// <summary>A reading list's tags.</summary>
    public ImmutableArray<string> Tags { get; init; } = [];

    /// <summary>
    /// The node's position in its graph's ordinal id order, set once when the graph is built: measures and layouts are
    /// arrays indexed by it rather than dictionaries keyed by node.
    /// </summary>
    public int Index { get; internal set; } = -1;

    /// <inheritdoc />
    public bool Equals(Node? other) => ReferenceEquals(this, other) || (other is not null && _hash == other._hash && string.Equals(Id, other.Id, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => _hash;
}
