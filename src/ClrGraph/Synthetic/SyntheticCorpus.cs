using System.Text;
using static System.FormattableString;

namespace ClrGraph.Synthetic;

/// <summary>
/// Writes a deterministic synthetic input in the real format (a taxonomy plus Markdown reading lists) of any size,
/// for benchmarks and scale tests: <c>posts</c> posts over <c>subsystems</c> subsystems (six top-level, the rest
/// children), about three subsystems per post, reading lists of at most 50,000 posts in sections of 500.
/// </summary>
internal static class SyntheticCorpus
{
    private const int PostsPerList = 50_000;

    private const int PostsPerSection = 500;

    /// <summary>The <c>taxonomy.yaml</c> or <c>lists/list-*.md</c> that <see cref="Write"/> would write and that is in
    /// <paramref name="folder"/> already, or null.</summary>
    public static string? Existing(string folder)
    {
        var lists = Path.Combine(folder, "lists");
        return new[] { Path.Combine(folder, "taxonomy.yaml") }
            .Concat(Directory.Exists(lists) ? Directory.EnumerateFiles(lists, "list-*.md") : [])
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Writes <c>taxonomy.yaml</c> and <c>lists/*.md</c> into <paramref name="folder"/>; returns the
    /// taxonomy's path.</summary>
    public static string Write(string folder, int posts, int subsystems, int seed = 20261125)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(posts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(subsystems, 6);
        var random = new Random(seed); // the seeded generator is the same on every platform and .NET version
        Directory.CreateDirectory(Path.Combine(folder, "lists"));
        var lists = (posts + PostsPerList - 1) / PostsPerList;
        var taxonomyPath = Path.Combine(folder, "taxonomy.yaml");
        // The lists first and the taxonomy last, each whole or not at all: a full disk leaves no taxonomy that
        // names lists that are not there, and no file cut short.
        for (var l = 0; l < lists; l++)
        {
            var first = l * PostsPerList;
            WriteWhole(
                Path.Combine(folder, "lists", Invariant($"list-{l:D3}.md")),
                list =>
                {
                    list.Write(Invariant($"title=Synthetic list {l}\ntags=synthetic\n~~~~~~\n"));
                    for (var p = first; p < Math.Min(posts, first + PostsPerList); p++)
                    {
                        if (p % PostsPerSection == 0)
                        {
                            list.Write(Invariant($"\n## Section {p / PostsPerSection}\n\n"));
                        }

                        list.WriteLine(
                            Invariant($"- [Post {p}: a *deep dive* into part {p % 97} of the runtime]({Url(p)}): ")
                                + Invariant($"what post {p} covers")
                        );
                    }
                }
            );
        }

        WriteWhole(
            taxonomyPath,
            taxonomy =>
            {
                taxonomy.Write("# Synthetic input written by 'clrgraph generate'.\nreading-lists:\n");
                for (var l = 0; l < lists; l++)
                {
                    taxonomy.Write(Invariant($"  - lists/list-{l:D3}.md\n"));
                }

                taxonomy.Write("subsystems:\n");
                for (var s = 0; s < subsystems; s++)
                {
                    taxonomy.WriteLine(Invariant($"""
                          - id: s{s}
                            name: Subsystem {s}
                            summary: Synthetic subsystem number {s}.
                        """));
                    if (s >= 6)
                    {
                        taxonomy.Write(Invariant($"    parent: s{random.Next(s)}\n"));
                    }
                }

                taxonomy.Write("posts:\n");
                for (var p = 0; p < posts; p++)
                {
                    var count = 2 + random.Next(3); // 2, 3 or 4 distinct subsystems: three on average
                    var chosen = new List<int>(count);
                    while (chosen.Count < count)
                    {
                        var candidate = random.Next(subsystems);
                        if (!chosen.Contains(candidate))
                        {
                            chosen.Add(candidate);
                        }
                    }

                    var ids = string.Join(", ", chosen.Select(c => Invariant($"s{c}")));
                    taxonomy.Write(Invariant($"  - url: {Url(p)}\n    subsystems: [{ids}]\n"));
                }
            }
        );

        return taxonomyPath;
    }

    // Writes a file under a temporary name beside it, then moves it into place.
    private static void WriteWhole(string path, Action<StreamWriter> write)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, Invariant($".clrgraph.{Environment.ProcessId}.0.tmp"));
        try
        {
            using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" })
            {
                write(writer);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp); // gone when moved
        }
    }

    private static string Url(int post) =>
        Invariant($"https://blog.example/{2010 + (post % 16)}/{post % 12 + 1:D2}/post-{post}/");
}
