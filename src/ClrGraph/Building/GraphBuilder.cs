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
        var lists = corpus.Lists.ToDictionary(
            l => l.Id,
            l => new ReadingListNode(NodeId.ReadingList(l.Id), l.Title, PostUrl.SafeOrNull(l.Url), l.Summary, l.Tags),
            StringComparer.Ordinal
        );
        var edges = subsystems
            .Values.Where(s => s.ParentId is not null)
            .Select(Edge (s) => new PartOfEdge(s, subsystems[s.ParentId!]))
            .ToList();
        var posts = new PostNode[corpus.Posts.Length];
        for (var i = 0; i < posts.Length; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var post = posts[i] = PostNodeOf(corpus.Posts[i], postIds[corpus.Posts[i].Key], subsystems);
            edges.AddRange(post.Subsystems.Select((id, n) => new CoversEdge(post, subsystems[id], Primary: n == 0)));
            var listings = corpus.Posts[i].Listings;
            edges.AddRange(listings.Select(l => new ListsEdge(lists[l.ListId], post, l.Section, l.Position)));
        }

        var nodes = lists.Values.Concat<Node>(posts).Concat(subsystems.Values).ToArray();
        Array.Sort(nodes, (a, b) => string.CompareOrdinal(a.Id, b.Id));

        // No two edges share both ends, so (source id, target id) is a total order: the ends' places in the node order.
        var place = nodes.Index().ToDictionary(n => n.Item, n => n.Index);
        var sorted = edges.OrderBy(e => place[e.Source]).ThenBy(e => place[e.Target]).ToList();
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
            PostUrl.Year(post.Url) ?? post.Year,
            post.Section,
            post.Note,
            post.Subsystems,
            primary?.TopLevelId,
            primary?.Color ?? UnmappedColor
        )
        {
            Suggested = post.Suggested,
        };
    }

    private static Dictionary<string, SubsystemNode> SubsystemNodes(ImmutableArray<Subsystem> declared)
    {
        // A part keeps the colour it sets, built-in ones too (the thread pool's, made a part of threading): no
        // default for a top-level subsystem may look like it.
        var colors = Colors.ForTopLevel(
            [.. declared.Where(s => s.Parent is null).Select(s => (s.Id, s.Color))],
            declared.Where(s => s.Parent is not null && s.Color is not null).Select(s => s.Color!)
        );
        var sibling = declared
            .Where(s => s.Parent is not null && s.Color is null)
            .GroupBy(s => s.Parent!, StringComparer.Ordinal)
            .SelectMany(group => group.Select((child, place) => (child.Id, Place: place)))
            .ToDictionary(c => c.Id, c => c.Place, StringComparer.Ordinal);

        // Parents before their children (the validator refused cycles), each child taking its top-level id, depth and
        // colour from its parent's node: a chain of parents of any length costs time in proportion to it.
        var children = declared.Where(s => s.Parent is not null).ToLookup(s => s.Parent!, StringComparer.Ordinal);
        var nodes = new Dictionary<string, SubsystemNode>(StringComparer.Ordinal);
        var pending = new Queue<Subsystem>(declared.Where(s => s.Parent is null));
        while (pending.TryDequeue(out var s))
        {
            var parent = s.Parent is null ? null : nodes[s.Parent];
            var color =
                s.Color?.ToLowerInvariant()
                ?? (parent is null ? colors[s.Id] : Colors.ChildTint(parent.Color, sibling[s.Id]));
            nodes[s.Id] = new SubsystemNode(
                s.Id,
                s.Name,
                s.Summary,
                s.Parent,
                parent?.TopLevelId ?? s.Id,
                parent is null ? 0 : parent.Depth + 1,
                color,
                s.Botr,
                s.Source,
                s.DesignDocs
            )
            {
                Keywords = s.Keywords,
            };
            foreach (var child in children[s.Id])
            {
                pending.Enqueue(child);
            }
        }

        return nodes;
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
