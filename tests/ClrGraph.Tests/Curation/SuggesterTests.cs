using System.Collections.Immutable;
using System.Globalization;
using ClrGraph.Curation;
using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Tests.Curation;

/// <summary>How <c>suggest</c> weighs a child subsystem against its parent.</summary>
public sealed class SuggesterTests
{
    private static PostSuggestion SuggestFor(
        string title,
        string subsystems,
        string url = "https://a.example/post",
        string section = ""
    ) =>
        SuggestAll(
            [new ListedPost(url, url, title, section, "", 1, new SourceLocation("l.md", 1, 1))],
            "subsystems:\n" + subsystems
        ).Single();

    private const string ThreadPoolAndGc = "subsystems:\n  - id: gc\n  - id: threadpool\n";

    // One post for each title, in the section that section() gives for its index.
    private static ImmutableArray<PostSuggestion> SuggestAll(
        string[] titles,
        Func<int, string> section,
        string taxonomy
    ) =>
        SuggestAll(
            titles.Select((t, i) => new ListedPost($"https://a.example/{i}", $"https://a.example/{i}", t,
                section(i), "", i + 1, new SourceLocation("l.md", i + 1, 1))),
            taxonomy
        );

    // The posts in one list, suggested with the taxonomy's text.
    private static ImmutableArray<PostSuggestion> SuggestAll(IEnumerable<ListedPost> posts, string taxonomy)
    {
        var list = new ReadingList("l", "l.md", "l", [], null, null, [.. posts]);
        var bag = new DiagnosticBag();
        var read = TaxonomyReader.Parse(taxonomy, "taxonomy.yaml", "/tmp", bag)!;
        var input = CurationInput.From(CorpusValidator.Validate(read, [list], strict: false, bag)!);
        return Suggester.SuggestUnmapped(input);
    }

    [Theory]
    // Built in, diagnostics lists PerfView among its keywords; the curator files PerfView under a child of it.
    [InlineData(
        "Using PerfView",
        "  - id: diagnostics\n  - id: profiling\n    name: Profiling\n    parent: diagnostics\n"
            + "    keywords: [PerfView]\n",
        "profiling"
    )]
    // "C# compiler" names the compiler, not every post that mentions C#; "Generics" is a whole name.
    [InlineData(
        "Generics in C#",
        "  - id: generics\n    name: Generics\n  - id: compiler\n    name: C# compiler\n",
        "generics"
    )]
    // "WinDbg" in a title is the phrase "win dbg"; the curator wrote the keyword "windbg".
    [InlineData(
        "Using WinDbg",
        "  - id: diagnostics\n  - id: dumps\n    name: Dumps\n    parent: diagnostics\n    keywords: [windbg]\n",
        "dumps"
    )]
    // "GC modes" names its parent with the parent's own word; "GC" alone is evidence for the parent.
    [InlineData(
        "GC internals explained",
        "  - id: gc\n  - id: gc-modes\n    name: GC modes\n    parent: gc\n    keywords: [server GC]\n",
        "gc"
    )]
    // "Interpreting" meets only part of the interpreter's keyword "interpreted code"; "memory" is a GC keyword.
    [InlineData("Interpreting the memory timeline", "  - id: gc\n  - id: interpreter\n", "gc")]
    // Built in, gc-suspension is under gc; "GC" names the parent, so the parent comes first.
    [InlineData("GC pauses explained", "  - id: gc\n  - id: gc-suspension\n", "gc")]
    // A title names its topic first: both words are whole keywords, the first one decides.
    [InlineData("Arm64 intrinsics in practice", "  - id: simd\n    keywords: [intrinsics]\n  - id: arm64\n", "arm64")]
    [InlineData("Intrinsics on Arm64", "  - id: simd\n    keywords: [intrinsics]\n  - id: arm64\n", "simd")]
    public void The_subsystem_the_words_name_most_precisely_comes_first(string title, string subsystems, string first)
    {
        Assert.Equal(first, SuggestFor(title, subsystems).Subsystems[0].Id);
    }

    // The runtime's documents index lists "Building CoreCLR on Windows": "Builds" of the type loader's summary put it
    // first. A build of the runtime is no type being built.
    [Fact]
    public void Building_names_no_part()
    {
        var suggestion = SuggestFor("Building CoreCLR on Windows", "  - id: type-loader\n  - id: pal\n");
        Assert.Equal(["pal"], suggestion.Subsystems.Select(s => s.Id));
    }

    // A tips list's ".NET IL Generation - Writing DeepCopy" and "a helper for .NET CIL generation" were offered the GC
    // for its "generations". Generated code is the JIT's; a source generator is the C# compiler's, and a next
    // generation a release: no part at all.
    [Theory]
    [InlineData(".NET IL Generation - Writing DeepCopy", "jit")]
    [InlineData("A validating helper for CIL generation", "jit")]
    [InlineData("Code generation in the runtime", "jit")]
    [InlineData("Source generation for logging", "overview")]
    [InlineData("The Next Generation of .NET - At Build 2014", "overview")]
    [InlineData("Introducing C# Source Generators", "overview")]
    public void Generated_code_is_no_generation_of_the_GC(string title, string first)
    {
        var suggestion = SuggestFor(title, "  - id: overview\n  - id: gc\n  - id: jit\n");
        Assert.Equal([first], suggestion.Subsystems.Select(s => s.Id));
        Assert.All(suggestion.Subsystems[0].Evidence, e => Assert.DoesNotContain("\"Source\"", e));
    }

