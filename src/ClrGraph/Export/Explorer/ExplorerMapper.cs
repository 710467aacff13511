using ClrGraph.Building;

namespace ClrGraph.Export.Explorer;

/// <summary>What the explorer page shows of the knowledge graph: its nodes where the layout put them, and the edges
/// of each post.</summary>
internal static class ExplorerMapper
{
    public static ExplorerData From(
        KnowledgeGraph graph,
        IReadOnlyDictionary<Node, (double X, double Y)> positions
    )
    {
        var listsOfPost = graph
            .Edges.OfType<ListsEdge>()
            .ToLookup(e => e.Post.Id, e => e.ReadingList.Id, StringComparer.Ordinal);
        var subsystems = graph
            .Subsystems()
            .Select(s => new ExplorerSubsystem(
                s.Id,
                s.Name,
                s.Summary ?? "",
                s.ParentId is null ? null : SubsystemNode.IdOf(s.ParentId),
                s.Color,
                positions[s].X,
                positions[s].Y,
                s.Botr,
                s.Source,
                s.DesignDocs,
                s.Keywords
            ))
            .ToList();
        var posts = graph
            .Posts()
            .Select(p => new ExplorerPost(
                p.Id,
                p.Title,
                p.Url,
                p.Site,
                p.Year,
                p.Section,
                p.Note,
                [.. p.Subsystems.Select(SubsystemNode.IdOf)],
                [.. listsOfPost[p.Id].Order(StringComparer.Ordinal)],
                p.Color,
                positions[p].X,
                positions[p].Y
            ))
            .ToList();
        var lists = graph
            .ReadingLists()
            .Select(l => new ExplorerReadingList(l.Id, l.Title, l.Url, positions[l].X, positions[l].Y))
            .ToList();
        return new ExplorerData("Which posts explain which part of the CLR", subsystems, posts, lists);
    }
}
