namespace ClrGraph.Tests.Curation;

/// <summary>
/// The quality of <c>suggest</c> on real reading lists, a benchmark rather than a timed test: cold (no post mapped:
/// the built-in tree and the taxonomy's own subsystems), half (every other post mapped) and ten-fold (every tenth post
/// hidden in turn, the other nine tenths mapped). The floors sit a few points below what was measured, so a change
/// that makes suggestions worse fails here; the figures are printed in the test output.
/// </summary>
public sealed class SuggestionQualityTests(ITestOutputHelper output)
{
    /// <summary>Top-1 and among-the-suggestions floors: cold, half, ten-fold.</summary>
    public static TheoryData<string, double[]> Taxonomies =>
        new()
        {
            // measured: cold 82.9/91.2, half 89.2/91.2, ten-fold 85.4/93.7
            { Path.Combine("real", "awesome-dot-net-performance"), [0.80, 0.88, 0.86, 0.88, 0.84, 0.90] },
            // measured: cold 82.4/90.2, half 83.3/94.1, ten-fold 82.9/92.7
            { Path.Combine("real", "dotnet-internals-resources"), [0.79, 0.88, 0.80, 0.91, 0.80, 0.89] },
            // measured: cold 86.2/87.9, half 93.1/93.1, ten-fold 91.4/96.6
            { "", [0.83, 0.85, 0.88, 0.89, 0.88, 0.92] },
        };

    [Theory]
    [MemberData(nameof(Taxonomies))]
    public void Suggestions_agree_with_the_curator(string fixture, double[] floors)
    {
        var path = fixture.Length == 0 ? Support.Repo.Taxonomy : Support.Repo.Fixture(fixture);
        var input = SuggestionEvaluation.Load(path);
        var name = fixture.Length == 0 ? "taxonomy/taxonomy.yaml" : fixture;

        SuggestionQuality[] measured =
        [
            SuggestionEvaluation.Cold(input),
            SuggestionEvaluation.Half(input),
            SuggestionEvaluation.TenFold(input),
        ];

        string[] modes = ["cold", "half", "ten-fold"];
        for (var i = 0; i < measured.Length; i++)
        {
            output.WriteLine($"{name} {modes[i]}: {measured[i]}");
        }

        for (var i = 0; i < measured.Length; i++)
        {
            foreach (var (key, primary, suggested, why) in measured[i].Misses)
            {
                output.WriteLine($"  {modes[i]} miss: primary {primary,-14} suggested [{suggested}] {key}");
                output.WriteLine($"      {why}");
            }
        }

        for (var i = 0; i < measured.Length; i++)
        {
            var (top, among) = (floors[2 * i], floors[(2 * i) + 1]);
            Assert.True(measured[i].Top1 >= top, $"{modes[i]}: top-1 {measured[i].Top1:P1} below {top:P0}");
            Assert.True(
                measured[i].InSuggestions >= among,
                $"{modes[i]}: in suggestions {measured[i].InSuggestions:P1} below {among:P0}"
            );
        }
    }
}
