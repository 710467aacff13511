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

    // Drawn until something is selected: all but the lists' lines.
    public const int DrawnEdges = 10;

    public static ExplorerData Small()
    {
        static ExplorerSubsystem Subsystem(
            string id,
            string name,
            string? parent,
            string color,
            double x,
            double y,
            string[] keywords
        ) =>
            new(
                "subsystem:" + id,
                name,
                "What the " + name.ToLowerInvariant() + " does.",
                parent,
                color,
                x,
                y,
                id == "gc" ? ["garbage-collection.md"] : [],
                id == "gc" ? ["src/coreclr/gc/"] : [],
                [],
                keywords
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
                x,
                y
            );

        var subsystems = new[]
        {
            Subsystem("gc", "Garbage collector", null, "#1f77b4", -200, 0, ["LOH", "large object heap"]),
            Subsystem("gc-regions", "Regions", "subsystem:gc", "#6baed6", -300, -150, []),
            Subsystem("jit", "JIT compiler", null, "#d62728", 200, 0, []),
            Subsystem("vm", "Type loader", null, "#2ca02c", 0, 220, []),
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
                -295,
                -145
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
            new ExplorerReadingList("list:botr", "Book of the Runtime", null, 0, -250),
            new ExplorerReadingList("list:coreclr", "CoreCLR posts", "https://example.com/coreclr", 80, -250),
        };
        return new ExplorerData("Which posts explain which part of the CLR", subsystems, posts, lists);
    }
}
