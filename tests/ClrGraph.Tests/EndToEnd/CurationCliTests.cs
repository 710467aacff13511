using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.EndToEnd;

/// <summary>A new curator's way through the command line: init or suggest, review, check --strict.</summary>
public sealed class CurationCliTests
{
    private static string AwesomeList =>
        Path.Combine(Repo.Fixtures, "real", "awesome-dot-net-performance", "lists", "awesome-dot-net-performance.md");

    private static string CopyAwesomeList(TempFolder temp)
    {
        var list = temp.File("awesome.md");
        File.Copy(AwesomeList, list);
        return list;
    }

    [Fact]
    public void Lists_and_ignore_rules_then_suggest_paste_review_and_strict_passes()
    {
        using var temp = new TempFolder();
        CopyAwesomeList(temp);
        var ignore = File.ReadAllLines(Repo.Fixture(Path.Combine("real", "awesome-dot-net-performance")))
            .SkipWhile(l => l != "ignore:")
            .TakeWhile(l => l.Length > 0);
        var taxonomy = temp.File("taxonomy.yaml");
        File.WriteAllText(taxonomy, "reading-lists:\n  - awesome.md\n" + string.Join('\n', ignore) + "\nposts:\n");

        var suggested = Programs.Clrgraph(["suggest", "--taxonomy", taxonomy]);
        Assert.True(suggested.ExitCode == 0, suggested.All);
        var items = suggested.Out.Split('\n').Count(l => l.StartsWith("  - url: ", StringComparison.Ordinal));
        Assert.Equal(items, suggested.Out.Split('\n').Count(l => l == "    suggested: true"));
        Assert.InRange(items, 150, 260);
        File.AppendAllText(taxonomy, suggested.Out);

        var relaxed = Programs.Clrgraph(["check", "--taxonomy", taxonomy]);
        Assert.True(relaxed.ExitCode == 0, relaxed.All);
        Assert.Single(relaxed.Error.Split('\n'), l => l.Contains("CG0065", StringComparison.Ordinal));

        var strict = Programs.Clrgraph(["check", "--strict", "--taxonomy", taxonomy]);
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(items, strict.Error.Split('\n').Count(l => l.Contains("error CG0065", StringComparison.Ordinal)));

        var reviewed = File.ReadAllLines(taxonomy).Where(l => l != "    suggested: true");
        File.WriteAllLines(taxonomy, reviewed);
        var passed = Programs.Clrgraph(["check", "--strict", "--taxonomy", taxonomy]);
        // Only the list's own title conflicts are left (a course listed twice under two hosts).
        Assert.All(
            passed
                .Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Where(l => l.Contains(" error ", StringComparison.Ordinal)),
            l => Assert.Contains("error CG0019", l, StringComparison.Ordinal)
        );
        Assert.DoesNotContain("CG0065", passed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CG0017", passed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CG0018", passed.Error, StringComparison.Ordinal);
    }

