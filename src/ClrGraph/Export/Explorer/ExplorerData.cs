namespace ClrGraph.Export.Explorer;

/// <summary>What the explorer page shows: the nodes, already laid out, with their edges on them; all text is plain.
/// </summary>
internal sealed record ExplorerData(
    string Title,
    IReadOnlyList<ExplorerSubsystem> Subsystems,
    IReadOnlyList<ExplorerPost> Posts,
    IReadOnlyList<ExplorerReadingList> ReadingLists
);

/// <summary>A subsystem: its node id (<c>subsystem:gc</c>), its parent's node id (its <c>part-of</c> edge; null for
/// a top-level one), its colour (<c>#rrggbb</c>), its layout position, its Book of the Runtime chapters, source and
/// design document paths in dotnet/runtime, and other words search finds it by (<c>LOH</c>).</summary>
internal sealed record ExplorerSubsystem(
    string Id,
    string Name,
    string Summary,
    string? ParentId,
    string Color,
    double X,
    double Y,
    IReadOnlyList<string> Botr,
    IReadOnlyList<string> Source,
    IReadOnlyList<string> DesignDocs,
    IReadOnlyList<string> Keywords
);

/// <summary>A post: its node id (<c>post:&lt;slug&gt;</c>), the node ids of the subsystems it covers (its
/// <c>covers</c> edges, the primary first) and of the reading lists that list it (their <c>lists</c> edges), its
/// colour and layout position.</summary>
internal sealed record ExplorerPost(
    string Id,
    string Title,
    string Url,
    string Site,
    int? Year,
    string Section,
    string Note,
    IReadOnlyList<string> Subsystems,
    IReadOnlyList<string> ReadingLists,
    string Color,
    double X,
    double Y
);

/// <summary>A reading list: its node id (<c>list:&lt;stem&gt;</c>), its own address if any, its layout
/// position.</summary>
internal sealed record ExplorerReadingList(string Id, string Title, string? Url, double X, double Y);
