using ClrGraph.Building;
using QuikGraph;

namespace ClrGraph.Tests.Explorer;

/// <summary>What the explorer page is written from: a graph and where its nodes are.</summary>
internal sealed record ExplorerSample(
    IEdgeListGraph<Node, Edge> Graph,
    IReadOnlyDictionary<Node, (double X, double Y)> Positions
);

/// <summary>A hand-written explorer input: a small graph with a hostile post, its counts worked out by hand.</summary>
internal static class ExplorerSamples
{
    public const string HostileTitle = "</script><script>window.pwned = 1</script> \"quoted\" 'single' \u202Eevil 🧵";
    public const string HostileNote = "<img src=x onerror=\"window.pwned = 2\"> & <b>bold</b> \u200F";
    public const string HostileUrl = "javascript:window.pwned = 3";

    // 4 subsystems + 2 reading lists + 6 posts.
    public const int Nodes = 12;

    // covers: 2 + 2 + 1 + 2 + 1 + 1 = 9; lists: 6 + 2 = 8; part-of: 1.
    public const int Edges = 18;

    // Drawn until something is selected: all but the lists' lines.
    public const int DrawnEdges = 10;

    /// <summary>The sample graph and its positions; <paramref name="edit"/> changes a post before its edges are made.
    /// </summary>
    public static ExplorerSample Small(Func<PostNode, PostNode>? edit = null)
    {
        var graph = new BidirectionalGraph<Node, Edge>();
        var positions = new Dictionary<Node, (double X, double Y)>();
        var subsystems = new Dictionary<string, SubsystemNode>(StringComparer.Ordinal);
        var lists = new Dictionary<string, ReadingListNode>(StringComparer.Ordinal);
        void Add(Node node, double x, double y)
        {
            graph.AddVertex(node);
            positions[node] = (x, y);
        }

        void Subsystem(string id, string name, string? parent, string color, double x, double y, string[] keywords)
        {
            var subsystem = new SubsystemNode(
                id,
                name,
                "What the " + name.ToLowerInvariant() + " does.",
                parent,
                parent ?? id,
                parent is null ? 0 : 1,
                color,
                id == "gc" ? ["garbage-collection.md"] : [],
                id == "gc" ? ["src/coreclr/gc/"] : [],
                []
            )
            {
                Keywords = [.. keywords],
            };
            Add(subsystems[id] = subsystem, x, y);
            if (parent is not null)
            {
                graph.AddEdge(new PartOfEdge(subsystem, subsystems[parent]));
            }
        }

        void List(string stem, string title, string? url, double x, double y) =>
            Add(lists[stem] = new ReadingListNode("list:" + stem, title, url, null, []), x, y);

        void Post(
            string slug,
            string title,
            string url,
            string site,
            string[] covers,
            string[] listedIn,
            string color,
            double x,
            double y
        )
        {
            var post = new PostNode(
                "post:" + slug,
                title,
                url,
                site,
                slug == "plain.net-2019-05-gen0" ? 2019 : 2020,
                "Section",
                slug == "evil" ? HostileNote : "Note on " + title,
                [.. covers],
                subsystems[covers[0]].TopLevelId,
                color
            );
            post = slug == "other.org-tiered" ? post with { Suggested = true } : post;
            post = edit?.Invoke(post) ?? post;
            Add(post, x, y);
            foreach (var subsystem in covers)
            {
                graph.AddEdge(new CoversEdge(post, subsystems[subsystem], subsystem == covers[0]));
            }

            foreach (var list in listedIn)
            {
                graph.AddEdge(new ListsEdge(lists[list], post, "Section", 1));
            }
        }

        Subsystem("gc", "Garbage collector", null, "#1f77b4", -200, 0, ["LOH", "large object heap"]);
        Subsystem("gc-regions", "Regions", "gc", "#6baed6", -300, -150, []);
        Subsystem("jit", "JIT compiler", null, "#d62728", 200, 0, []);
        Subsystem("vm", "Type loader", null, "#2ca02c", 0, 220, []);
        List("botr", "Book of the Runtime", null, 0, -250);
        List("coreclr", "CoreCLR posts", "https://example.com/coreclr", 80, -250);
        Post(
            "example.com-gc-pauses",
            "GC pauses and safe points",
            "https://example.com/gc-pauses/",
            "example.com",
            ["gc", "jit"],
            ["coreclr"],
            "#1f77b4",
            -150,
            60
        );
        Post(
            "example.com-regions",
            "Regions in the GC",
            "https://example.com/regions",
            "example.com",
            ["gc-regions", "gc"],
            ["coreclr"],
            "#1f77b4",
            -295,
            -145
        );
        Post(
            "other.org-tiered",
            "Tiered compilation",
            "https://www.other.org/tiered",
            "other.org",
            ["jit"],
            ["coreclr", "botr"],
            "#d62728",
            250,
            60
        );
        Post(
            "other.org-loader",
            "How types are loaded",
            "http://other.org/loader",
            "other.org",
            ["vm", "jit"],
            ["coreclr"],
            "#2ca02c",
            60,
            260
        );
        Post("evil", HostileTitle, HostileUrl, "", ["vm"], ["coreclr", "botr"], "#2ca02c", -60, 260);
        Post(
            "plain.net-2019-05-gen0",
            "Gen0 budgets",
            "https://plain.net/2019/05/gen0",
            "plain.net",
            ["gc"],
            ["coreclr"],
            "#1f77b4",
            -250,
            60
        );
        return new ExplorerSample(graph, positions);
    }
}