    // A full disk left an empty taxonomy.yaml, which the next init then refused to overwrite.
    [Fact]
    public void Init_on_a_full_disk_leaves_no_file_and_says_why()
    {
        using var temp = new TempFolder();
        CopyAwesomeList(temp);
        using var disk = SmallDisk.Mount(temp, freeKiB: 4); // the starter taxonomy is over 100 KiB

        var run = Programs.Clrgraph(["init", temp.File("awesome.md"), "--out", disk.File("taxonomy.yaml")]);

        SmallDisk.AssertReported(run, "the taxonomy");
        Assert.Equal(["filler"], Directory.GetFileSystemEntries(disk.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Init_writes_a_taxonomy_that_check_accepts_with_warnings_only_and_never_overwrites_it()
    {
        using var temp = new TempFolder();
        CopyAwesomeList(temp);

        var run = Programs.Clrgraph(["init", "awesome.md"], temp.Path);
        Assert.True(run.ExitCode == 0, run.All);
        var text = File.ReadAllText(temp.File("taxonomy.yaml"));
        Assert.Contains("reading-lists:\n  - awesome.md\n", text, StringComparison.Ordinal);
        Assert.Matches(@"\n  - github\.com/jkotas +# a profile page: ""Jan Kotas""\n", text);
        Assert.Matches(@"\n  - mattwarren\.org +# a home page: ""Matt Warren""\n", text);
        // Four of Sasha Goldshtein's posts are listed by their archive copies alone: posts, not copies beside one.
        Assert.DoesNotContain("  - web.archive.org", text, StringComparison.Ordinal);
        Assert.Contains(
            "  - url: https://web.archive.org/web/20190814051906/http://blogs.microsoft.co.il/sasha/2007/12/27/on-",
            text,
            StringComparison.Ordinal
        );

        // check finds the taxonomy.yaml that init wrote in the working folder, as init's last words say.
        Assert.EndsWith("then run 'clrgraph check'\n", run.Out, StringComparison.Ordinal);
        var check = Programs.Clrgraph(["check"], temp.Path);
        Assert.True(check.ExitCode == 0, check.All);
        Assert.DoesNotContain(" error ", check.Error, StringComparison.Ordinal);
        Assert.Contains("taxonomy.yaml:", check.Error, StringComparison.Ordinal);
        Assert.Contains("warning CG0065", check.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("CG0029", check.Error, StringComparison.Ordinal); // every pattern matches
        Assert.Contains("0 unmapped", check.Out, StringComparison.Ordinal);

        // The same file named in full, in this process: a launch costs a second of CPU, and the refusal is one path.
        var again = Programs.Clrgraph(["init", temp.File("awesome.md"), "--out", temp.File("taxonomy.yaml")]);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("error CG0067", again.Error, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(temp.File("taxonomy.yaml")));
    }

    [Fact]
    public void Init_out_names_the_file_and_lists_are_relative_to_it()
    {
        using var temp = new TempFolder();
        CopyAwesomeList(temp);

        var run = Programs.Clrgraph(["init", "awesome.md", "--out", "taxonomy/taxonomy.yaml"], temp.Path);

        Assert.True(run.ExitCode == 0, run.All);
        var text = File.ReadAllText(temp.File(Path.Combine("taxonomy", "taxonomy.yaml")));
        Assert.Contains("reading-lists:\n  - ../awesome.md\n", text, StringComparison.Ordinal);
        Assert.EndsWith("then run 'clrgraph check'\n", run.Out, StringComparison.Ordinal);
        var written = temp.File(Path.Combine("taxonomy", "taxonomy.yaml"));
        Assert.Equal(0, Programs.Clrgraph(["check", "--taxonomy", written]).ExitCode);

        var elsewhere = Programs.Clrgraph(["init", temp.File("awesome.md"), "--out", temp.File("mine.yaml")]);
        Assert.True(elsewhere.ExitCode == 0, elsewhere.All);
        var command = $"then run 'clrgraph check --taxonomy {temp.File("mine.yaml")}'\n";
        Assert.EndsWith(command, elsewhere.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("taxonomy/", false)]
    [InlineData("taxonomy", true)]
    public void Init_out_a_folder_writes_taxonomy_yaml_in_it(string output, bool exists)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("list.md"), "- [Background GC](https://example.com/background-gc)\n");
        if (exists)
        {
            Directory.CreateDirectory(temp.File("taxonomy"));
        }

        var run = Programs.Clrgraph(["init", "list.md", "--out", output], temp.Path);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("reading-lists:\n  - ../list.md\n", File.ReadAllText(temp.File("taxonomy/taxonomy.yaml")));
        Assert.EndsWith("then run 'clrgraph check'\n", run.Out, StringComparison.Ordinal);
    }

    // "### Dynamic PGO" over "Slides: [slides](…)": the post was titled "slides", with a warning that asked the
    // curator to write a title. init proposes one from the heading, to review with the item; a heading that is only a
    // kind of link ("Videos"), or a group in bold whose words say nothing ("**Links**"), proposes none, and the
    // warning stays. A cheat sheet's "### 🟡 `StringPool`" over "[Official Reference](…)" is StringPool's
    // reference, without the rating its heading opens with; a tools list's "## Event Viewer (`eventvwr`) ⚠️" over
    // "[page](…)" is its page, without the marks its heading ends with.
    [Fact]
    public void Init_titles_a_link_that_says_nothing_alone_by_its_heading()
    {
        using var temp = new TempFolder();
        File.WriteAllText(
            temp.File("list.md"),
            "## JIT\n\n### Dynamic PGO\n\nSlides: [slides](https://a.example/pgo.pdf)\n\n"
                + "## Videos\n\n- [video](https://a.example/v)\n\n"
                + "## CLRMD\n\n**Links**\n\n- [slides](https://a.example/clrmd.pdf)\n\n"
                + "### 🟡 `StringPool`\n\n[Official Reference](https://a.example/stringpool)\n"
                + "## Event Viewer (`eventvwr`) ⚠️\n[page](https://a.example/eventvwr) \\\n*When:* a crash.\n"
        );

        var run = Programs.Clrgraph(["init", temp.File("list.md"), "--out", temp.File("taxonomy.yaml")]);

        Assert.True(run.ExitCode == 0, run.All);
        var text = File.ReadAllText(temp.File("taxonomy.yaml"));
        Assert.Contains(
            "  - url: https://a.example/pgo.pdf\n    title: Dynamic PGO (slides)  # read from its heading\n",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "  - url: https://a.example/stringpool\n    title: StringPool (reference)  # read from its heading\n",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "  - url: https://a.example/eventvwr\n    title: Event Viewer (eventvwr) (page)  # read from its heading\n",
            text,
            StringComparison.Ordinal
        );
        Assert.Contains("  - url: https://a.example/v\n    subsystems:", text, StringComparison.Ordinal);
        Assert.Contains("  - url: https://a.example/clrmd.pdf\n    subsystems:", text, StringComparison.Ordinal);
        var check = Programs.Clrgraph(["check", "--taxonomy", temp.File("taxonomy.yaml")]);
        Assert.Equal(
            ["link text 'video' says nothing alone", "link text 'slides' says nothing alone"],
            check.Error.Split('\n').Where(l => l.Contains("CG0028", StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf("CG0028: ", StringComparison.Ordinal) + 8)..].Split(',')[0])
        );
    }

    // A file with no link (a README that is not the list, a list still to be written) gave "wrote taxonomy.yaml: 0
    // posts marked 'suggested: true', 0 ignore patterns; review them".
    [Fact]
    public void Init_of_a_file_without_links_says_so()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("notes.md"), "# Notes\n\nNothing here yet.\n");

        var run = Programs.Clrgraph(["init", temp.File("notes.md"), "--out", temp.File("taxonomy.yaml")]);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Equal(
            $"wrote {temp.File("taxonomy.yaml")} without posts: no link of {temp.File("notes.md")} reads as a post "
                + "(is that the reading list?)\n",
            run.Out
        );
    }

