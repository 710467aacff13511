using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ClrGraph.Building;
using ClrGraph.Export;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Export;

/// <summary>The per-subsystem diagrams (<c>subsystems/&lt;id&gt;.dot</c>) of the real taxonomy.</summary>
public class SubsystemFamilyTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // A tag that every post of the diagram would carry says nothing: the collector's posts were tagged "Garbage
    // collector" in the collector's own diagram.
    [Fact]
    public void No_post_is_tagged_with_the_subsystem_its_diagram_is_about()
    {
        var loaded = Fixture.Load(Repo.Taxonomy);
        var files = Fixture.Export(loaded, formats: [ExportFormat.Dot]);

        foreach (var top in loaded.Graph!.Subsystems().Where(s => s.IsTopLevel))
        {
            var dot = Encoding.UTF8.GetString(files["subsystems/" + top.SubsystemId + ".dot"]);
            Assert.DoesNotContain(Tags(dot), tag => tag == top.Name);
        }

        // Its parts tell its posts apart, and stay.
        var gc = Tags(Encoding.UTF8.GetString(files["subsystems/gc.dot"]));
        Assert.Contains("Suspension and safe points", gc);
        Assert.Contains("JIT and interpreter", gc);
    }

    // Graphviz stretched a row of tags across the post: a lone tag on the last row became a bar as wide as the title.
    [Fact]
    public void Graphviz_draws_a_tag_equally_wide_in_every_post()
    {
        var dot = Programs.Require("dot", "graphviz");
        var files = Fixture.Export(Fixture.Load(Repo.Taxonomy), formats: [ExportFormat.Dot]);
        var widths = new List<(string Tag, double Width)>();
        foreach (var (name, text) in files.Where(f => f.Key.StartsWith("subsystems/", StringComparison.Ordinal)))
        {
            var run = Programs.Run(dot, ["-Tsvg"], input: text);
            Assert.True(run.ExitCode == 0, run.Error);
            // A tag is its 8-point name on a filled rectangle drawn just before it.
            foreach (var label in XDocument.Parse(run.Out).Descendants(Svg + "text"))
            {
                if ((string?)label.Attribute("font-size") == "8.00"
                    && label.ElementsBeforeSelf().LastOrDefault() is { } fill
                    && fill.Name == Svg + "polygon")
                {
                    var xs = ((string)fill.Attribute("points")!)
                        .Split(' ')
                        .Select(p => double.Parse(p.Split(',')[0], CultureInfo.InvariantCulture))
                        .ToList();
                    widths.Add((label.Value, xs.Max() - xs.Min()));
                }
            }
        }

        Assert.Contains(widths, w => w.Tag == "Thread pool");
        foreach (var tag in widths.GroupBy(w => w.Tag, w => w.Width))
        {
            Assert.True(tag.Max() - tag.Min() <= 8, $"'{tag.Key}' is {tag.Min()} to {tag.Max()} points wide");
        }
    }

    private static List<string> Tags(string dot) =>
        [
            .. Regex
                .Matches(dot, "<TD BGCOLOR=\"[^\"]+\"[^>]*><FONT POINT-SIZE=\"8\">([^<]*)</FONT>")
                .Select(m => m.Groups[1].Value),
        ];
}
