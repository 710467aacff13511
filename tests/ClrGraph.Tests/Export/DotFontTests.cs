using System.Xml.Linq;
using ClrGraph.Export;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Export;

/// <summary>The one font of every DOT file, as Graphviz draws it.</summary>
public class DotFontTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // The legend's line labels ("lists", "primary") were in Times: no edge font was set, and Graphviz's is Times.
    [Theory]
    [InlineData(DotLayout.Dot)]
    [InlineData(DotLayout.Sfdp)]
    public void Graphviz_draws_every_text_of_every_diagram_in_helvetica(DotLayout layout)
    {
        var dot = Programs.Require("dot", "graphviz");
        var files = Fixture.Export(
            Fixture.Load(Repo.Fixture("small")),
            ExportOptions.Default with { Layout = layout },
            [ExportFormat.Dot]
        );

        foreach (var (name, text) in files)
        {
            var run = Programs.Run(dot, ["-Tsvg"], input: text);
            Assert.True(run.ExitCode == 0, run.Error);
            var texts = XDocument.Parse(run.Out).Descendants(Svg + "text").ToList();
            Assert.NotEmpty(texts);
            foreach (var label in texts)
            {
                var font = (string?)label.Attribute("font-family") ?? "";
                var where = $"{name}: '{label.Value}' in {font}";
                Assert.True(font.StartsWith("Helvetica", StringComparison.Ordinal), where);
            }
        }
    }
}
