using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ClrGraph.Diagnostics;
using ClrGraph.Pipeline;
using ClrGraph.Reading;
using ClrGraph.Tests.Support;
using ClrGraph.Validation;

namespace ClrGraph.Tests.Hostile;

/// <summary>
/// The probes of a hostile tester, run through the real command line: each ends in exit 1 (2 for a usage error) with
/// a coded diagnostic and no stack trace, within the process timeout, and leaves the output folder as it was.
/// Fixtures are made by each test.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Subsystems = "subsystems:\n  - id: gc\n    name: GC\n";
    private readonly TempFolder _temp = new();
    private readonly string _output;
    private readonly Dictionary<string, string> _before;

    public HostileInputTests()
    {
        _output = Directory.CreateDirectory(_temp.File("out")).FullName;
        File.WriteAllText(Path.Combine(_output, "nodes.csv"), "old nodes"); // an earlier run's, as its manifest says
        File.WriteAllText(Path.Combine(_output, OutputManifest.FileName), "nodes.csv\n");
        File.WriteAllText(Path.Combine(_output, "holiday.png"), "a user's file");
        _before = Snapshot(_output);
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("check", "--taxonomy", "")]
    [InlineData("check", "--list", "")]
    [InlineData("export", "--out", "")]
    [InlineData("export", "--taxonomy", "")]
    public void Empty_path_is_a_usage_error(string command, string option, string value)
    {
        var run = Clrgraph(command, option, value);
        Assert.True(run.ExitCode == 2, run.All);
        Assert.Contains($"{option} is an empty path", run.Error, StringComparison.Ordinal);
    }

    // A list's address pasted from the browser was read as the path "https:/github.com/…", "not found".
    [Fact]
    public void A_reading_list_given_as_a_web_address_says_to_download_it()
    {
        const string page = "https://github.com/o/list/blob/main/docs/README.md";
        const string advice = "is a web address, and ClrGraph reads and writes files on disk; to read a list from the "
            + "web, download it first: curl -L -o list.md "
            + "'https://raw.githubusercontent.com/o/list/main/docs/README.md'";
        var taxonomy = Taxonomy($"reading-lists:\n  - {page}\n" + Subsystems + "posts: []\n");

        var fromTaxonomy = Clrgraph("check", "--taxonomy", taxonomy);
        var fromOption = Clrgraph("check", "--taxonomy", taxonomy, "--list", page);

        Assert.True(fromTaxonomy.ExitCode == 1, fromTaxonomy.All);
        Assert.Contains($"taxonomy.yaml:2:5: error CG0050: the reading list '{page}' {advice}", fromTaxonomy.Error);
        Assert.True(fromOption.ExitCode == 2, fromOption.All);
        Assert.Contains($"--list '{page}' {advice}", fromOption.Error, StringComparison.Ordinal);
    }

    // A reading list given as the taxonomy got the YAML parser's words about its first odd line.
    [Fact]
    public void A_reading_list_given_as_the_taxonomy_says_to_give_it_as_a_list()
    {
        var list = _temp.File("list.md");
        File.WriteAllText(list, "# L\n\n- [A post](https://a.example/post): about the GC\n");

        var run = Clrgraph("check", "--taxonomy", list);

        Assert.True(run.ExitCode == 1, run.All);
        Assert.Contains(
            "error CG0050: --taxonomy is a Markdown file, and a taxonomy is YAML (give a reading list with --list ",
            run.Error,
            StringComparison.Ordinal
        );
    }

    // A taxonomy given to init or as --list was read as Markdown: init wrote each of its urls as a post.
    [Fact]
    public void A_taxonomy_given_as_a_reading_list_says_to_give_it_as_the_taxonomy()
    {
        var list = _temp.File("list.md");
        File.WriteAllText(list, "# L\n\n- [A post](https://a.example/post): about the GC\n");
        var taxonomy = Taxonomy("reading-lists:\n  - list.md\n" + Subsystems + "posts: []\n");
        var starter = _temp.File("starter.yaml");

        var init = Clrgraph("init", taxonomy, "--out", starter);
        var check = Clrgraph("check", "--taxonomy", taxonomy, "--list", taxonomy);

        foreach (var run in new[] { init, check })
        {
            Assert.True(run.ExitCode == 1, run.All);
            Assert.Contains(
                "taxonomy.yaml is a YAML file, and a reading list is Markdown (give a taxonomy with --taxonomy ",
                run.Error,
                StringComparison.Ordinal
            );
        }

        Assert.False(File.Exists(starter));
    }

    [Fact]
    public void Empty_path_given_to_init_is_a_usage_error()
    {
        var list = _temp.File("list.md");
        File.WriteAllText(list, "# L\n\n- [A post](https://a.example/post)\n");
        foreach (var arguments in new[] { new[] { "init", "" }, ["init", list, "--out", ""] })
        {
            var run = Clrgraph(arguments);
            Assert.True(run.ExitCode == 2, run.All);
            Assert.Contains("is an empty path", run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Folder_as_taxonomy_is_refused() =>
        Refused(Clrgraph("export", "--taxonomy", _temp.Path), DiagnosticCodes.NotRegularFile, "folder");

    [Theory]
    [InlineData("--taxonomy", "/dev/zero")]
    [InlineData("--list", "/dev/urandom")]
    [InlineData("--list", "/dev/zero")]
    public void Device_is_refused_without_reading_it(string option, string device)
    {
        Assert.SkipUnless(File.Exists(device), device + " exists only on Unix");
        var run = option == "--taxonomy"
            ? Clrgraph("export", "--taxonomy", device)
            : Clrgraph("export", "--taxonomy", Taxonomy(), option, device);
        Refused(run, DiagnosticCodes.NotRegularFile, "is a device");
    }

    [Theory]
    [InlineData("--taxonomy")]
    [InlineData("--list")]
    public void Fifo_is_refused_without_waiting_for_a_writer(string option)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "mkfifo is Unix only");
        var fifo = _temp.File("fifo");
        Assert.Equal(0, Programs.Run("mkfifo", [fifo]).ExitCode);
        var run = option == "--taxonomy"
            ? Clrgraph("export", "--taxonomy", fifo)
            : Clrgraph("export", "--taxonomy", Taxonomy(), "--list", fifo);
        Refused(run, DiagnosticCodes.NotRegularFile, "named pipe (FIFO)");
    }

    [Fact]
    public void File_of_70MB_is_refused()
    {
        var list = _temp.File("huge.md");
        using (var stream = File.Create(list))
        {
            stream.SetLength(70L * 1000 * 1000);
        }

        var run = Clrgraph("export", "--taxonomy", Taxonomy(), "--list", list);
        Refused(run, DiagnosticCodes.InputTooLarge, "limit");
    }

    [Fact]
    public void Nul_in_a_reading_list_path_names_no_file()
    {
        var taxonomy = Taxonomy("reading-lists: [\"a\\0b.md\"]\n" + Subsystems + "posts: []\n");
        Refused(Clrgraph("export", "--taxonomy", taxonomy), DiagnosticCodes.FileUnreadable, "a\\u0000b.md");
    }

    [Theory]
    [InlineData("[", 80_000)]
    [InlineData("{a: ", 80_000)]
    [InlineData("[", 1_000_000)]
    [InlineData("[{a: ", 50_000)]
    public void Yaml_nested_deeper_than_64_levels_is_refused_at_its_place(string level, int depth)
    {
        var taxonomy = Taxonomy("posts: " + string.Concat(Enumerable.Repeat(level, depth)) + "x\n");
        var run = Clrgraph("export", "--taxonomy", taxonomy);
        Refused(run, DiagnosticCodes.InputTooLarge, "deeper than 64 levels");
        Assert.Matches(@"taxonomy\.yaml:\d+:\d+: error CG0023", run.Error);
    }

    [Fact]
    public void Yaml_nested_64_levels_is_read()
    {
        var bag = new DiagnosticBag();
        var yaml = "x: " + new string('[', 63) + new string(']', 63) + "\n";
        TaxonomyReader.Parse(yaml, "t.yaml", _temp.Path, bag);
        Assert.DoesNotContain(bag.Sorted(), d => d.Code == DiagnosticCodes.InputTooLarge);
        Assert.Contains(bag.Sorted(), d => d.Code == DiagnosticCodes.UnknownKey);
    }

    [Fact]
    public void Yaml_alias_bomb_is_refused()
    {
        var yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 9; i++)
        {
            var name = (char)('a' + i);
            yaml.Append(name).Append(": &").Append(name).Append(" [");
            yaml.Append(string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i - 1), 9))).Append("]\n");
        }

        Refused(Clrgraph("export", "--taxonomy", Taxonomy(yaml.ToString())), DiagnosticCodes.YamlAlias, "anchor '&a'");
    }

    [Fact]
    public void Yaml_scalar_of_8MB_is_read()
    {
        var summary = "    summary: " + new string('x', 8_000_000) + "\n";
        var taxonomy = Taxonomy("reading-lists: []\n" + Subsystems + summary + "posts: []\n");
        var run = Clrgraph("check", "--taxonomy", taxonomy);
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("warning CG0018", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parent_chain_20000_long_into_a_cycle_is_reported_once_at_the_cycle()
    {
        // Each c(i) hangs below c(i + 1), declared before it; the last two close a cycle.
        const int length = 20_000;
        var yaml = new StringBuilder("reading-lists: []\nsubsystems:\n");
        for (var i = 0; i < length; i++)
        {
            var parent = i + 1 < length ? i + 1 : i - 1;
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: c{i}\n    name: C\n    parent: c{parent}\n");
        }

        var run = Clrgraph("check", "--taxonomy", Taxonomy(yaml + "posts: []\n"));
        Assert.True(run.ExitCode == 1, run.All);
        var errors = run.Error.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.EndsWith(
            "taxonomy.yaml:59999:13: error CG0009: subsystem parents form a cycle: c19998 → c19999 → c19998",
            Assert.Single(errors),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Parent_chain_20000_long_through_a_built_in_parent_breaks_there()
    {
        // Built in, threading is under threadpool; here the thread pool hangs below threading, 20,000 levels down.
        const int length = 20_000;
        var yaml = new StringBuilder("reading-lists: []\nsubsystems:\n  - id: threadpool\n    parent: c0\n");
        for (var i = 0; i < length; i++)
        {
            var parent = i + 1 < length ? $"c{i + 1}" : "threading";
            yaml.Append(CultureInfo.InvariantCulture, $"  - id: c{i}\n    name: C\n    parent: {parent}\n");
        }

        var bag = new DiagnosticBag();
        var taxonomy = TaxonomyReader.Parse(yaml + "posts: []\n", "t.yaml", _temp.Path, bag);
        var corpus = CorpusValidator.Validate(taxonomy!, [], strict: false, bag);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted().Take(5)));
        var parents = corpus.Subsystems.ToDictionary(s => s.Id, s => s.Parent, StringComparer.Ordinal);
        Assert.Null(parents["threading"]);
        Assert.Equal("c0", parents["threadpool"]);
        Assert.All(
            Enumerable.Range(0, length),
            i => Assert.Equal(i + 1 < length ? $"c{i + 1}" : "threading", parents[$"c{i}"])
        );
    }

    [Fact]
    public void Control_characters_in_ids_and_titles_never_reach_the_terminal()
    {
        var list = "# S\n\n- [T\u001B(B\u0007\u202E](https://a.example/x)\n";
        File.WriteAllText(_temp.File("l\u001B]0;list\u0007.md"), list);
        var taxonomy = Taxonomy(
            "reading-lists: [\"l\\e]0;list\\a.md\"]\nsubsystems:\n  - id: \"g\\ec\\0\"\n    name: \"N\\a\\u202E\"\n"
                + "posts:\n  - url: https://a.example/y\n    title: \"\\0\\e\"\n    subsystems: [\"g\\ec\\0\"]\n"
        );
        var run = Clrgraph("export", "--taxonomy", taxonomy);
        Refused(run, DiagnosticCodes.InvalidId, "g\\u001Bc\\u0000");
        Assert.DoesNotContain(run.All, c => char.IsControl(c) && c != '\n');
        Assert.DoesNotContain('\u202E', run.All);
    }

    [Fact]
    public void Control_characters_in_titles_reach_no_output()
    {
        File.WriteAllText(
            _temp.File("list.md"),
            "# Section \u001B(B\u202E\n\n- [Title \u001B(B\u0007 \u202Egpj.exe](https://a.example/post): note \u0007\n"
        );
        var taxonomy = Taxonomy(
            "reading-lists: [list.md]\nsubsystems:\n  - id: gc\n    name: \"GC \\e[5m\\u2066\"\n"
                + "posts:\n  - url: https://a.example/post\n    subsystems: [gc]\n    note: \"\\0\\a\\u202D\"\n"
        );
        var run = Clrgraph("export", "--taxonomy", taxonomy);
        Assert.True(run.ExitCode == 0, run.All);
        foreach (var (name, text) in Snapshot(_output).Where(f => f.Key != "holiday.png"))
        {
            var unsafeChar = text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
            Assert.False(unsafeChar || text.Any(c => c is >= '\u202A' and <= '\u202E'), name + " holds one");
            Assert.DoesNotContain('\u2066', text);
        }
    }

    [Fact]
    public void Url_with_quotes_stays_inside_its_attribute_in_every_output()
    {
        const string url = "https://example.com/x\"onmouseover=\"alert(1)";
        const string safe = "https://example.com/x%22onmouseover=%22alert(1)";
        File.WriteAllText(_temp.File("list.md"), $"# S\n\n- [Evil]({url})\n- [Space](<https://example.com/a b`c>)\n");
        var taxonomy = Taxonomy(
            "reading-lists: [list.md]\n" + Subsystems + $"posts:\n  - url: {url}\n    subsystems: [gc]\n"
                + "  - url: \"https://example.com/a b`c\"\n    subsystems: [gc]\n"
        );
        var dot = Programs.Find("dot");
        var run = dot is null
            ? Clrgraph("export", "--taxonomy", taxonomy)
            : Clrgraph("export", "--taxonomy", taxonomy, "--render", "svg");
        Assert.True(run.ExitCode == 0, run.All);
        var graphml = XDocument.Load(Path.Combine(_output, "clrgraph.graphml"));
        Assert.Contains(graphml.Descendants().Select(e => e.Value), v => v == safe);
        var dotText = File.ReadAllText(Path.Combine(_output, "clrgraph.dot"));
        Assert.Contains($"URL=\"{safe}\"", dotText, StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(_output, "explorer.html"));
        Assert.DoesNotContain("x\"onmouseover", page, StringComparison.Ordinal);
        if (dot is null)
        {
            return; // the SVG needs Graphviz; the DOT above is what it copies from
        }

        var svg = XDocument.Load(Path.Combine(_output, "clrgraph.svg"));
        var hrefs = svg.Descendants()
            .SelectMany(e => e.Attributes())
            .Where(a => a.Name.LocalName == "href")
            .Select(a => a.Value)
            .ToList();
        Assert.Contains(safe, hrefs);
        Assert.Contains("https://example.com/a%20b%60c", hrefs);
        var attributes = svg.Descendants().SelectMany(e => e.Attributes());
        Assert.DoesNotContain(attributes, a => a.Name.LocalName == "onmouseover");
    }

    [Theory] // found by the fuzz test: the Uri constructor throws where TryCreate says no
    [InlineData("//a:b:c")]
    [InlineData("//[::1")]
    [InlineData("//a b")]
    public void Relative_link_with_a_host_that_cannot_be_parsed_is_a_malformed_link(string target)
    {
        var bag = new DiagnosticBag();
        var list = ReadingListReader.Parse($"url=https://a.example/list/\n~~~~~~\n\n- [x](<{target}>)\n", "l.md", bag);
        Assert.Empty(list.Posts);
        Assert.Equal(DiagnosticCodes.MalformedLink, Assert.Single(bag.Sorted()).Code);
    }

    [Fact]
    public void Empty_or_nul_path_given_to_the_library_is_a_diagnostic()
    {
        foreach (var request in new[]
        {
            new LoadRequest("", [], false),
            new LoadRequest("a\0b.yaml", [], false),
            new LoadRequest(Taxonomy(), ["list\0.md"], false),
            new LoadRequest(Taxonomy(), [""], false),
        })
        {
            var d = Assert.Single(GraphPipeline.Load(request).Diagnostics);
            Assert.Equal(DiagnosticCodes.InvalidPath, d.Code);
            Assert.DoesNotContain('\0', d.ToString());
        }
    }

    // A valid taxonomy in the temporary folder (one subsystem, no list), or the given text.
    private string Taxonomy(string? text = null)
    {
        var path = _temp.File("taxonomy.yaml");
        File.WriteAllText(path, text ?? "reading-lists: []\n" + Subsystems + "posts: []\n");
        return path;
    }

    private ProgramResult Clrgraph(params string[] arguments)
    {
        // An export writes to the folder the test watches, unless the test gives its own --out.
        var watched = arguments[0] == "export" && !arguments.Contains("--out");
        string[] all = watched ? [.. arguments, "--out", _output] : arguments;

        return Programs.Clrgraph(all, timeoutSeconds: 30);
    }

    private void Refused(ProgramResult run, string code, string message)
    {
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.All}");
        Assert.Contains($"error {code}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.All, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
        Assert.Equal(_before, Snapshot(_output));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory
            .GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText, StringComparer.Ordinal);
}
