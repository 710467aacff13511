using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.EndToEnd;

/// <summary><c>clrgraph generate</c> on a disk that fills up, and its bounds.</summary>
public class GenerateTests
{
    [Theory]
    [InlineData("taxonomy.yaml")]
    [InlineData("lists/list-000.md")]
    public void A_generate_where_a_taxonomy_or_lists_are_refuses_and_writes_nothing(string existing)
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("lists"));
        File.WriteAllText(temp.File(existing), "# the user's\n");

        var run = Programs.Clrgraph(["generate", "--out", temp.Path, "--posts", "5"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error CG0067", run.Error, StringComparison.Ordinal);
        Assert.Equal("# the user's\n", File.ReadAllText(temp.File(existing)));
        Assert.Single(Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_generate_on_a_full_disk_says_so_and_leaves_nothing()
    {
        using var temp = new TempFolder();
        using var disk = SmallDisk.Mount(temp, freeKiB: 8);

        var run = Programs.Clrgraph(["generate", "--out", disk.File("corpus"), "--posts", "2000"]);

        SmallDisk.AssertReported(run, "the corpus");
        Assert.Equal(
            ["filler"],
            Directory.GetFiles(disk.Path, "*", SearchOption.AllDirectories).Select(Path.GetFileName)
        );
    }

    [Fact]
    public void A_generate_stopped_by_a_full_disk_leaves_no_taxonomy()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "ulimit -f stands for a full disk on Linux");
        using var temp = new TempFolder();
        var taxonomy = temp.File("taxonomy.yaml");
        var dll = Path.Combine(AppContext.BaseDirectory, "clrgraph.dll");
        // At most 2 MB per file: the lists and the taxonomy of 40,000 posts are larger. The runtime's W^X mapping
        // counts against the limit too, so it is turned off.
        var run = Programs.Run(
            "bash",
            ["-c", $"ulimit -f 2000; exec dotnet '{dll}' generate --out '{temp.Path}' --posts 40000"],
            environment: new Dictionary<string, string?> { ["DOTNET_EnableWriteXorExecute"] = "0" }
        );

        Assert.NotEqual(0, run.ExitCode);
        Assert.False(File.Exists(taxonomy)); // the lists come first: no taxonomy names lists cut short
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1000001")]
    public void Posts_out_of_bounds_are_a_usage_error(string posts)
    {
        using var temp = new TempFolder();
        var run = Programs.Clrgraph(["generate", "--out", temp.Path, "--posts", posts]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--posts must be 1 to 1,000,000", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
