using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.EndToEnd;

/// <summary>Ignore rules through the command line: a curated list's author links, threads and home pages.</summary>
public class IgnoreCliTests
{
    // As the paths are shown, relative to the working folder or whole.
    private const string Folder = "Fixtures/ignore/";

    [Fact]
    public void Check_counts_the_ignored_links_per_list_and_warns_of_a_pattern_that_matches_nothing()
    {
        var run = Programs.Clrgraph(["check", "--taxonomy", Repo.Fixture("ignore"), "--strict"]);
        Assert.True(run.ExitCode == 0, run.All); // a pattern that matches nothing is a warning, even with --strict
        Assert.Contains(
            Folder + "taxonomy.yaml:9:5: warning CG0029: ignore pattern 'example.com/never-linked/*' matches no link",
            run.Error,
            StringComparison.Ordinal
        );
        var ignored = Assert.Single(run.Out.Split('\n'), l => l.StartsWith("ignored: ", StringComparison.Ordinal));
        Assert.StartsWith("ignored: 6 links of ", ignored, StringComparison.Ordinal);
        Assert.EndsWith(Folder + "lists/awesome.md", ignored, StringComparison.Ordinal);
        Assert.Contains("3 posts, 2 subsystems, 1 reading list; 0 unmapped", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_names_only_the_lists_that_had_links_ignored()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("a.md"), "# A\n\n- [One post](https://a.example/1)\n- [Me](https://x.com/me)\n");
        File.WriteAllText(temp.File("b.md"), "# B\n\n- [Another post](https://a.example/2)\n");
        File.WriteAllText(
            temp.File("taxonomy.yaml"),
            "reading-lists: [a.md, b.md]\nignore: [x.com/*]\nposts:\n"
                + "  - url: https://a.example/1\n    subsystems: [gc]\n"
                + "  - url: https://a.example/2\n    subsystems: [gc]\n"
        );

        var run = Programs.Clrgraph(["check", "--taxonomy", temp.File("taxonomy.yaml")]);

        Assert.True(run.ExitCode == 0, run.All);
        var lines = run.Out.Split('\n');
        var ignored = Assert.Single(lines, line => line.StartsWith("ignored: ", StringComparison.Ordinal));
        Assert.StartsWith("ignored: 1 link of ", ignored, StringComparison.Ordinal);
        Assert.EndsWith("a.md", ignored, StringComparison.Ordinal);
    }

    // A README named instead of the list, or a page of profiles: check passed in silence, and the graph had a list
    // without posts. A list whose links are relative and skipped is told so by CG0015 alone.
    [Fact]
    public void Check_warns_of_a_list_without_posts_where_the_taxonomy_names_it()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("a.md"), "# A\n\n- [One post](https://a.example/1)\n");
        File.WriteAllText(temp.File("readme.md"), "# Notes\n\nNothing here yet.\n");
        File.WriteAllText(temp.File("people.md"), "- [Me](https://x.com/me)\n- [You](https://x.com/you)\n");
        File.WriteAllText(temp.File("relative.md"), "- [Design](docs/design.md)\n");
        File.WriteAllText(
            temp.File("taxonomy.yaml"),
            "reading-lists:\n  - a.md\n  - readme.md\n  - people.md\n  - relative.md\nignore: [x.com/*]\nposts:\n"
                + "  - url: https://a.example/1\n    subsystems: [gc]\n"
        );

        var run = Programs.Clrgraph(["check", "--taxonomy", temp.File("taxonomy.yaml")]);
        var strict = Programs.Clrgraph(["check", "--taxonomy", temp.File("taxonomy.yaml"), "--strict"]);

        Assert.True(run.ExitCode == 0, run.All);
        var taxonomy = temp.File("taxonomy.yaml");
        Assert.Equal(
            [
                $"{taxonomy}:3:5: warning CG0033: reading list '{temp.File("readme.md")}' "
                    + "has no link that reads as a post",
                $"{taxonomy}:4:5: warning CG0033: all 2 links of reading list '{temp.File("people.md")}' "
                    + "are ignored, so it has no post",
            ],
            run.Error.Split('\n')
                .Where(l => l.Contains("CG0033", StringComparison.Ordinal))
                .Select(l => l.Split(" (")[0])
        );
        Assert.Contains("CG0015", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(2, strict.Error.Split('\n').Count(l => l.Contains("error CG0033", StringComparison.Ordinal)));
    }

    [Fact]
    public void Export_leaves_ignored_links_out_of_every_file()
    {
        using var temp = new TempFolder();
        var run = Programs.Clrgraph(["export", "--taxonomy", Repo.Fixture("ignore"), "--out", temp.Path]);
        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("6 nodes", run.Out, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(temp.Path))
        {
            // Their addresses, that is: a note may still name them ("(discussion, reddit)").
            var text = File.ReadAllText(file);
            foreach (var ignored in new[] { "twitter.com", "ycombinator.com", "reddit.com" })
            {
                Assert.DoesNotContain(ignored, text, StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotMatch(@"github\.com[/-]adamsitnik(?![/-]awesome)", text);
        }

        // The kept posts are numbered as if the ignored links had never been there.
        var positions = File.ReadAllLines(Path.Combine(temp.Path, "edges.csv"))
            .Where(l => l.StartsWith("list:awesome,", StringComparison.Ordinal))
            .Select(l => l.Split(',')[^1]);
        Assert.Equal(["1", "2", "3"], positions);
    }

    [Fact]
    public void A_mapped_post_that_a_pattern_also_matches_fails_the_check()
    {
        using var temp = new TempFolder();
        var taxonomy = temp.File("taxonomy.yaml");
        var text = File.ReadAllText(Repo.Fixture("ignore"))
            .Replace(
                "github.com/adamsitnik            # one profile page, exactly",
                "github.com/adamsitnik/*",
                StringComparison.Ordinal
            );
        File.WriteAllText(taxonomy, text);
        Directory.CreateDirectory(temp.File("lists"));
        File.Copy(Path.Combine(Repo.Fixtures, "ignore", "lists", "awesome.md"), temp.File("lists/awesome.md"));
        var run = Programs.Clrgraph(["check", "--taxonomy", taxonomy]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(
            "taxonomy.yaml:20:10: error CG0030: post "
                + "'https://github.com/adamsitnik/awesome-dot-net-performance/blob/master/gc.md' is mapped under "
                + "'posts:', "
                + "but ignore pattern 'github.com/adamsitnik/*' at line 8 also matches it",
            run.Error,
            StringComparison.Ordinal
        );
        Assert.Single(run.Error.Split('\n'), l => l.Contains(": error ", StringComparison.Ordinal)); // no follow-on
    }
}
