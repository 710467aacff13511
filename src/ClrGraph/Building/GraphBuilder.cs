using System.Collections.Immutable;
using ClrGraph.Reading;
using ClrGraph.Validation;
using QuikGraph;

namespace ClrGraph.Building;

/// <summary>Builds the knowledge graph from a validated corpus.</summary>
public static class GraphBuilder
{
    /// <summary>The colour of reading lists.</summary>
    public const string ListColor = "#7f7f7f";

    /// <summary>The colour of posts no subsystem is mapped to.</summary>
    public const string UnmappedColor = "#bdbdbd";

    // Used for subsystems without a colour of their own, by top-level position (a colour-blind-safe categorical palette).
    private static readonly string[] Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"];

    /// <summary>Builds the graph.</summary>
    public static KnowledgeGraph Build(Corpus corpus)
    {
        var subsystems = SubsystemNodes(corpus);
        var posts = PostNodes(corpus, subsystems);
        var lists = corpus.Lists.ToDictionary(
            l => l.Id,
            l => new Node(NodeIds.ReadingList(l.Id), NodeKind.ReadingList, l.Title) { Url = l.Url, Note = l.Summary, Tags = l.Tags, Color = ListColor },
            StringComparer.Ordinal);

        // Nodes in ordinal id order; edges sorted by their ends' positions in it, which is (source id, target id) order
        // without comparing a single string.
        var nodes = subsystems.Values.Concat(posts.Select(p => p.Node)).Concat(lists.Values).ToArray();
        Array.Sort(Array.ConvertAll(nodes, n => n.Id), nodes, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i].Index = i;
        }

        var edgeCount = corpus.Subsystems.Count(s => s.Parent is not null) + posts.Sum(p => p.Post.Subsystems.Length + p.Post.Listings.Length);
        var edges = new Link[edgeCount];
        var order = new long[edgeCount];
        var e = 0;
        void AddEdge(Link link)
        {
            edges[e] = link;
            order[e++] = ((long)link.Source.Index << 33) | ((long)link.Target.Index << 2) | (long)link.Relation; // unique: no two edges share all three
        }

        foreach (var subsystem in corpus.Subsystems)
        {
            if (subsystem.Parent is { } parent)
            {
                AddEdge(new Link(subsystems[subsystem.Id], subsystems[parent], Relation.PartOf, 1, false, null, null));
            }
        }

        foreach (var (post, node) in posts)
        {
            for (var i = 0; i < post.Subsystems.Length; i++)
            {
                AddEdge(new Link(node, subsystems[post.Subsystems[i]], Relation.Covers, i == 0 ? 2 : 1, i == 0, null, null));
            }

            foreach (var listing in post.Listings)
            {
                AddEdge(new Link(lists[listing.ListId], node, Relation.Lists, 1, false, listing.Section, listing.Position));
            }
        }

        Array.Sort(order, edges);

        // No edgeCapacity: QuikGraph reserves it for every vertex's edge list, not for the graph.
        var graph = new BidirectionalGraph<Node, Link>(allowParallelEdges: true, vertexCapacity: nodes.Length, edgeCapacity: -1);
        graph.AddVertexRange(nodes);
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i].Index = i;
            graph.AddEdge(edges[i]);
        }

        return new KnowledgeGraph(graph);
    }

    private static Dictionary<string, Node> SubsystemNodes(Corpus corpus)
    {
        var byId = corpus.Subsystems.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var colors = new Dictionary<string, string>(StringComparer.Ordinal);
        var topLevel = 0;
        foreach (var subsystem in corpus.Subsystems.Where(s => s.Parent is null))
        {
            colors[subsystem.Id] = subsystem.Color?.ToLowerInvariant() ?? Palette[topLevel % Palette.Length];
            topLevel++;
        }

        string ColorOf(Subsystem s) => s.Color?.ToLowerInvariant() ?? colors.GetValueOrDefault(s.Id) ?? ColorOf(byId[s.Parent!]);
        string TopOf(Subsystem s) => s.Parent is null ? s.Id : TopOf(byId[s.Parent]);
        int DepthOf(Subsystem s) => s.Parent is null ? 0 : 1 + DepthOf(byId[s.Parent]);

        return corpus.Subsystems.ToDictionary(
            s => s.Id,
            s => new Node(NodeIds.Subsystem(s.Id), NodeKind.Subsystem, s.Name)
            {
                Note = s.Summary,
                Parent = s.Parent,
                TopLevel = TopOf(s),
                Depth = DepthOf(s),
                Color = ColorOf(s),
                Botr = s.Botr,
                Source = s.Source,
                DesignDocs = s.DesignDocs,
            },
            StringComparer.Ordinal);
    }

    private static List<(Post Post, Node Node)> PostNodes(Corpus corpus, Dictionary<string, Node> subsystems)
    {
        var ids = PostIds(corpus.Posts);
        var result = new List<(Post, Node)>(corpus.Posts.Length);
        for (var i = 0; i < corpus.Posts.Length; i++)
        {
            var post = corpus.Posts[i];
            var primary = post.PrimarySubsystem is null ? null : subsystems[post.PrimarySubsystem];
            result.Add((post, new Node(ids[i], NodeKind.Post, post.Title)
            {
                Url = post.Url,
                Site = PostUrl.SiteOfKey(post.Key),
                Year = PostUrl.Year(post.Url),
                Section = post.Section,
                Note = post.Note,
                Subsystems = post.Subsystems,
                PrimarySubsystem = post.PrimarySubsystem,
                TopLevel = primary?.TopLevel,
                Color = primary?.Color ?? UnmappedColor,
            }));
        }

        return result;
    }

    // The node id of each post, by index: its slug, with -2, -3… on a clash.
    private static string[] PostIds(ImmutableArray<Post> posts)
    {
        var slugs = new string[posts.Length];
        var used = new HashSet<string>(posts.Length, StringComparer.Ordinal);
        var clash = false;
        for (var i = 0; i < posts.Length; i++)
        {
            slugs[i] = PostUrl.Slug(posts[i].Key);
            clash |= !used.Add(slugs[i]);
        }

        if (clash)
        {
            // Clashes are resolved in normalized-URL order, so the same post gets the same id whatever the list order.
            // (Without a clash that order changes nothing, so the sort is only paid when needed.)
            used.Clear();
            var byKey = Enumerable.Range(0, posts.Length).OrderBy(i => posts[i].Key, StringComparer.Ordinal);
            foreach (var i in byKey)
            {
                var slug = slugs[i];
                var id = slug;
                for (var n = 2; !used.Add(id); n++)
                {
                    id = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                slugs[i] = id;
            }
        }

        var ids = new string[posts.Length];
        for (var i = 0; i < posts.Length; i++)
        {
            ids[i] = NodeIds.Post(slugs[i]);
        }

        return ids;
    }
}