    [Fact]
    public void Suggest_with_nothing_unmapped_says_so()
    {
        var run = Programs.Clrgraph(["suggest", "--taxonomy", Repo.Taxonomy]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("every post is mapped; there is nothing to suggest", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_lists_each_unmapped_post_once()
    {
        var run = Programs.Clrgraph(["check", "--taxonomy", Repo.Fixture("small")]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1, run.All.Split("no-gc").Length - 1);
    }

    [Fact]
    public void A_folder_given_as_taxonomy_gets_its_own_message()
    {
        var run = Programs.Clrgraph(["check", "--taxonomy", Path.Combine(Repo.Root, "taxonomy")]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--taxonomy is a folder, not a taxonomy file", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_given_as_taxonomy_points_to_the_file_a_run_in_it_would_find()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("taxonomy"));
        File.WriteAllText(temp.File("taxonomy.yaml"), "reading-lists: []\n");
        File.WriteAllText(temp.File("taxonomy/taxonomy.yaml"), "reading-lists: []\n");

        var run = Programs.Clrgraph(["check", "--taxonomy", temp.Path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("did you mean '" + Path.Combine(temp.Path, "taxonomy", "taxonomy.yaml"), run.Error,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Export_with_a_taxonomy_and_no_out_writes_beside_it_and_prints_the_absolute_folder()
    {
        using var temp = new TempFolder();
        CopyAwesomeList(temp);
        var taxonomy = temp.File("taxonomy.yaml");
        Assert.Equal(0, Programs.Clrgraph(["init", temp.File("awesome.md"), "--out", taxonomy]).ExitCode);
        using var elsewhere = new TempFolder();

        var run = Programs.Clrgraph(
            ["export", "--taxonomy", taxonomy, "--format", "csv"],
            elsewhere.Path
        );

        Assert.True(run.ExitCode == 0, run.All);
        Assert.True(File.Exists(temp.File(Path.Combine("output", "nodes.csv"))));
        Assert.Empty(Directory.GetFileSystemEntries(elsewhere.Path));
        Assert.Contains($"to {temp.File("output")}", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export --fromat dot", "unknown option '--fromat' for 'export' (did you mean '--format'?)")]
    [InlineData("export --layout dott", "unknown value 'dott' for --layout (did you mean 'Dot'?); choose from")]
    [InlineData("export --format dott", "unknown format 'dott' (did you mean 'dot'?)")]
    [InlineData("check --stirct", "unknown option '--stirct' for 'check' (did you mean '--strict'?)")]
    // The value of a misspelt option is no error of its own, even when a good option has the same value before it.
    [InlineData("export --format dot --fromat dot", "unknown option '--fromat' for 'export' (did you mean")]
    [InlineData("export --format svg", "svg is a picture of the DOT diagrams, not a format: add --render svg")]
    public void Misspelt_options_and_values_get_a_did_you_mean(string arguments, string message)
    {
        var run = Programs.Clrgraph(arguments.Split(' '));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("clrgraph: " + message, run.Error, StringComparison.Ordinal);
        Assert.Equal(2, run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // and "Try ..."
    }

    // Only one value after a misspelt option is its value: a second one is a stray argument, and is said; the help
    // to read is the command's.
    [Fact]
    public void A_stray_argument_after_a_misspelt_options_value_is_still_an_error()
    {
        var run = Programs.Clrgraph(["export", "--fromat", "dot", "dot"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            [
                "clrgraph: unknown option '--fromat' for 'export' (did you mean '--format'?)",
                "clrgraph: unexpected argument 'dot' for 'export'",
                "Try 'clrgraph export --help'.",
            ],
            run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        );
    }
}
