using System.Collections.Immutable;
using System.Globalization;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Building;

/// <summary>Builds the knowledge graph from a validated corpus.</summary>
internal static class GraphBuilder
{
    /// <summary>The colour of posts no subsystem is mapped to.</summary>
    public const string UnmappedColor = "#bdbdbd";

    /// <summary>Builds the graph: nodes in ordinal id order, edges in (source id, target id) order.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> fired.</exception>
    public static KnowledgeGraph Build(Corpus corpus, CancellationToken cancel = default)
    {
        var subsystems = SubsystemNodes(corpus.Subsystems);
        var postIds = PostIds(corpus.Posts);
        var posts = new PostNode[corpus.Posts.Length];
        for (var i = 0; i < posts.Length; i++)
        {
            cancel.ThrowIfCancellationRequested();
            posts[i] = PostNodeOf(corpus.Posts[i], postIds[corpus.Posts[i].Key], subsystems);
        }

        var lists = corpus.Lists.ToDictionary(
            l => l.Id,
            l => new ReadingListNode(NodeId.ReadingList(l.Id), l.Title, PostUrl.SafeOrNull(l.Url), l.Summary, l.Tags),
            StringComparer.Ordinal
        );

        var nodes = lists.Values.Concat<Node>(posts).Concat(subsystems.Values).ToArray();
        Array.Sort(nodes, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var edges = subsystems
            .Values.Where(s => s.ParentId is not null)
            .Select(Edge (s) => new PartOfEdge(s, subsystems[s.ParentId!]))
            .ToList();

        for (var i = 0; i < posts.Length; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var post = posts[i];
            for (var s = 0; s < post.Subsystems.Length; s++)
            {
                edges.Add(new CoversEdge(post, subsystems[post.Subsystems[s]], Primary: s == 0));
            }

            foreach (var listing in corpus.Posts[i].Listings)
            {
                edges.Add(new ListsEdge(lists[listing.ListId], post, listing.Section, listing.Position));
            }
        }

        // No two edges share both ends, so (source id, target id) is a total order.
        var sorted = edges
            .OrderBy(e => e.Source.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Target.Id, StringComparer.Ordinal)
            .ToList();
        cancel.ThrowIfCancellationRequested();

        var graph = new KnowledgeGraph(nodes.Length);
        graph.AddVertexRange(nodes);
        graph.AddEdgeRange(sorted);
        return graph;
    }

    private static PostNode PostNodeOf(Post post, string id, Dictionary<string, SubsystemNode> subsystems)
    {
        var primary = post.PrimarySubsystem is { } p ? subsystems[p] : null;
        return new PostNode(
            id,
            post.Title,
            PostUrl.Safe(post.Url),
            PostUrl.SiteOfKey(post.Key),
            PostUrl.Year(post.Url),
            post.Section,
            post.Note,
            post.Subsystems,
            primary?.TopLevelId,
            primary?.Color ?? UnmappedColor
        );
    }

    private static Dictionary<string, SubsystemNode> SubsystemNodes(ImmutableArray<Subsystem> declared)
    {
        var byId = declared.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var colors = Colors.ForTopLevel(declared.Where(s => s.Parent is null).Select(s => (s.Id, s.Color)).ToList());
        Subsystem TopOf(Subsystem s) => s.Parent is null ? s : TopOf(byId[s.Parent]);
        int DepthOf(Subsystem s) => s.Parent is null ? 0 : 1 + DepthOf(byId[s.Parent]);
        var sibling = declared
            .Where(s => s.Parent is not null && s.Color is null)
            .GroupBy(s => s.Parent!, StringComparer.Ordinal)
            .SelectMany(group => group.Select((child, place) => (child.Id, Place: place)))
            .ToDictionary(c => c.Id, c => c.Place, StringComparer.Ordinal);

        string ColorOf(Subsystem s) =>
            s.Color?.ToLowerInvariant()
            ?? (s.Parent is null ? colors[s.Id] : Colors.ChildTint(ColorOf(byId[s.Parent]), sibling[s.Id]));

        return declared.ToDictionary(
            s => s.Id,
            s => new SubsystemNode(
                s.Id,
                s.Name,
                s.Summary,
                s.Parent,
                TopOf(s).Id,
                DepthOf(s),
                ColorOf(s),
                s.Botr,
                s.Source,
                s.DesignDocs
            )
            {
                Keywords = s.Keywords,
            },
            StringComparer.Ordinal
        );
    }

    // The node id of each post, by key: its slug, with -2, -3… on a clash, given in key order so that the same post
    // gets the same id whatever the order of the lists.
    private static Dictionary<string, string> PostIds(ImmutableArray<Post> posts)
    {
        var keys = posts.Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        return keys.Zip(PostUrl.UniqueSlugs(keys))
            .ToDictionary(p => p.First, p => NodeId.Post(p.Second), StringComparer.Ordinal);
    }
}
