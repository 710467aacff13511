namespace ClrGraph.Export.Explorer;

/// <summary>What the explorer page shows: the nodes, already laid out, with their edges on them; all text is plain.
/// </summary>
/// <param name="Title">The page's title.</param>
/// <param name="Subsystems">The subsystems.</param>
/// <param name="Posts">The posts, each with its <c>covers</c> and <c>lists</c> edges.</param>
/// <param name="ReadingLists">The reading lists.</param>
internal sealed record ExplorerData(
    string Title,
    IReadOnlyList<ExplorerSubsystem> Subsystems,
    IReadOnlyList<ExplorerPost> Posts,
    IReadOnlyList<ExplorerReadingList> ReadingLists
);

/// <summary>A subsystem of the runtime.</summary>
/// <param name="Id">The node id, <c>subsystem:gc</c>.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Summary">One or two sentences.</param>
/// <param name="ParentId">The parent's node id (its <c>part-of</c> edge), or null for a top-level subsystem.</param>
/// <param name="Color">Its colour, <c>#rrggbb</c>.</param>
/// <param name="X">Its layout position.</param>
/// <param name="Y">Its layout position.</param>
/// <param name="Botr">Book of the Runtime chapter file names.</param>
/// <param name="Source">Source paths in dotnet/runtime.</param>
/// <param name="DesignDocs">Design document paths in dotnet/runtime.</param>
/// <param name="Keywords">Other words search finds it by (<c>LOH</c> for the large object heap).</param>
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

/// <summary>A post: one article about the runtime.</summary>
/// <param name="Id">The node id, <c>post:&lt;slug&gt;</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Url">Its address.</param>
/// <param name="Site">The site it is on.</param>
/// <param name="Year">The year it was written, when known.</param>
/// <param name="Section">The reading-list section it is in.</param>
/// <param name="Note">One line on what it covers.</param>
/// <param name="Subsystems">The node ids of the subsystems it covers (its <c>covers</c> edges), the primary first.
/// </param>
/// <param name="ReadingLists">The node ids of the reading lists that list it (their <c>lists</c> edges).</param>
/// <param name="Color">Its colour, <c>#rrggbb</c>.</param>
/// <param name="X">Its layout position.</param>
/// <param name="Y">Its layout position.</param>
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

/// <summary>A reading list.</summary>
/// <param name="Id">The node id, <c>list:&lt;stem&gt;</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Url">Its own address, when it has one.</param>
/// <param name="X">Its layout position.</param>
/// <param name="Y">Its layout position.</param>
internal sealed record ExplorerReadingList(string Id, string Title, string? Url, double X, double Y);
