using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Export;

/// <summary>Each exporter's output on the small fixture, byte for byte (UPDATE_GOLDEN=1 rewrites the expected
/// files).</summary>
public class GoldenTests
{
    public static TheoryData<string> Files =>
        [
            "clrgraph.dot",
            "subsystems.dot",
            "clrgraph.graphml",
            "clrgraph.gexf",
            "nodes.csv",
            "edges.csv",
            "coverage.csv",
            "subsystems.csv",
            "subsystems/gc.dot",
            "subsystems/jit.dot",
            "guide.md",
        ];

    [Theory]
    [MemberData(nameof(Files))]
    public void Small_fixture_matches_its_golden_file(string name)
    {
        var files = Fixture.Export(Fixture.Load(Repo.Fixture("small")));
        Golden.Match("small/" + name, files[name]);
    }

    [Fact]
    public void Gexf_1_2draft_matches_its_golden_file()
    {
        var files = Fixture.Export(
            Fixture.Load(Repo.Fixture("small")),
            ClrGraph.Export.ExportOptions.Default with
            {
                GexfVersion = ClrGraph.Export.GexfVersion.Gexf12Draft,
            },
            [ClrGraph.Export.ExportFormat.Gexf]
        );
        Golden.Match("small/clrgraph.1.2draft.gexf", files["clrgraph.gexf"]);
    }

    [Fact]
    public void Every_output_is_utf8_without_bom_with_lf_line_ends()
    {
        foreach (var (name, bytes) in Fixture.Export(Fixture.Load(Repo.Fixture("hostile"))))
        {
            Assert.False(
                bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]),
                name + " starts with a BOM"
            );
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain(
                "\r\n",
                text.Replace("\"\r\n", "", StringComparison.Ordinal),
                StringComparison.Ordinal
            );
        }
    }
}
