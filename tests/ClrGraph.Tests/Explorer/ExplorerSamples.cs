using ClrGraph.Export.Explorer;

namespace ClrGraph.Tests.Explorer;

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

    public static ExplorerData Small()
    {
        static ExplorerSubsystem Subsystem(
            string id,
            string name,
            string? parent,
            string top,
            string color,
            double x,
            double y,
            int posts
        ) =>
            new(
                "subsystem:" + id,
                name,
                "What the " + name.ToLowerInvariant() + " does.",
                parent,
                top,
                color,
                18,
                x,
                y,
                id == "gc" ? ["garbage-collection.md"] : [],
                id == "gc" ? ["src/coreclr/gc/"] : [],
                [],
                posts
            );
        static ExplorerPost Post(
            string slug,
            string title,
            string url,
            string site,
            string[] subsystems,
            string[] lists,
            string color,
            double x,
            double y
        ) =>
            new(
                "post:" + slug,
                title,
                url,
                site,
                2020,
                "Section",
                "Note on " + title,
                [.. subsystems.Select(s => "subsystem:" + s)],
                [.. lists.Select(l => "list:" + l)],
                color,
                6,
                x,
                y
            );

        var subsystems = new[]
        {
            Subsystem("gc", "Garbage collector", null, "subsystem:gc", "#1f77b4", -200, 0, 3),
            Subsystem("gc-regions", "Regions", "subsystem:gc", "subsystem:gc", "#1f77b4", -300, -150, 1),
            Subsystem("jit", "JIT compiler", null, "subsystem:jit", "#d62728", 200, 0, 3),
            Subsystem("vm", "Type loader", null, "subsystem:vm", "#2ca02c", 0, 220, 2),
        };
        var posts = new[]
        {
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
            ),
            Post(
                "example.com-regions",
                "Regions in the GC",
                "https://example.com/regions",
                "example.com",
                ["gc-regions", "gc"],
                ["coreclr"],
                "#1f77b4",
                -260,
                -90
            ),
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
            ),
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
            ),
            Post("evil", HostileTitle, HostileUrl, "", ["vm"], ["coreclr", "botr"], "#2ca02c", -60, 260),
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
            ),
        };
        posts[4] = posts[4] with { Note = HostileNote };
        posts[5] = posts[5] with { Year = 2019 };
        var lists = new[]
        {
            new ExplorerReadingList("list:botr", "Book of the Runtime", null, "#7f7f7f", 10, 0, -250),
            new ExplorerReadingList(
                "list:coreclr",
                "CoreCLR posts",
                "https://example.com/coreclr",
                "#7f7f7f",
                10,
                80,
                -250
            ),
        };
        var edges = new List<ExplorerEdge> { new("subsystem:gc-regions", "subsystem:gc", "part-of", Primary: false) };
        foreach (var post in posts)
        {
            edges.AddRange(post.Subsystems.Select((s, i) => new ExplorerEdge(post.Id, s, "covers", i == 0)));
            edges.AddRange(post.ReadingLists.Select(l => new ExplorerEdge(l, post.Id, "lists", false)));
        }

        return new ExplorerData("Which posts explain which part of the CLR", subsystems, posts, lists, edges);
    }
}
