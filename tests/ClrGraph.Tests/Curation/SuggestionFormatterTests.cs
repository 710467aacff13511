using System.Collections.Immutable;
using ClrGraph.Curation;
using ClrGraph.Diagnostics;
using ClrGraph.Pipeline;
using ClrGraph.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ClrGraph.Tests.Curation;

public sealed class SuggestionFormatterTests
{
    private static PostSuggestion Suggestion(string url, string title, string section, params string[] ids)
    {
        var listing = new CurationListing("lists/a.md", 12, section, title, "");
        var post = new CurationPost(url, url, [listing], []);
        var evidence = $"title words \"{title}\"";
        return new PostSuggestion(post, [.. ids.Select(id => new SubsystemSuggestion(id, 1, [evidence]))]);
    }

    [Fact]
    public void Prints_the_shape_of_the_issue()
    {
        var text = SuggestionFormatter.Format([
            Suggestion(
                "https://example.org/gc-heap-hard-limit/",
                "Understanding the GC heap hard limit",
                "Garbage Collection",
                "gc",
                "gc-modes"
            ),
        ]);

        Assert.Equal(
            "  # \"Understanding the GC heap hard limit\" (lists/a.md:12, section \"Garbage Collection\")\n"
                + "  #   gc: title words \"Understanding the GC heap hard limit\"\n"
                + "  #   gc-modes: title words \"Understanding the GC heap hard limit\"\n"
                + "  - url: https://example.org/gc-heap-hard-limit/\n"
                + "    subsystems: [gc, gc-modes]\n"
                + "    suggested: true\n",
            text
        );
    }

    // A course's notes list their reading as bare addresses: each post's title was its URL, with a warning that asked
    // the curator to write one. The address's last part gives a first title to review with the item, with its folder
    // when it is one word ("…/garbage-collection/fundamentals"), and without the ids after it (a shop's "/dp/ISBN").
    // A repository's address gives its name as GitHub shows it.
    [Theory]
    [InlineData("https://tooslowexception.com/pinned-object-heap-in-net-5/", "Pinned object heap in .NET 5")]
    [InlineData(
        "https://devblogs.microsoft.com/dotnet/the-updated-getgcmemoryinfo-api-in-net-5-0-and-how-it-can-help-you/",
        "The updated getgcmemoryinfo api in .NET 5.0 and how it can help you"
    )]
    [InlineData(
        "https://medium.com/criteo-engineering/profile-memory-allocations-with-perfview-b75db3338897",
        "Profile memory allocations with PerfView"
    )]
    [InlineData("https://devblogs.microsoft.com/dotnet/internals-of-the-poh/", "Internals of the POH")]
    [InlineData(
        "https://devblogs.microsoft.com/dotnet/string-interpolation-in-c-10-and-net-6/",
        "String interpolation in C# 10 and .NET 6"
    )]
    [InlineData("https://example.org/csharp-all-about-span", "C# all about span")]
    [InlineData("https://example.org/calling-c-from-dotnet", "Calling c from .NET")]
    [InlineData(
        "https://mattwarren.org/2018/04/06/Taking-a-look-at-the-ECMA-335-Standard-for-.NET/",
        "Taking a look at the ECMA 335 Standard for .NET"
    )]
    [InlineData("https://en.wikibooks.org/wiki/X86_Assembly/X86_Architecture", "X86 Architecture")]
    [InlineData("https://example.org/blog/2019/garbage%20collection%20tuning.html", "Garbage collection tuning")]
    [InlineData(
        "https://docs.microsoft.com/en-us/dotnet/standard/garbage-collection/fundamentals",
        "Garbage collection: fundamentals"
    )]
    [InlineData(
        "https://www.amazon.com/Garbage-Collection-Handbook-Management-Algorithms/dp/1420082795",
        "Garbage Collection Handbook Management Algorithms"
    )]
    [InlineData("https://stackoverflow.com/questions/4567/how-to-pin-an-array/4589", "How to pin an array")]
    [InlineData("https://github.com/featherhttp/framework", "featherhttp/framework")]
    [InlineData("https://www.github.com/dotnet/BenchmarkDotNet/", "dotnet/BenchmarkDotNet")]
    [InlineData("https://example.org/featherhttp/framework", null)]
    [InlineData("https://stackoverflow.com/a/4589", null)]
    [InlineData("https://docs.microsoft.com/en-us/fundamentals", null)]
    [InlineData("https://example.org/posts/fundamentals.html", null)]
    [InlineData("https://www.youtube.com/watch?v=pjKNx41Ubxw", null)]
    [InlineData("https://example.org/2021-06-01/", null)]
    [InlineData("https://example.org/", null)]
    public void A_post_titled_only_by_its_address_gets_a_title_read_from_it(string url, string? expected)
    {
        var text = "posts:\n" + SuggestionFormatter.Format([Suggestion(url, url, "", "gc")]);

        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var post = (YamlMappingNode)((YamlSequenceNode)root.Children[new YamlScalarNode("posts")]).Children[0];
        var title = post.Children.TryGetValue(new YamlScalarNode("title"), out var node)
            ? ((YamlScalarNode)node).Value
            : null;
        Assert.Equal(expected, title);
    }