    // A GC course lists "Optimization for Shared Web Hosting" (the GC's settings for it), an education list ".NET
    // Generic Host in ASP.NET Core": the runtime's host and generics were offered. A web server's host is neither.
    [Theory]
    [InlineData("Optimization for Shared Web Hosting")]
    [InlineData(".NET Generic Host in ASP.NET Core")]
    [InlineData("ASP.NET Core Web Host")]
    public void A_web_host_is_not_the_runtime_host(string title)
    {
        var suggestion = SuggestFor(title, "  - id: overview\n  - id: host\n  - id: generics\n");
        Assert.Equal(["overview"], suggestion.Subsystems.Select(s => s.Id));
    }

    // An education list files BenchmarkDotNet, "Powerful .NET library for benchmarking", under "Libraries": CoreLib
    // (its summary's "managed library") and interop ("LibraryImport") were offered. Every package is a library; a
    // base or native library is a part.
    [Fact]
    public void A_library_alone_names_no_part()
    {
        const string url = "https://github.com/dotnet/BenchmarkDotNet";
        var post = new ListedPost(url, url, "BenchmarkDotNet", "Benchmarking › Libraries",
            "Powerful .NET library for benchmarking", 1, new SourceLocation("l.md", 1, 1));

        var suggestion = SuggestAll([post], "subsystems:\n  - id: overview\n  - id: corelib\n  - id: interop\n")
            .Single();

        Assert.Equal(["overview"], suggestion.Subsystems.Select(s => s.Id));
    }

    // A list of runtime materials (podkolzzzin/net.advanced.materials) links "Harmony.Lib official repository", a
    // library for patching methods: CoreLib was offered, as "CoreLib" counted as its "Lib". CoreLib is one name.
    [Theory]
    [InlineData("Harmony.Lib official repository", "overview")]
    [InlineData("Lib folders of a package", "overview")]
    [InlineData("What is in System.Private.CoreLib", "corelib")]
    [InlineData("Core Lib and its FCalls", "corelib")]
    public void CoreLib_is_one_name_and_lib_alone_is_none(string title, string first)
    {
        const string Subsystems =
            "  - id: overview\n  - id: corelib\n    keywords: [CoreLib, System.Private.CoreLib]\n";
        Assert.Equal(first, SuggestFor(title, Subsystems).Subsystems[0].Id);
    }

    // "…this article which gives a clear look at the CLR machinery" was offered the PAL, whose summary says "the
    // layer that gives the runtime one OS interface": a summary's verbs describe a part, and name none.
    [Fact]
    public void A_summarys_verbs_name_no_part()
    {
        const string Subsystems = "  - id: overview\n  - id: pal\n    summary: The layer that gives the runtime one OS "
            + "interface, and what porting involves.\n";
        var suggestion = SuggestFor("An article which gives a clear look and involves much", Subsystems);
        Assert.Equal(["overview"], suggestion.Subsystems.Select(s => s.Id));
    }

    // A part the curator described by its summary alone ("Measuring the speed of code correctly, with
    // micro-benchmarks") is named by its summary's words more than another part is by a word of one of its keywords.
    [Theory]
    [InlineData("Lean zorks", "perf")]
    [InlineData("Zork pools", "pool")]
    public void A_part_without_keywords_is_named_by_its_summary(string title, string first)
    {
        const string Subsystems =
            "  - id: perf\n    summary: Keeping applications lean.\n  - id: pool\n    keywords: [zork pool]\n";
        Assert.Equal(first, SuggestFor(title, Subsystems).Subsystems[0].Id);
    }

    // "Undocumented keywords in C#" (aakinshin.net's __makeref and friends) was offered the GC, by the "keyword" of its
    // "fixed keyword": C# has many keywords, and only the fixed one pins.
    [Theory]
    [InlineData("Undocumented keywords in C#", "overview")]
    [InlineData("The fixed keyword", "gc")]
    public void A_keyword_alone_names_no_part(string title, string first)
    {
        const string Subsystems = "  - id: overview\n  - id: gc\n    keywords: [GC, fixed keyword]\n";
        Assert.Equal(first, SuggestFor(title, Subsystems).Subsystems[0].Id);
    }

    // "String.Split and int[] allocations" at ".../string-split-and-int-array-allocations" went to strings first,
    // and "An introduction to System.Threading.Channels" to threading: the address spelled again the parts of a
    // dotted name that the title's words leave out. A word of the address that the title does not spell still counts.
    [Theory]
    [InlineData("Using String.Split well", "https://a.example/using-string-split-well", false)]
    [InlineData("Using Split well", "https://a.example/using-string-split-well", true)]
    [InlineData("Using System.Threading.Channels", "https://a.example/using-system-threading-channels", false)]
    public void An_address_names_no_part_of_a_dotted_name_again(string title, string url, bool named)
    {
        const string Subsystems = "  - id: overview\n  - id: strings\n    keywords: [string, threading]\n";
        Assert.Equal(named, SuggestFor(title, Subsystems, url).Subsystems.Any(s => s.Id == "strings"));
    }

    // The awesome list's "Arm64 Hardware Intrinsics APIs in .NET - Part 6", under its "ARM64" heading: "Arm64"
    // counted once, in the title, and the intrinsics came first. The curator's heading says it again, apart from the
    // author's title: a word in both counts in each.
    [Theory]
    [InlineData("", "simd")]
    [InlineData("Article series › ARM64", "arm64")]
    public void A_word_of_both_the_title_and_the_heading_counts_in_each(string section, string first)
    {
        const string Subsystems = "  - id: simd\n    keywords: [intrinsics]\n  - id: arm64\n";
        Assert.Equal(first, SuggestFor("Intrinsics on Arm64", Subsystems, section: section).Subsystems[0].Id);
    }

