namespace ClrGraph.Export.Explorer;

/// <summary>What the explorer page shows: the nodes, already laid out, and the edges; all text is plain.</summary>
/// <param name="Title">The page's title.</param>
/// <param name="Subsystems">The subsystems.</param>
/// <param name="Posts">The posts.</param>
/// <param name="ReadingLists">The reading lists.</param>
/// <param name="Edges">Every edge of the graph.</param>
internal sealed record ExplorerData(
    string Title,
    IReadOnlyList<ExplorerSubsystem> Subsystems,
    IReadOnlyList<ExplorerPost> Posts,
    IReadOnlyList<ExplorerReadingList> ReadingLists,
    IReadOnlyList<ExplorerEdge> Edges
);

/// <summary>A subsystem of the runtime.</summary>
/// <param name="Id">The node id, <c>subsystem:gc</c>.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Summary">One or two sentences.</param>
/// <param name="ParentId">The parent's node id, or null for a top-level subsystem.</param>
/// <param name="TopLevelId">The node id of its top-level subsystem (its own for a top-level one).</param>
/// <param name="Color">Its colour, <c>#rrggbb</c>.</param>
/// <param name="Size">Its radius in layout units.</param>
/// <param name="X">Its layout position.</param>
/// <param name="Y">Its layout position.</param>
/// <param name="Botr">Book of the Runtime chapter file names.</param>
/// <param name="Source">Source paths in dotnet/runtime.</param>
/// <param name="DesignDocs">Design document paths in dotnet/runtime.</param>
/// <param name="PostCount">How many posts cover it.</param>
internal sealed record ExplorerSubsystem(
    string Id,
    string Name,
    string Summary,
    string? ParentId,
    string TopLevelId,
    string Color,
    double Size,
    double X,
    double Y,
    IReadOnlyList<string> Botr,
    IReadOnlyList<string> Source,
    IReadOnlyList<string> DesignDocs,
    int PostCount
);

/// <summary>A post: one article about the runtime.</summary>
/// <param name="Id">The node id, <c>post:&lt;slug&gt;</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Url">Its address.</param>
/// <param name="Site">The site it is on.</param>
/// <param name="Year">The year it was written, when known.</param>
/// <param name="Section">The reading-list section it is in.</param>
/// <param name="Note">One line on what it covers.</param>
/// <param name="Subsystems">The node ids of the subsystems it covers, the primary one first.</param>
/// <param name="ReadingLists">The node ids of the reading lists it is in.</param>
/// <param name="Color">Its colour, <c>#rrggbb</c>.</param>
/// <param name="Size">Its radius in layout units.</param>
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
    double Size,
    double X,
    double Y
);

/// <summary>A reading list.</summary>
/// <param name="Id">The node id, <c>list:&lt;stem&gt;</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Url">Its own address, when it has one.</param>
/// <param name="Color">Its colour, <c>#rrggbb</c>.</param>
/// <param name="Size">Its radius in layout units.</param>
/// <param name="X">Its layout position.</param>
/// <param name="Y">Its layout position.</param>
internal sealed record ExplorerReadingList(
    string Id,
    string Title,
    string? Url,
    string Color,
    double Size,
    double X,
    double Y
);

/// <summary>
/// An edge: <c>covers</c> (post → subsystem), <c>part-of</c> (subsystem → parent), <c>lists</c> (list → post).
/// </summary>
/// <param name="Source">The source node id.</param>
/// <param name="Target">The target node id.</param>
/// <param name="Relation"><c>covers</c>, <c>part-of</c> or <c>lists</c>.</param>
/// <param name="Primary">Whether a <c>covers</c> edge goes to the post's primary subsystem.</param>
internal sealed record ExplorerEdge(string Source, string Target, string Relation, bool Primary);
