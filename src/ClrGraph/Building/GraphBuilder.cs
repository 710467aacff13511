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
        Array.Sort(nodes, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var position = new Dictionary<Node, int>(nodes.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < nodes.Length; i++)
        {
            position[nodes[i]] = i;
        }

        var edges = new List<Draft>();
        foreach (var subsystem in corpus.Subsystems)
        {
            if (subsystem.Parent is { } parent)
            {
                edges.Add(new Draft(subsystems[subsystem.Id], subsystems[parent], Relation.PartOf, 1, false, null, null, position));
            }
        }

        foreach (var (post, node) in posts)
        {
            for (var i = 0; i < post.Subsystems.Length; i++)
            {
                edges.Add(new Draft(node, subsystems[post.Subsystems[i]], Relation.Covers, i == 0 ? 2 : 1, i == 0, null, null, position));
            }

            foreach (var listing in post.Listings)
            {
                edges.Add(new Draft(lists[listing.ListId], node, Relation.Lists, 1, false, listing.Section, listing.Position, position));
            }
        }

        edges.Sort(static (a, b) => a.Order.CompareTo(b.Order));

        // No edgeCapacity: QuikGraph reserves it for every vertex's edge list, not for the graph.
        var graph = new BidirectionalGraph<Node, Link>(allowParallelEdges: true, vertexCapacity: nodes.Length, edgeCapacity: -1);
        graph.AddVertexRange(nodes);
        for (var i = 0; i < edges.Count; i++)
        {
            var e = edges[i];
            graph.AddEdge(new Link("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Source, e.Target, e.Relation, e.Weight, e.Primary, e.Section, e.Position));
        }

        return new KnowledgeGraph(graph);
    }

    // An edge before it has its id: sorted by (source position, target position, relation), packed into one number.
    private readonly record struct Draft(Node Source, Node Target, Relation Relation, double Weight, bool Primary, string? Section, int? Position, long Order)
    {
        public Draft(Node source, Node target, Relation relation, double weight, bool primary, string? section, int? listPosition, Dictionary<Node, int> position)
            : this(source, target, relation, weight, primary, section, listPosition, ((long)position[source] << 33) | ((long)position[target] << 2) | (long)relation)
        {
        }
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
        // Slugs are assigned in normalized-URL order, so a clash is resolved the same way whatever the list order.
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in corpus.Posts.Select(p => p.Key).Order(StringComparer.Ordinal))
        {
            var slug = PostUrl.Slug(key);
            var id = slug;
            for (var n = 2; !used.Add(id); n++)
            {
                id = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            ids[key] = NodeIds.Post(id);
        }

        var result = new List<(Post, Node)>(corpus.Posts.Length);
        foreach (var post in corpus.Posts)
        {
            var primary = post.PrimarySubsystem is null ? null : subsystems[post.PrimarySubsystem];
            result.Add((post, new Node(ids[post.Key], NodeKind.Post, post.Title)
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
}