    // "High" of a summary's "high-resolution" is no word of the timers' alone: "High-Performance" is about
    // performance, although three subsystems say "performance" and only the timers say "high".
    [Fact]
    public void A_part_of_a_hyphenated_compound_in_a_summary_names_nothing_alone()
    {
        string[] titles = ["Writing High-Performance .NET Code", "Performance tips", "Performance of LINQ"];
        var taxonomy = "subsystems:\n  - id: perf\n    name: Performance in practice\n"
            + "  - id: releases\n    name: Performance improvements by release\n"
            + "  - id: arm64\n    name: ARM64\n    summary: Performance of .NET on ARM64 processors.\n"
            + "  - id: timing\n    name: Timers\n    summary: Stopwatch and high-resolution time stamps.\n";
        Assert.Equal("perf", SuggestAll(titles, i => "S" + i, taxonomy)[0].Subsystems[0].Id);
    }

    // A compound the vocabulary writes apart (a summary's "micro-benchmarks", the keyword "PerfView" split at its hump)
    // is the same word written as one, in a title or in an address's lower case.
    [Theory]
    [InlineData("Microbenchmarks", "https://a.example/post", "benchmarking", "title words \"Microbenchmarks\"")]
    [InlineData("Tips", "https://a.example/perfview-tips", "diagnostics", "URL words \"perfview\"")]
    public void A_compound_written_as_one_word_meets_the_vocabulary_s_two(
        string title,
        string url,
        string id,
        string why
    )
    {
        var suggestion = SuggestFor(
            title,
            "  - id: benchmarking\n    name: Benchmarking\n    summary: Measuring code with micro-benchmarks.\n"
                + "  - id: diagnostics\n  - id: gc\n",
            url
        );
        Assert.Equal(id, suggestion.Subsystems[0].Id);
        Assert.Contains(why, suggestion.Subsystems[0].Evidence);
    }

    // An author's name, a site: one mapped post that has the word is no reason, two are.
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void A_word_learnt_from_the_mapped_posts_counts_when_two_of_them_have_it(int mapped, bool counts)
    {
        var titles = new[] { "Tales by Jeffrey", "Notes by Jeffrey", "Stories by Jeffrey" };
        var posts = titles.Select((t, i) => new ListedPost($"https://a.example/{i}", $"https://a.example/{i}", t, "",
            "", i + 1, new SourceLocation("l.md", i + 1, 1)));
        var mappings = string.Concat(Enumerable.Range(1, mapped)
            .Select(i => $"  - url: https://a.example/{i}\n    subsystems: [threading]\n"));
        var yaml = "subsystems:\n  - id: gc\n  - id: threading\nposts:\n" + mappings;

        var evidence = SuggestAll(posts, yaml).Single(s => s.Post.Url == "https://a.example/0")
            .Subsystems.SelectMany(s => s.Evidence);

        Assert.Equal(counts, evidence.Any(e => e.Contains("with \"Jeffrey\"", StringComparison.Ordinal)));
    }

    // "Lessons in Extreme .NET Performance" went to the subsystem of two mapped talks given at QCon: where and when a
    // talk was given, in the aside after its byline, is no word of what it is about.
    [Theory]
    [InlineData("by Ben Watson (2016.03.13, QCon)", false)]
    [InlineData("by SELA (QCon)", false)]
    [InlineData("on QCon internals", true)]
    public void A_talk_s_venue_after_its_byline_is_no_word_learnt(string note, bool counts)
    {
        var posts = Enumerable.Range(0, 3).Select(i => new ListedPost($"https://a.example/{i}",
            $"https://a.example/{i}", $"Talk {i}", "", note, i + 1, new SourceLocation("l.md", i + 1, 1)));
        var mappings = "  - url: https://a.example/1\n    subsystems: [threading]\n"
            + "  - url: https://a.example/2\n    subsystems: [threading]\n";
        var yaml = "subsystems:\n  - id: gc\n  - id: threading\nposts:\n" + mappings;

        var evidence = SuggestAll(posts, yaml).Single(s => s.Post.Url == "https://a.example/0")
            .Subsystems.SelectMany(s => s.Evidence);

        Assert.Equal(counts, evidence.Any(e => e.Contains("with \"QCon\"", StringComparison.Ordinal)));
    }

    // A curator who declares a tree of their own without the built-in overview has a part for the runtime as a whole
    // ("Runtime design and history"): "CLR Through the Years" went to the overview they left out.
    [Theory]
    [InlineData("Vance Morrison: CLR Through the Years", "runtime-design")]
    [InlineData("A Hitchhikers Guide to the CoreCLR Source Code", "runtime-design")]
    [InlineData("Garbage collection in the CLR", "gc")]
    public void The_curator_s_part_named_after_the_runtime_stands_for_the_whole(string title, string first)
    {
        var suggestion = SuggestFor(title,
            "  - id: gc\n  - id: runtime-design\n    name: Runtime design and history\n"
                + "  - id: runtime-startup\n    name: Runtime initialization\n");

        Assert.Equal(first, suggestion.Subsystems[0].Id);
    }

    // The runtime as a whole is also the placeholder of a post with no evidence: the curator's part for it.
    [Fact]
    public void A_post_with_no_evidence_is_placed_under_the_curator_s_part_for_the_whole_runtime()
    {
        var suggestion = SuggestFor("Stopwatch under the hood",
            "  - id: gc\n  - id: runtime\n    name: Runtime design\n");

        Assert.Equal(["runtime"], suggestion.Subsystems.Select(s => s.Id));
    }