    [Theory]
    [InlineData("https://example.org/a#b", "Title # not a comment")]
    [InlineData("https://example.org/x: y", "key: value")]
    [InlineData("https://example.org/'quoted'", "\"quotes\" and 'quotes'")]
    [InlineData("https://example.org/p", "line one\nline two\r\n- url: https://evil.example/\u2028x")]
    [InlineData("https://example.org/p #frag", "#hash first")]
    public void Hostile_titles_and_urls_still_parse_to_the_same_structure(string url, string title)
    {
        var text =
            "posts:\n"
            + SuggestionFormatter.Format([
                Suggestion(url, title, "S: #1\nS2", "gc", "jit"),
                Suggestion("https://example.org/none", title, "", []),
            ]);

        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var posts = (YamlSequenceNode)root.Children[new YamlScalarNode("posts")];
        Assert.Equal(2, posts.Children.Count);
        var first = (YamlMappingNode)posts.Children[0];
        Assert.Equal(3, first.Children.Count);
        Assert.Equal("true", ((YamlScalarNode)first.Children[new YamlScalarNode("suggested")]).Value);
        Assert.Equal(url, ((YamlScalarNode)first.Children[new YamlScalarNode("url")]).Value);
        var ids = ((YamlSequenceNode)first.Children[new YamlScalarNode("subsystems")]).Children.Select(n =>
            ((YamlScalarNode)n).Value
        );
        Assert.Equal(["gc", "jit"], ids);
        Assert.Empty((YamlSequenceNode)((YamlMappingNode)posts.Children[1]).Children[new YamlScalarNode("subsystems")]);
    }

