using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClrGraph.Export;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Export;

/// <summary>The overview diagram of the subsystems (<c>subsystems.dot</c>).</summary>
public class SubsystemOverviewTests
{
    [Fact]
    public void A_line_that_one_post_explains_says_so_in_the_singular()
    {
        var loaded = Fixture.Load(Repo.Taxonomy);
        var dot = Encoding.UTF8.GetString(Fixture.Export(loaded, formats: [ExportFormat.Dot])["subsystems.dot"]);

        Assert.Contains(
            "tooltip=\"ReadyToRun and Native AOT is part of JIT and interpreter; 1 post explains both\"",
            dot,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("1 post explain both", dot, StringComparison.Ordinal);
        Assert.Contains("2 posts explain both", dot, StringComparison.Ordinal);
    }

    // A short list whose posts join a few subsystems in a chain: Graphviz lays every line out near the length it asks
    // for, rather than pushing the circles apart into a picture several times taller than its lines.
    [Fact]
    public void Graphviz_draws_a_sparse_overview_with_lines_near_their_length()
    {
        var dot = Programs.Require("dot", "graphviz");
        using var folder = new TempFolder();
        File.WriteAllText(
            folder.File("list.md"),
            "- [A](https://a.example/a)\n- [B](https://a.example/b)\n- [C](https://a.example/c)\n"
                + "- [D](https://a.example/d)\n"
        );
        File.WriteAllText(
            folder.File("taxonomy.yaml"),
            """
            reading-lists: [list.md]
            posts:
              - { url: "https://a.example/a", subsystems: [threading, memory] }
              - { url: "https://a.example/b", subsystems: [threadpool, host] }
              - { url: "https://a.example/c", subsystems: [gc] }
              - { url: "https://a.example/d", subsystems: [overview] }
            """
        );
        var overview = Encoding.UTF8.GetString(
            Fixture.Export(Fixture.Load(folder.File("taxonomy.yaml")), formats: [ExportFormat.Dot])["subsystems.dot"]
        );

        var plain = Programs.Run(dot, ["-Tplain"], input: Encoding.UTF8.GetBytes(overview));

        Assert.Equal(0, plain.ExitCode);
        var at = plain.Out.Split('\n')
            .Select(line => line.Split(' '))
            .Where(f => f[0] == "node")
            .ToDictionary(f => f[1].Trim('"'), f => (X: Number(f[2]), Y: Number(f[3])));
        var lines = Regex.Matches(overview, "\"(subsystem:[^\"]+)\" -- \"(subsystem:[^\"]+)\" \\[.*len=\"([0-9.]+)\"");
        Assert.True(lines.Count >= 4, overview);
        foreach (Match line in lines)
        {
            var (a, b) = (at[line.Groups[1].Value], at[line.Groups[2].Value]);
            var drawn = Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));
            var length = Number(line.Groups[3].Value);
            Assert.True(drawn < 1.5 * length, $"{line.Value}: drawn {drawn:0.00} in, asked {length} in");
        }
    }

    // A top-level subsystem of one post beside one of twenty is a small circle; its long name ("Type system and type
    // loader", at the top level's larger type) ran past it. Graphviz's own measure of each line (xdot's text width)
    // must lie inside the circle it draws.
    [Fact]
    public void Graphviz_draws_every_subsystem_s_name_inside_its_circle()
    {
        var dot = Programs.Require("dot", "graphviz");
        using var folder = new TempFolder();
        var gc = Enumerable.Range(0, 20).Select(i => $"https://a.example/gc{i}").ToList();
        File.WriteAllText(
            folder.File("list.md"),
            string.Concat(gc.Concat(["https://a.example/types", "https://a.example/all"]).Select(u => $"- <{u}>\n"))
        );
        File.WriteAllText(
            folder.File("taxonomy.yaml"),
            "reading-lists: [list.md]\nposts:\n"
                + string.Concat(gc.Select(u => $"  - {{ url: \"{u}\", title: GC, subsystems: [gc, threading] }}\n"))
                + "  - { url: \"https://a.example/types\", title: Types, subsystems: [type-loader, gc] }\n"
                + "  - { url: \"https://a.example/all\", title: All, subsystems: [overview, strings-arrays] }\n"
        );
        var overview = Encoding.UTF8.GetString(
            Fixture.Export(Fixture.Load(folder.File("taxonomy.yaml")), formats: [ExportFormat.Dot])["subsystems.dot"]
        );

        var xdot = Programs.Run(dot, ["-Txdot"], input: Encoding.UTF8.GetBytes(overview));

        Assert.Equal(0, xdot.ExitCode);
        var nodes = Regex.Matches(
            xdot.Out.Replace("\\\n", "", StringComparison.Ordinal),
            "\"(subsystem:[^\"]+)\"\\s*\\[[^\\]]*?_draw_=\"[^\"]*?E ([-0-9. ]+)\""
                + "[^\\]]*?_ldraw_=\"F ([0-9.]+) [^\"]*?\"",
            RegexOptions.Singleline
        );
        Assert.Contains(nodes, n => n.Groups[1].Value == "subsystem:type-loader");
        foreach (Match node in nodes)
        {
            var circle = node.Groups[2].Value.Trim().Split(' ').Select(Number).ToArray();
            var size = Number(node.Groups[3].Value);
            var texts = Regex.Matches(node.Value, "T ([-0-9.]+) ([-0-9.]+) 0 ([0-9.]+) [0-9]+ -(.*?)(?= F | *\")");
            Assert.NotEmpty(texts);
            foreach (Match text in texts)
            {
                var (x, y) = (Number(text.Groups[1].Value), Number(text.Groups[2].Value));
                var w = Number(text.Groups[3].Value);
                foreach (var (cx, cy) in new[] { (x - (w / 2), y - (0.25 * size)), (x + (w / 2), y + (0.75 * size)) })
                {
                    var reach = Math.Sqrt(Math.Pow(cx - circle[0], 2) + Math.Pow(cy - circle[1], 2));
                    Assert.True(
                        reach <= circle[2] + 0.5,
                        $"{node.Groups[1].Value}: '{text.Groups[4].Value}' reaches {reach:0.0} pt of {circle[2]:0.0}"
                    );
                }
            }
        }
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