    // "What's new for performance in .NET Core 2.0" was suggested as exception handling alone, from its note: what the
    // title names most is offered too, however much more the note says. But "Task.Yield - real usages?" was then
    // offered the loader heaps from "usages", a part of their keyword "memory usage": only a title word that names a
    // subsystem counts, or a word of the summary of one without keywords.
    [Theory]
    [InlineData("Performance in practice", "  - id: performance\n    name: Performance in practice\n", true)]
    [InlineData("Task.Yield - real usages?", "  - id: memory\n", false)]
    [InlineData("Making applications faster", "  - id: speed\n    summary: Making real applications fast.\n", true)]
    [InlineData("Making applications faster", "  - id: speed\n    summary: Making real applications fast.\n"
        + "    keywords: [tuning]\n", false)]
    public void Only_a_title_word_that_names_a_subsystem_puts_it_among_the_suggestions(string title, string declared,
        bool among)
    {
        var post = new ListedPost("https://a.example/talk", "https://a.example/talk", title, "",
            "exception handling, first-chance exceptions, unwinding and stack traces", 1,
            new SourceLocation("l.md", 1, 1));

        var suggestion = SuggestAll([post], "subsystems:\n  - id: exceptions\n" + declared).Single();

        Assert.Equal("exceptions", suggestion.Subsystems[0].Id);
        Assert.Equal(among, suggestion.Subsystems.Length > 1);
    }

    // The curator's keyword "what's new" is stop words only, so "What’s new for performance in .NET Core and ASP.NET
    // Core 3.0" went to the libraries from "ASP.NET": a keyword of stop words counts when a title says it whole.
    [Theory]
    [InlineData("What’s new for performance in ASP.NET Core 3.0", "releases")]
    [InlineData("What is new in ASP.NET Core", "libraries")]
    public void A_keyword_of_stop_words_counts_when_the_title_says_it_whole(string title, string first)
    {
        var suggestion = SuggestFor(title,
            "  - id: releases\n    name: Releases\n    keywords: [what's new]\n"
                + "  - id: libraries\n    name: Libraries\n    keywords: [asp.net]\n");

        Assert.Equal(first, suggestion.Subsystems[0].Id);
    }

    // "Creating an IL-rewriting profiler" went to the diagnostics rather than to the curator's "Profiling" under it,
    // described as "profilers such as PerfView": a part described with its built-in parent's keywords takes them,
    // unless the curator wrote the parent's keywords themselves.
    [Theory]
    [InlineData("", "profiling")]
    [InlineData("    keywords: [profiler]\n", "diagnostics")]
    public void A_part_described_with_its_parent_s_built_in_keywords_takes_them(string keywords, string first)
    {
        var suggestion = SuggestFor("Creating an IL-rewriting profiler",
            "  - id: diagnostics\n" + keywords
                + "  - id: profiling\n    name: Profiling\n    summary: Finding where time goes with profilers.\n"
                + "    parent: diagnostics\n");

        Assert.Equal(first, suggestion.Subsystems[0].Id);
    }

    // "Asynchronous Computing" went to the subsystem of two mapped courses whose addresses share the site's folders
    // ("scc.sela.co.il/Syl/syllabus/info?…"): a folder of most of a site's posts is the site's, as its host is.
    [Theory]
    [InlineData("https://talks.example/presentations/talk-{0}", false)]
    [InlineData("https://site{0}.example/presentations/talk", true)]
    public void A_site_s_folder_is_no_word_learnt(string url, bool counts)
    {
        string Url(int i) => string.Format(CultureInfo.InvariantCulture, url, i);
        var posts = Enumerable.Range(0, 3).Select(i => new ListedPost(Url(i), Url(i), $"Talk {i}", $"Section {i}", "",
            i + 1, new SourceLocation("l.md", i + 1, 1)));
        var mappings = string.Concat(Enumerable.Range(1, 2).Select(i =>
            $"  - url: {Url(i)}\n    subsystems: [threading]\n"));
        var yaml = "subsystems:\n  - id: gc\n  - id: threading\nposts:\n" + mappings;

        var evidence = SuggestAll(posts, yaml).Single().Subsystems.SelectMany(s => s.Evidence);

        Assert.Equal(counts, evidence.Any(e => e.Contains("with \"presentations\"", StringComparison.Ordinal)));
    }

    // Links on one line are one list item: a post takes the subsystems of the mapped posts beside it ("[GC](a) (also
    // [part 2](b))"), not those of a mapped post on the next line.
    [Fact]
    public void A_post_takes_the_subsystems_of_the_mapped_posts_on_its_line()
    {
        var posts = new[] { (1, 0), (1, 1), (2, 2) }.Select(p => new ListedPost($"https://a.example/{p.Item2}",
            $"https://a.example/{p.Item2}", "Musings", "", "", p.Item2 + 1, new SourceLocation("l.md", p.Item1, 1)));
        var yaml = "subsystems:\n  - id: gc\n  - id: jit\nposts:\n"
            + "  - url: https://a.example/0\n    subsystems: [gc]\n"
            + "  - url: https://a.example/2\n    subsystems: [jit]\n";

        var suggestion = Assert.Single(SuggestAll(posts, yaml));
        Assert.Equal("gc", suggestion.Subsystems[0].Id);
        Assert.Contains("same list item as 1 of 1 mapped posts", suggestion.Subsystems[0].Evidence);
    }

    [Fact]
    public void A_mapped_post_listed_twice_in_a_section_counts_once_there()
    {
        int[] order = [0, 1, 0, 2];
        var posts = order.Select((p, line) => new ListedPost($"https://a.example/{p}",
            $"https://a.example/{p}", "Musings", "Garbage", "", line + 1, new SourceLocation("l.md", line + 1, 1)));
        var yaml = "subsystems:\n  - id: gc\n  - id: jit\nposts:\n"
            + "  - url: https://a.example/0\n    subsystems: [gc]\n"
            + "  - url: https://a.example/1\n    subsystems: [jit]\n";

        var suggestion = Assert.Single(SuggestAll(posts, yaml));
        Assert.All(suggestion.Subsystems, s => Assert.StartsWith(
            "section \"Garbage\" (1 of 2 mapped posts there); list l.md (1 of 2 mapped posts there)",
            string.Join("; ", s.Evidence),
            StringComparison.Ordinal
        ));
    }

