using ClrGraph.Building;
using ClrGraph.Metrics;

namespace ClrGraph.Export.Explorer;

/// <summary>What the explorer page shows of the knowledge graph: its nodes where the layout put them, sized by degree
/// as in the GEXF (scaled to the layout's units), and its edges.</summary>
internal static class ExplorerMapper
{
    /// <summary>The page's data.</summary>
    public static ExplorerData From(
        KnowledgeGraph graph,
        GraphMetrics metrics,
        IReadOnlyDictionary<Node, (double X, double Y)> positions
    )
    {
        double Size(Node node) =>
            node switch
            {
                SubsystemNode => 12 + (3 * Math.Sqrt(metrics[node].Degree)),
                ReadingListNode => 10,
                _ => 2 + Math.Log(1 + metrics[node].Degree),
            };

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
                SubsystemNode.IdOf(s.TopLevelId),
                s.Color,
                Size(s),
                positions[s].X,
                positions[s].Y,
                s.Botr,
                s.Source,
                s.DesignDocs,
                metrics[s].TotalPosts
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
                [.. listsOfPost[p.Id]],
                p.Color,
                Size(p),
                positions[p].X,
                positions[p].Y
            ))
            .ToList();
        var lists = graph
            .ReadingLists()
            .Select(l => new ExplorerReadingList(
                l.Id,
                l.Title,
                l.Url,
                l.Color,
                Size(l),
                positions[l].X,
                positions[l].Y
            ))
            .ToList();
        var edges = graph
            .Edges.Select(e => new ExplorerEdge(
                e.Source.Id,
                e.Target.Id,
                e.Relation,
                e is CoversEdge { Primary: true }
            ))
            .ToList();
        return new ExplorerData("Which posts explain which part of the CLR", subsystems, posts, lists, edges);
    }
}
