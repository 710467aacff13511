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
        var (posts, postsInIdOrder) = PostNodes(corpus, subsystems);
        var lists = corpus.Lists.ToDictionary(
            l => l.Id,
            l => new Node(NodeIds.ReadingList(l.Id), NodeKind.ReadingList, l.Title) { Url = l.Url, Note = l.Summary, Tags = l.Tags, Color = ListColor },
            StringComparer.Ordinal);

        // Nodes in ordinal id order; edges sorted by their ends' positions in it, which is (source id, target id) order
        // without comparing a single string.
        // Kinds sort apart by their ids' prefixes ("list:" < "post:" < "subsystem:"), so each kind is sorted alone.
        var nodes = ById(lists.Values).Concat(postsInIdOrder).Concat(ById(subsystems.Values)).ToArray();
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i].Index = i;
        }

        var edgeCount = corpus.Subsystems.Count(s => s.Parent is not null) + posts.Sum(p => p.Post.Subsystems.Length + p.Post.Listings.Length);
        var edges = new Draft[edgeCount];
        var order = new long[edgeCount];
        var e = 0;
        void AddDraft(Node source, Node target, Relation relation, double weight, bool primary, string? section, int? listPosition)
        {
            edges[e] = new Draft(source, target, relation, weight, primary, section, listPosition);
            order[e++] = ((long)source.Index << 33) | ((long)target.Index << 2) | (long)relation; // unique: no two edges share all three
        }

        foreach (var subsystem in corpus.Subsystems)
        {
            if (subsystem.Parent is { } parent)
            {
                AddDraft(subsystems[subsystem.Id], subsystems[parent], Relation.PartOf, 1, false, null, null);
            }
        }

        foreach (var (post, node) in posts)
        {
            for (var i = 0; i < post.Subsystems.Length; i++)
            {
                AddDraft(node, subsystems[post.Subsystems[i]], Relation.Covers, i == 0 ? 2 : 1, i == 0, null, null);
            }

            foreach (var listing in post.Listings)
            {
                AddDraft(lists[listing.ListId], node, Relation.Lists, 1, false, listing.Section, listing.Position);
            }
        }

        // Sorting the packed keys with the edges' indexes moves 12 bytes per swap rather than a whole draft.
        int[] sorted = [.. Enumerable.Range(0, edgeCount)];
        Array.Sort(order, sorted);

        // No edgeCapacity: QuikGraph reserves it for every vertex's edge list, not for the graph. The edges are made
        // in edge order, so that every pass over them (each exporter's) walks memory in order.
        var graph = new BidirectionalGraph<Node, Link>(allowParallelEdges: true, vertexCapacity: nodes.Length, edgeCapacity: -1);
        graph.AddVertexRange(nodes);
        for (var i = 0; i < sorted.Length; i++)
        {
            var d = edges[sorted[i]];
            graph.AddEdge(new Link(d.Source, d.Target, d.Relation, d.Weight, d.Primary, d.Section, d.Position) { Index = i });
        }

        return new KnowledgeGraph(graph);
    }

    // An edge before it has its place in the edge order.
    private readonly record struct Draft(Node Source, Node Target, Relation Relation, double Weight, bool Primary, string? Section, int? Position);

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

    private static IEnumerable<Node> ById(IEnumerable<Node> nodes) => nodes.OrderBy(n => n.Id, StringComparer.Ordinal);

    /// <returns>Each post with its node, in corpus order, and the nodes in id order.</returns>
    private static ((Post Post, Node Node)[] Posts, Node[] InIdOrder) PostNodes(Corpus corpus, Dictionary<string, Node> subsystems)
    {
        var ids = PostIds(corpus.Posts);

        // Made in id order, the graph's order, so that every exporter's pass over the nodes walks memory in order.
        int[] inIdOrder = [.. Enumerable.Range(0, ids.Length)];
        Array.Sort((string[])ids.Clone(), inIdOrder, StringComparer.Ordinal);
        var result = new (Post, Node)[corpus.Posts.Length];
        foreach (var i in inIdOrder)
        {
            var post = corpus.Posts[i];
            var primary = post.PrimarySubsystem is null ? null : subsystems[post.PrimarySubsystem];
            result[i] = (post, new Node(ids[i], NodeKind.Post, post.Title)
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
            });
        }

        return (result, Array.ConvertAll(inIdOrder, i => result[i].Item2));
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