    // 55,000 links on one line made 'clrgraph init' run out of 24 GB: each link listed every other as its neighbour.
    // Allocation, not time: 8 times the links may cost about 8 times the bytes (quadratic would be 64).
    [Fact]
    public void Links_on_one_line_allocate_in_proportion_to_their_number()
    {
        var small = Allocated(500);
        var large = Allocated(4_000);
        Assert.True(large < 12 * small, $"500 links allocate {small:N0} bytes, 4,000 allocate {large:N0}");

        static long Allocated(int links)
        {
            var posts = Enumerable.Range(0, links).Select(i => new ListedPost($"https://a.example/{i}",
                $"https://a.example/{i}", $"post {i}", "", "", i + 1, new SourceLocation("l.md", 1, 1 + (10 * i))));
            var list = new ReadingList("l", "l.md", "l", [], null, null, [.. posts]);
            var bag = new DiagnosticBag();
            var taxonomy = TaxonomyReader.Parse(ThreadPoolAndGc, "taxonomy.yaml", "/tmp", bag)!;
            var corpus = CorpusValidator.Validate(taxonomy, [list], strict: false, bag)!;
            var before = GC.GetAllocatedBytesForCurrentThread();
            Suggester.SuggestUnmapped(CurationInput.From(corpus));
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }

    // A cold start has no mapped neighbours: what the other unmapped posts of a section name is weak evidence for a
    // post whose own words name nothing ("Scratched metal" among talks on the thread pool); a section of its own lends
    // nothing.
    [Fact]
    public void The_other_unmapped_posts_of_a_section_lend_it_their_subsystem()
    {
        var titles = new[] { "Thread pool starvation", "Scratched metal", "Inside the thread pool", "Musings", "Odds" };
        var suggestions = SuggestAll(titles, i => i < 4 ? "Talks" : "Other", ThreadPoolAndGc)
            .ToDictionary(s => s.Post.Title);

        var scratched = Assert.Single(suggestions["Scratched metal"].Subsystems);
        Assert.Equal("threadpool", scratched.Id);
        Assert.Equal(["the words of 2 of 3 other unmapped posts in section \"Talks\""], scratched.Evidence);
        Assert.Equal("threadpool", suggestions["Musings"].Subsystems[0].Id);
        Assert.Equal(["no evidence: a placeholder"], suggestions["Odds"].Subsystems[0].Evidence);
    }

    // The runtime's documents index lists "Developer Guide", "Project priorities" and three more beside "Garbage
    // Collector Guidelines": all five were offered the GC, for one neighbour's title. One post of several is no lead.
    [Fact]
    public void One_unmapped_neighbour_of_several_lends_nothing()
    {
        var titles = new[] { "Developer guide", "Project priorities", "Contributing", "Workflow", "GC guidelines" };
        var suggestions = SuggestAll(titles, _ => "Project docs", ThreadPoolAndGc);

        Assert.All(suggestions.Take(4), s => Assert.Equal(["no evidence: a placeholder"], s.Subsystems[0].Evidence));
    }

    // A talk's slides, on the talk's line, took the subsystem that its section's other talks named ("(slides)" of a
    // thread-pool talk among GC talks): the posts of one line are about the same thing.
    [Fact]
    public void An_unmapped_post_lends_its_subsystem_to_the_others_on_its_line()
    {
        ListedPost At(int line, string url, string title) =>
            new(url, url, title, "Talks", "", line, new SourceLocation("l.md", line, 1));
        ListedPost[] posts =
        [
            At(1, "https://a.example/pool", "Thread pool starvation"), At(1, "https://b.example/deck", "Slides"),
            At(2, "https://a.example/gc1", "GC pauses"), At(3, "https://a.example/gc2", "Background GC"),
            At(4, "https://a.example/gc3", "Server GC"),
        ];

        var slides = SuggestAll(posts, ThreadPoolAndGc).Single(s => s.Post.Url == "https://b.example/deck");

        Assert.Equal("threadpool", slides.Subsystems[0].Id);
        Assert.Equal("the words of 1 of 1 other unmapped posts on its line", slides.Subsystems[0].Evidence[0]);
    }

    // In a list about the GC, "GC" is in most titles and counts for less, but for no less than half: rarer words of
    // other subsystems' ("API" of the profiling API, "info" of MethodInfo) are no match for it.
    [Fact]
    public void A_word_most_posts_of_a_list_share_still_names_its_subsystem()
    {
        string[] titles =
        [
            "GC pauses", "Server GC", "GC regions", "Background GC", "GC configs", "GC perf", "Put a DPAD on that GC",
            "GC tuning", "GC heaps", "GC hard limit", "GC handles", "GC latency", "The updated GC info API",
        ];
        var api = SuggestAll(titles, i => i < 12 ? "GC" : "More", "posts: []\n")
            .Single(s => s.Post.Title.EndsWith("API", StringComparison.Ordinal));

        Assert.Equal(["gc"], api.Subsystems.Select(s => s.Id));
    }

    // "CLR" is on the stop list, as every list about the runtime says it, but it is the built-in overview's keyword: a
    // talk on "the CLR" and no part of it is about the runtime as a whole, not about the GC of the talk beside it. So
    // is "Common Language Runtime", spelled out; "Rotor", a runtime's name as "CoreCLR" is, names a part's home too.
    [Theory]
    [InlineData("Vance Morrison: CLR Through the Years", "overview")]
    [InlineData("Brad Abrams - What is missing from the CoreCLR?", "overview")]
    [InlineData("CLR 4 Garbage Collector - Inside Background GC", "gc")]
    [InlineData("Through the Years", "gc")]
    [InlineData("Essential .NET, Volume I: The Common Language Runtime", "overview")]
    [InlineData("Notes on Rotor", "overview")]
    [InlineData("Explanatory notes on Rotor's Garbage Collector", "gc")]
    public void The_CLR_alone_is_the_runtime_as_a_whole(string title, string first)
    {
        string[] titles = [title, "Inside Background GC"];
        var suggestion = SuggestAll(titles, _ => "Channel 9", "posts: []\n")[0];

        Assert.Equal(first, suggestion.Subsystems[0].Id);
        var evidence = suggestion.Subsystems[0].Evidence[0];
        Assert.Equal(first == "overview", evidence.EndsWith(", no part named", StringComparison.Ordinal));
    }

    // One post of seven naming the thread pool is no lead for the other six.
    [Fact]
    public void A_subsystem_that_few_posts_of_a_section_name_lends_nothing()
    {
        var titles = new[] { "Thread pool starvation", "Musings", "Odds", "Ends", "Letters", "Rambles", "Thoughts" };
        var suggestions = SuggestAll(titles, _ => "Talks", ThreadPoolAndGc);

        Assert.All(
            suggestions.Skip(1),
            s => Assert.Equal(["no evidence: a placeholder"], Assert.Single(s.Subsystems).Evidence)
        );
    }

    // Channel 9 is Microsoft's video site, not System.Threading.Channels; Stack Overflow a site, not a stack.
    [Theory]
    [InlineData("Vance Morrison: Through the Years", "Channel 9", "async", "channels")]
    [InlineData("The Stack Overflow Tag Engine", "", "stacks", "stack")]
    public void A_site_s_name_is_no_subsystem_s_word(string title, string section, string id, string keyword)
    {
        var suggestion = SuggestFor(title, $"  - id: {id}\n    keywords: [{keyword}]\n", section: section);

        Assert.DoesNotContain(suggestion.Subsystems, s => s.Id == id);
    }

    // A README's "Getting Started" named the host ("start CoreCLR") and GC suspension ("a collection can start"), as
    // did "TryStartNoGCRegion": starting is what everything does.
    [Theory]
    [InlineData("Installing the SDK", "Getting Started")]
    [InlineData("Using TryStartNoGCRegion", "")]
    public void Starting_names_no_subsystem(string title, string section)
    {
        var suggestion = SuggestFor(title, "  - id: host\n  - id: gc\n  - id: gc-suspension\n", section: section);

        Assert.DoesNotContain(suggestion.Subsystems, s => s.Id is "host" or "gc-suspension");
    }

    // Built-in summaries describe a part with words of any prose: diagnostics looks into "a running runtime", the
    // interpreter is "useful for experiments", GC suspension lets a stack "be inspected".
    [Theory]
    [InlineData("Compiling and Running a PHP on .NET Core", "diagnostics")]
    [InlineData("The Ultimate .NET Experiment", "interpreter")]
    [InlineData("Inspecting a process", "gc-suspension")]
    public void A_summary_s_descriptive_words_name_no_subsystem(string title, string id)
    {
        var suggestion = SuggestFor(title, $"  - id: {id}\n  - id: gc\n");

        Assert.DoesNotContain(suggestion.Subsystems, s => s.Id == id);
    }

    // "C#" and "language" name the compiler only in its phrases ("C# compiler", "language features"): every post on
    // the runtime is about a program in some language.
    [Theory]
    [InlineData("Is C# a low-level language?", false)]
    [InlineData("Inside the C# compiler", true)]
    [InlineData("New language features", true)]
    public void C_sharp_and_language_name_the_compiler_only_in_a_phrase(string title, bool compiler)
    {
        const string Subsystems = "  - id: compiler\n    name: C# compiler\n"
            + "    summary: How Roslyn turns C# into IL, and experiments that add language features.\n  - id: gc\n";
        var suggestion = SuggestFor(title, Subsystems);

        Assert.Equal(compiler, suggestion.Subsystems.Any(s => s.Id == "compiler"));
    }

    // "Time", "release" and "faster" name a subsystem only in a phrase, if at all: everything takes time, a release
    // build is no release of .NET, and every post of a list about performance makes something faster.
    [Theory]
    [InlineData("DateTime under the hood", "Time", false)]
    [InlineData("High-resolution time stamps", "time stamps", true)]
    [InlineData("Performance differences between debug and release builds", "release", false)]
    [InlineData("Performance improvements in .NET 5", "Performance improvements", true)]
    [InlineData("Making .NET applications faster", "faster", false)]
    public void Time_release_and_faster_name_no_subsystem_alone(string title, string word, bool evidence)
    {
        const string Subsystems = "  - id: profiling\n    summary: Finding where time and memory go with profilers.\n"
            + "  - id: timing\n    name: Timers and time stamps\n"
            + "  - id: releases\n    name: Performance improvements by release\n"
            + "    summary: What each .NET release made faster.\n  - id: gc\n";
        var suggestion = SuggestFor(title, Subsystems);

        var quoted = $"\"{word}\"";
        Assert.Equal(evidence, suggestion.Subsystems.Any(s => s.Evidence.Any(e => e.Contains(quoted))));
    }

    // ".NET Framework" is the product, as ".NET" is: no word of a subsystem named "Libraries and frameworks".
    [Theory]
    [InlineData("Customizing the .NET Framework", false)]
    [InlineData("Frameworks for web services", true)]
    public void The_NET_Framework_is_the_product_not_a_framework(string title, bool libraries)
    {
        var suggestion = SuggestFor(title, "  - id: libraries\n    name: Libraries and frameworks\n  - id: gc\n");

        Assert.Equal(libraries, suggestion.Subsystems.Any(s => s.Id == "libraries"));
    }

    // A note page's "References / Links" section suggested generics ("reference-type instantiations" in its summary)
    // and threading ("their link to OS threads"): a list's words for its own parts.
    [Fact]
    public void References_and_links_name_no_subsystem()
    {
        var suggestion = SuggestFor("https://a.example/post", "  - id: generics\n  - id: threading\n",
            section: "References / Links");

        Assert.DoesNotContain(suggestion.Subsystems, s => s.Id is "generics" or "threading");
    }

    // A course's "Books & Useful References" suggested the interpreter for a C# book, whose summary says "useful where
    // a JIT is unavailable": a word of praise names nothing.
    [Fact]
    public void Useful_names_no_subsystem()
    {
        var suggestion = SuggestFor("C# 6.0 in a Nutshell", "  - id: interpreter\n  - id: jit\n",
            section: "Books & Useful References");

        Assert.DoesNotContain(suggestion.Subsystems, s => s.Id == "interpreter");
    }

    // An Obsidian note's "Managed execution process" was about exceptions, whose summary says "managed and native
    // frames", as six other summaries say "managed": it is what every runtime subsystem runs.
    [Fact]
    public void Managed_names_no_subsystem()
    {
        var suggestion = SuggestFor("Managed execution process", "  - id: exceptions\n  - id: interop\n");

        Assert.DoesNotContain(suggestion.Subsystems, s => s.Id is "exceptions" or "interop");
    }

    // "What Every CLR Developer Must Know Before Writing Code" was GC suspension, whose summary brings "every managed
    // thread" to a safe point: words every sentence may have name nothing.
    [Fact]
    public void Every_and_must_name_no_subsystem()
    {
        var suggestion = SuggestFor("What Every CLR Developer Must Know", "  - id: gc-suspension\n  - id: gc\n");

        Assert.DoesNotContain(suggestion.Subsystems, s => s.Id == "gc-suspension");
    }

    // A browser's, Pocket's or Raindrop's export tags each bookmark: the curator's own word for what it is about.
    [Fact]
    public void A_bookmark_s_tags_are_evidence_as_its_title_is()
    {
        var url = "https://a.example/notes";
        var post = new ListedPost(url, url, "Notes from a talk", "", "", 1, new SourceLocation("l.md", 1, 1))
        {
            Tags = "tiering,inlining",
        };

        var suggestion = SuggestAll([post], "subsystems:\n  - id: gc\n  - id: jit\n").Single();

        var top = suggestion.Subsystems[0];
        Assert.Equal("jit", top.Id);
        Assert.Contains(top.Evidence, e => e.StartsWith("tag words", StringComparison.Ordinal));
    }

    // Matt Warren's talk list: "Open Source Hacking the CoreCLR" was JIT because its note said the port was "mostly" a
    // community contribution, and the JIT's summary says it turns IL into code "mostly through RyuJIT".
    [Fact]
    public void Mostly_names_no_subsystem()
    {
        var suggestion = SuggestFor("It was mostly a community contribution", "  - id: jit\n  - id: gc\n");

        Assert.DoesNotContain(suggestion.Subsystems, s => s.Id == "jit");
    }

    // A course's notes list "https://mattwarren.org/2018/04/06/Taking-a-look-at-the-ECMA-335-Standard-for-.NET/": the
    // address's "look" named generics ("looking exact types up") and diagnostics ("tools look into a process").
    [Fact]
    public void Taking_a_look_names_no_subsystem()
    {
        var url = "https://mattwarren.org/2018/04/06/Taking-a-look-at-the-ECMA-335-Standard-for-.NET/";

        var suggestion = SuggestFor(url, "  - id: generics\n  - id: diagnostics\n", url);

        var evidence = suggestion.Subsystems.SelectMany(s => s.Evidence);
        Assert.DoesNotContain(evidence, e => e.Contains("\"look\"", StringComparison.Ordinal));
    }

    // The built-in tree files "type-system.md" under the type loader and under boxing, one of its parts, and
    // "metadata-overview.md" under the type loader and reflection: the part, with one chapter, came first.
    [Theory]
    [InlineData("type-system.md", "boxing")]
    [InlineData("metadata-overview.md", "reflection")]
    public void A_chapter_filed_under_a_subsystem_and_one_of_its_parts_names_the_subsystem_first(
        string chapter,
        string part
    )
    {
        var url = "https://github.com/dotnet/runtime/blob/main/docs/design/coreclr/botr/" + chapter;

        var suggestion = SuggestFor("Chapter", $"  - id: type-loader\n  - id: {part}\n", url);

        Assert.Equal(["type-loader", part], suggestion.Subsystems.Select(s => s.Id));
    }

    // "runtime" of dotnet/runtime named the built-in "Runtime memory and loader heaps".
    // Sasha Goldshtein's posts on blogs.microsoft.co.il, listed by their archive copies, were "URL words "il"": IL.
    [Fact]
    public void An_archive_copy_is_about_the_page_it_copies_not_its_host()
    {
        var suggestion = SuggestFor(
            "On Measuring Performance",
            "  - id: interpreter\n  - id: gc\n",
            "https://web.archive.org/web/20190814051906/http://blogs.microsoft.co.il/sasha/2007/12/27/on-measuring/"
        );

        Assert.DoesNotContain(suggestion.Subsystems, s => s.Id == "interpreter");
    }

    [Fact]
    public void A_file_in_a_repository_is_about_its_path_not_the_repository()
    {
        var suggestion = SuggestFor(
            "Garbage Collection Design",
            "  - id: gc\n  - id: memory\n",
            "https://github.com/dotnet/runtime/blob/main/docs/design/coreclr/botr/garbage-collection.md"
        );

        Assert.Equal(["gc"], suggestion.Subsystems.Select(s => s.Id));
    }

    // Reflection's summary says it invokes code "at run time": the GC's configuration page, ".../run-time-config/
    // garbage-collector", was suggested reflection first. "Run time" is the runtime, which every post is about.
    [Fact]
    public void Run_time_is_no_phrase_of_its_own()
    {
        const string Url = "https://docs.microsoft.com/en-us/dotnet/core/run-time-config/garbage-collector";
        var suggestion = SuggestFor(Url, "  - id: reflection\n  - id: gc\n", Url);
        Assert.Equal(["gc"], suggestion.Subsystems.Select(s => s.Id));
    }

    // "Lock statement" and "expression trees" are keywords: a Span notes page's "Fixed statement" was suggested
    // threading, and "stackalloc expressions" reflection, for the phrase's word that C# uses alone.
    [Theory]
    [InlineData("Fixed statement", "The lock statement", "threading")]
    [InlineData("stackalloc expressions", "Expression trees", "reflection")]
    public void A_word_of_a_phrase_that_C_sharp_uses_alone_names_nothing(string alone, string phrase, string id)
    {
        const string Subsystems = "  - id: threading\n  - id: reflection\n  - id: gc\n";
        Assert.DoesNotContain(id, SuggestFor(alone, Subsystems).Subsystems.Select(s => s.Id));
        Assert.Equal(id, SuggestFor(phrase, Subsystems).Subsystems[0].Id);
    }

    // Every Qiita post's address has "/items/": a Japanese IL memo's posts were suggested the thread pool, whose
    // summary speaks of work items.
    [Fact]
    public void A_blog_engine_s_folder_for_every_post_names_nothing()
    {
        const string Url = "https://qiita.com/someone/items/89fd91ef8ede02bfdd46";
        var suggestion = SuggestFor(Url, "  - id: threadpool\n  - id: gc\n", Url);
        Assert.DoesNotContain("threadpool", suggestion.Subsystems.Select(s => s.Id));
    }

    [Fact]
    public void A_bare_link_s_words_are_its_url_s_not_a_title_s()
    {
        const string url = "https://a.example/docs/garbage-collector";

        var suggestion = SuggestFor(url, "  - id: gc\n", url).Subsystems.Single();

        Assert.Equal("gc", suggestion.Id);
        Assert.Equal(["URL words \"garbage collector\""], suggestion.Evidence);
    }

    [Fact]
    public void A_heading_that_only_says_what_kind_of_link_follows_gives_way_to_the_one_above()
    {
        var suggestion = SuggestFor("A talk", "  - id: gc\n", section: "Garbage collector › Articles").Subsystems[0];

        Assert.Equal("gc", suggestion.Id);
        Assert.Equal(["section words \"Garbage collector\""], suggestion.Evidence);
    }

    // "- Further reading:" over a list is a group of its own below "## GC": its words name no part of the runtime.
    [Theory]
    [InlineData("Further reading")]
    [InlineData("Materials for the topic")]
    public void A_group_that_only_says_more_is_to_be_read_gives_way_to_the_heading_above(string group)
    {
        var suggestion = SuggestFor("A talk", "  - id: gc\n", section: "Garbage collector › " + group).Subsystems[0];

        Assert.Equal("gc", suggestion.Id);
        Assert.Equal(["section words \"Garbage collector\""], suggestion.Evidence);
    }

    // "Essential .NET, Volume I" by Don Box was boxing, whose keyword is "box": an author's name in a note is no word
    // of a subsystem, while a tool's name after "by" ("by PerfView") still is one.
    [Theory]
    [InlineData("by **Don Box, Chris Sells**", null)]
    [InlineData("by Don Box and Chris Sells", null)]
    [InlineData("a trace taken by PerfView", "diagnostics")]
    public void An_author_s_name_in_a_note_names_no_subsystem(string note, string? first)
    {
        var post = new ListedPost("https://a.example/book", "https://a.example/book", "Essential .NET", "", note, 1,
            new SourceLocation("l.md", 1, 1));

        var suggestion = SuggestAll([post], "subsystems:\n  - id: boxing\n  - id: diagnostics\n").Single();

        Assert.DoesNotContain(suggestion.Subsystems, s => s.Id == "boxing" && s.Score > 0);
        Assert.Equal(first, suggestion.Subsystems.FirstOrDefault(s => s.Score > 0)?.Id);
    }

    // Built in, each subsystem's everyday words: "Inspecting Local Root Lifetime" was GC suspension, whose summary
    // finds "roots" of an "inspected" stack; the GC's own vocabulary has the roots and the lifetime of objects.
    [Fact]
    public void The_GC_s_words_include_its_roots_and_the_lifetime_of_objects()
    {
        var suggestion = SuggestFor("Inspecting local root lifetime", "  - id: gc\n  - id: gc-suspension\n");

        Assert.Equal("gc", suggestion.Subsystems[0].Id);
    }

    // C#'s fixed statement pins what it points into: "How does the 'fixed' keyword work?" had no evidence at all.
    [Fact]
    public void The_fixed_statement_is_the_GC_s_pinning()
    {
        var suggestion = SuggestFor("How does the 'fixed' keyword work?", "  - id: gc\n  - id: jit\n");

        Assert.Equal("gc", suggestion.Subsystems.FirstOrDefault(s => s.Score > 0)?.Id);
    }
}
