using ClrGraph.Building;
using ClrGraph.Reading;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Building;

/// <summary>Default colours: distinct top-level ones, none like a colour the user set, tints for children.</summary>
public class PaletteTests
{
    [Fact]
    public void OkLab_distance_of_known_colours()
    {
        // Reference values from the OKLab definition (Björn Ottosson): white is L 1, black L 0, red L 0.628.
        Assert.Equal(1, Colors.OkLab("#ffffff").L, 3);
        Assert.Equal(0, Colors.OkLab("#000000").L, 3);
        Assert.Equal((0.628, 0.225, 0.126), Round(Colors.OkLab("#ff0000")));
        Assert.Equal(0, Distance("#1f77b4", "#1f77b4"));
        Assert.Equal(1, Distance("#ffffff", "#000000"), 3);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(24)]
    [InlineData(40)]
    public void Defaults_for_many_top_level_subsystems_are_all_distinct(int count)
    {
        var topLevel = Enumerable.Range(0, count).Select(i => ($"s{i}", (string?)null)).ToList();
        var colors = Colors.ForTopLevel(topLevel).Values.ToList();
        Assert.Equal(count, colors.Distinct(StringComparer.Ordinal).Count());
        var closest = colors.SelectMany((a, i) => colors.Skip(i + 1).Select(b => Distance(a, b))).Min();
        Assert.True(closest >= (count <= 24 ? Colors.MinDistance : 0.04), $"two colours only {closest:0.000} apart");
    }

    [Fact]
    public void The_first_defaults_are_the_colours_clrgraph_always_gave()
    {
        var colors = Colors.ForTopLevel([("a", null), ("b", null), ("c", null)]);
        Assert.Equal(["#1f77b4", "#ff7f0e", "#2ca02c"], new[] { colors["a"], colors["b"], colors["c"] });
    }

    [Fact]
    public void A_default_never_looks_like_a_colour_set_on_another_subsystem()
    {
        // The user took the first default exactly, and something very close to the second.
        var colors = Colors.ForTopLevel([("a", "#1F77B4"), ("b", null), ("c", "#fe800f"), ("d", null)]);
        Assert.Equal("#1f77b4", colors["a"]);
        Assert.Equal("#fe800f", colors["c"]);
        Assert.Equal("#2ca02c", colors["b"]);
        Assert.Equal("#d62728", colors["d"]);
        foreach (var own in new[] { "#1f77b4", "#fe800f" })
        {
            Assert.True(Distance(colors["b"], own) >= Colors.MinDistance);
            Assert.True(Distance(colors["d"], own) >= Colors.MinDistance);
        }
    }

    // A real list made the built-in thread pool (#2ca02c) a part of threading; its second new top-level subsystem,
    // "Runtime design", then got the same green by default (the first two defaults went to its new "Performance" and
    // the built-in collector).
    [Fact]
    public void A_default_never_repeats_the_colour_of_a_part()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("list.md"), "- [A](https://a.example/a)\n");
        File.WriteAllText(
            folder.File("taxonomy.yaml"),
            """
            reading-lists: [list.md]
            subsystems:
              - { id: gc, name: Garbage collector }
              - { id: perf, name: Performance in practice }
              - { id: runtime, name: Runtime design }
              - { id: threading, name: Threading }
              - { id: threadpool, name: Thread pool, parent: threading }
            posts:
              - { url: "https://a.example/a", subsystems: [gc, perf, runtime, threadpool] }
            """
        );

        var subsystems = Fixture.Load(folder.File("taxonomy.yaml")).Graph!.SubsystemsById();

        Assert.Equal("#2ca02c", subsystems["threadpool"].Color);
        Assert.True(Distance(subsystems["runtime"].Color, "#2ca02c") >= Colors.MinDistance);
    }

    [Fact]
    public void When_the_palette_is_used_up_the_defaults_stay_away_from_the_users_colours()
    {
        var user = new[] { "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf" };
        var topLevel = user.Select((c, i) => ($"u{i}", (string?)c))
            .Concat(Enumerable.Range(0, 30).Select(i => ($"d{i}", (string?)null)))
            .ToList();
        var colors = Colors.ForTopLevel(topLevel);
        foreach (var i in Enumerable.Range(0, 30))
        {
            Assert.DoesNotContain(colors[$"d{i}"], user);
            Assert.True(user.Min(u => Distance(u, colors[$"d{i}"])) > 0.04);
        }
    }

    [Fact]
    public void Exporter_tints_round_halves_to_even() => Assert.Equal("#e26868", Colors.Tint("#d62728", 0.3));

    [Fact]
    public void Tints_get_lighter_for_each_sibling_and_repeat()
    {
        Assert.Equal("#e26869", Colors.ChildTint("#d62728", 0)); // 0.3 of the way to white; 104.5 rounds up
        Assert.Equal("#e88889", Colors.ChildTint("#d62728", 1));
        Assert.Equal("#efa9a9", Colors.ChildTint("#d62728", 2));
        Assert.Equal(Colors.ChildTint("#d62728", 0), Colors.ChildTint("#d62728", 3));
    }

    [Fact]
    public void Children_without_a_colour_are_tints_of_their_parent_in_the_graph()
    {
        var graph = Fixture.Load(Repo.Fixture("small")).Graph!;
        var interpreter = graph.Subsystems().Single(s => s.SubsystemId == "interpreter");
        var jit = graph.Subsystems().Single(s => s.SubsystemId == "jit");
        Assert.Equal("#d62728", jit.Color);
        Assert.Equal("#e26869", interpreter.Color);
    }

    private static double Distance(string a, string b) => Colors.Distance(Colors.OkLab(a), Colors.OkLab(b));

    private static (double, double, double) Round((double L, double A, double B) c) =>
        (Math.Round(c.L, 3), Math.Round(c.A, 3), Math.Round(c.B, 3));
}