    [Fact]
    public void Pasted_suggestions_are_accepted_by_check()
    {
        using var temp = new TempFolder();
        CopyFolder(Path.Combine(Repo.Root, "taxonomy"), temp.Path);
        var taxonomyPath = temp.File("taxonomy.yaml");
        var lines = File.ReadAllLines(taxonomyPath).ToList();
        var removed = RemoveEveryThirdPost(lines);
        File.WriteAllText(taxonomyPath, string.Join('\n', lines) + "\n");
        var before = GraphPipeline.Load(new LoadRequest(taxonomyPath, [], Strict: false));
        Assert.Equal(removed, before.Diagnostics.Count(d => d.Code == DiagnosticCodes.UnmappedPost));

        var input = SuggestionEvaluation.Load(taxonomyPath);
        var suggestions = Suggester.SuggestUnmapped(input);
        Assert.Equal(removed, suggestions.Length);
        File.AppendAllText(taxonomyPath, SuggestionFormatter.Format(suggestions));

        var after = GraphPipeline.Load(new LoadRequest(taxonomyPath, [], Strict: false));
        Assert.True(after is LoadedGraph, string.Join('\n', after.Diagnostics));
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == DiagnosticCodes.UnmappedPost);
    }

    [Fact]
    public void Suggestions_are_deterministic_and_evidence_is_strongest_first()
    {
        var path = Repo.Fixture(Path.Combine("real", "awesome-dot-net-performance"));
        var input = SuggestionEvaluation.Load(path);
        static bool Hide(CurationPost p, int i) =>
            i % 4 == 0 || p.Title.StartsWith("Middle Ground", StringComparison.Ordinal);
        var posts = input.Posts.Select((p, i) => Hide(p, i) ? p with { Subsystems = [] } : p);
        var hidden = input with { Posts = [.. posts] };

        var first = SuggestionFormatter.Format(Suggester.SuggestUnmapped(hidden));
        var reversed = hidden with { Subsystems = [.. hidden.Subsystems.Reverse()] };
        var second = SuggestionFormatter.Format(Suggester.SuggestUnmapped(reversed));

        Assert.Equal(first, second);
        var gc = Suggester
            .SuggestUnmapped(hidden)
            .Single(s => s.Post.Title == "Middle Ground between Server and Workstation GC");
        Assert.Equal("gc-modes", gc.Subsystems[0].Id);
        Assert.All(Suggester.SuggestUnmapped(hidden), s => Assert.True(s.Subsystems.Length <= 3));
        Assert.All(
            Suggester.SuggestUnmapped(hidden),
            s =>
                Assert.Equal(
                    s.Subsystems.OrderByDescending(x => x.Score).Select(x => x.Id),
                    s.Subsystems.Select(x => x.Id)
                )
        );
    }

    [Theory]
    [InlineData("TryStartNoGCRegion", "try gc region")]
    [InlineData("NGen images and IList<T>", "ngen imag ilist")]
    [InlineData("Garbage Collectors and the JIT", "gc jit")]
    [InlineData("Inlining methods", "inlin method")]
    [InlineData("Running with Server GC: hard limits", "server gc hard limit")]
    [InlineData("Posts in the series: internals of the thread pool, before and after", "threadpool")]
    public void Words_split_camel_case_stem_and_join_acronyms(string text, string expected)
    {
        var singles = Words.Of(text).Where(w => !w.Stem.Contains(' ', StringComparison.Ordinal));
        Assert.Equal(expected, string.Join(' ', singles.Select(w => w.Stem)));
    }

    [Theory]
    [InlineData("Writing high-performance code that works", "high performance", "")]
    [InlineData("Loading types at run time", "types run time", "")] // "run time" is one word: the runtime
    [InlineData("The code heap and the write barrier", "heap barrier", "code heap|write barrier")]
    public void Code_write_work_and_load_count_only_inside_a_phrase(string text, string singles, string phrases)
    {
        static bool IsPhrase(Word w) => w.Stem.Contains(' ', StringComparison.Ordinal);
        var words = Words.Of(text);

        Assert.Equal(singles, string.Join(' ', words.Where(w => !IsPhrase(w)).Select(w => w.Written)));
        var written = words.Where(IsPhrase).Select(w => w.Written).ToList();
        Assert.All(phrases.Split('|', StringSplitOptions.RemoveEmptyEntries), p => Assert.Contains(p, written));
    }

    // "System.Private.CoreLib" is followed by its last part (Core, Lib): it makes no phrase with the whole.
    [Fact]
    public void A_dotted_name_makes_no_phrase_with_its_own_parts()
    {
        var phrases = Words.Of("System.Private.CoreLib and calling into the runtime")
            .Where(w => w.Stem.Contains(' ', StringComparison.Ordinal))
            .Select(w => w.Written);

        Assert.DoesNotContain(phrases, p => p.StartsWith("System.Private.CoreLib ", StringComparison.Ordinal));
    }

    // "An Introduction to System.Threading.Channels" was threading, by "Threading": a namespace names where a type is.
    [Theory]
    [InlineData("System.Threading.Channels", "System.Threading.Channels Channels")]
    [InlineData("Interlocked.CompareExchange", "Interlocked.CompareExchange Compare Exchange")]
    public void A_dotted_name_is_followed_by_its_last_part_alone(string text, string singles)
    {
        var words = Words.Of(text).Where(w => !w.Stem.Contains(' ', StringComparison.Ordinal)).Select(w => w.Written);

        Assert.Equal(singles, string.Join(' ', words));
    }

    private static int RemoveEveryThirdPost(List<string> lines)
    {
        var postsAt = lines.IndexOf("posts:");
        var starts = Enumerable
            .Range(postsAt + 1, lines.Count - postsAt - 1)
            .Where(i => lines[i].StartsWith("  - url:", StringComparison.Ordinal))
            .ToList();
        var removed = 0;
        for (var k = starts.Count - 1; k >= 0; k--)
        {
            if (k % 3 != 0)
            {
                continue;
            }

            var end = k + 1 < starts.Count ? starts[k + 1] : lines.Count;
            lines.RemoveRange(starts[k], end - starts[k]);
            removed++;
        }

        return removed;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
