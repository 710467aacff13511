using System.Collections.Immutable;

namespace ClrGraph.Building;

/// <summary>A node of the knowledge graph: a <see cref="SubsystemNode"/>, a <see cref="PostNode"/> or a
/// <see cref="ReadingListNode"/>.</summary>
/// <param name="Id">The stable id (<c>subsystem:gc</c>, <c>post:&lt;slug&gt;</c>, <c>list:&lt;stem&gt;</c>), a valid
/// XML NMTOKEN; nodes are ordered by it.</param>
/// <param name="Label">The subsystem's name, the post's title or the list's title.</param>
/// <param name="Color">The colour to draw it in, <c>#rrggbb</c>.</param>
public abstract record Node(string Id, string Label, string Color)
{
    /// <summary>What it stands for, as the outputs name it: <c>subsystem</c>, <c>post</c> or
    /// <c>reading-list</c>.</summary>
    public abstract string Kind { get; }
}

/// <summary>A part of the runtime.</summary>
/// <param name="SubsystemId">The taxonomy's id, <c>[a-z0-9]+(-[a-z0-9]+)*</c>.</param>
/// <param name="Name">The display name.</param>
/// <param name="Summary">One or two sentences on what it is, or null.</param>
/// <param name="ParentId">The parent's subsystem id, or null for a top-level subsystem.</param>
/// <param name="TopLevelId">The subsystem id of its top-level ancestor (its own id when it is top-level).</param>
/// <param name="Depth">0 for a top-level subsystem, 1 for its children, and so on.</param>
/// <param name="Color">Its colour, or its parent's.</param>
/// <param name="Botr">Book of the Runtime chapter files.</param>
/// <param name="Source">Source paths in dotnet/runtime.</param>
/// <param name="DesignDocs">Design documents in dotnet/runtime.</param>
public sealed record SubsystemNode(
    string SubsystemId,
    string Name,
    string? Summary,
    string? ParentId,
    string TopLevelId,
    int Depth,
    string Color,
    ImmutableArray<string> Botr,
    ImmutableArray<string> Source,
    ImmutableArray<string> DesignDocs
) : Node(NodeId.Subsystem(SubsystemId), Name, Color)
{
    /// <inheritdoc />
    public override string Kind => "subsystem";

    /// <summary>Two nodes are the same node when their ids are: the id is a node's identity in every output.</summary>
    public bool Equals(SubsystemNode? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Whether it has no parent.</summary>
    public bool IsTopLevel => ParentId is null;

    /// <summary>The taxonomy's other words for it (<c>LOH</c>), which search finds it by.</summary>
    public ImmutableArray<string> Keywords { get; init; } = [];
}

/// <summary>A post (or chapter) that explains subsystems; one node however many reading lists name it.</summary>
/// <param name="Id">The node id, <c>post:&lt;slug of the URL&gt;</c>.</param>
/// <param name="Title">The taxonomy's title, else the reading lists'.</param>
/// <param name="Url">The URL as first written.</param>
/// <param name="Site">Its host without <c>www.</c>.</param>
/// <param name="Year">The year its URL names, or null.</param>
/// <param name="Section">Its section in the first list that names it; empty when no list does.</param>
/// <param name="Note">What it covers, in one line; empty when nothing says.</param>
/// <param name="Subsystems">The subsystem ids it covers, the primary first; empty when unmapped.</param>
/// <param name="TopLevelId">The top-level subsystem of its primary subsystem, or null when unmapped.</param>
/// <param name="Color">Its primary subsystem's colour.</param>
public sealed record PostNode(
    string Id,
    string Title,
    string Url,
    string Site,
    int? Year,
    string Section,
    string Note,
    ImmutableArray<string> Subsystems,
    string? TopLevelId,
    string Color
) : Node(Id, Title, Color)
{
    /// <inheritdoc />
    public override string Kind => "post";

    /// <summary>Two nodes are the same node when their ids are: the id is a node's identity in every output.</summary>
    public bool Equals(PostNode? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>The primary subsystem id, or null when the post is unmapped.</summary>
    public string? PrimarySubsystem => Subsystems.IsDefaultOrEmpty ? null : Subsystems[0];

    /// <summary>Whether its subsystems are a suggestion that the curator has not reviewed yet.</summary>
    public bool Suggested { get; init; }

    /// <summary>Whether no list and no taxonomy gives it a title: its title is its address.</summary>
    public bool TitledByAddress => Title == Url;
}

/// <summary>A reading list: a Markdown file whose links are posts.</summary>
/// <param name="Id">The node id, <c>list:&lt;file stem&gt;</c>.</param>
/// <param name="Title">Its front matter's title, or its file stem.</param>
/// <param name="Url">Its own address, or null.</param>
/// <param name="Summary">Its front matter's summary, or null.</param>
/// <param name="Tags">Its front matter's tags.</param>
public sealed record ReadingListNode(string Id, string Title, string? Url, string? Summary, ImmutableArray<string> Tags)
    : Node(Id, Title, NeutralColor)
{
    /// <summary>The colour of reading lists.</summary>
    public const string NeutralColor = "#7f7f7f";

    /// <inheritdoc />
    public override string Kind => "reading-list";

    /// <summary>Two nodes are the same node when their ids are: the id is a node's identity in every output.</summary>
    public bool Equals(ReadingListNode? other) => other is not null && Id == other.Id;

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}
