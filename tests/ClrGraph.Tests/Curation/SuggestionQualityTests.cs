using ClrGraph.Curation;
using ClrGraph.Diagnostics;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Curation;

/// <summary>
/// Leave-one-out quality of <c>suggest</c> on real reading lists: each mapped post's subsystems are hidden in turn.
/// The floors sit a few points below what was measured, so a change that makes suggestions worse fails here.
/// </summary>
public sealed class SuggestionQualityTests(ITestOutputHelper output)
{
    public static TheoryData<string, double, double> Taxonomies =>
        new()
        {
            { Path.Combine("real", "awesome-dot-net-performance"), 0.74, 0.87 },
            { Path.Combine("real", "dotnet-internals-resources"), 0.70, 0.78 },
            { "", 0.79, 0.88 },
        };

    [Theory]
    [MemberData(nameof(Taxonomies))]
    public void Suggestions_agree_with_the_curator(string fixture, double top1Floor, double inSuggestionsFloor)
    {
        var path = fixture.Length == 0 ? Repo.Taxonomy : Repo.Fixture(fixture);
        var input = SuggestionEvaluation.Load(path);

        var quality = SuggestionEvaluation.LeaveOneOut(input);
        var cold = SuggestionEvaluation.Cold(input);
        var half = SuggestionEvaluation.Half(input);

        var name = fixture.Length == 0 ? "taxonomy/taxonomy.yaml" : fixture;
        output.WriteLine($"{name} cold: {cold}");
        output.WriteLine($"{name} half: {half}");
        output.WriteLine($"{name} leave-one-out: {quality}");
        if (Environment.GetEnvironmentVariable("QUALITY_REPORT") is { } report)
        {
            File.AppendAllText(report, $"{name} cold: {cold}\n{name} half: {half}\n{name} loo: {quality}\n");
            File.AppendAllLines(report + ".misses", cold.Misses.Select(m => $"{name} cold {m.Primary} [{m.Suggested}] {m.Key}"));
        }
        foreach (var (key, primary, suggested) in cold.Misses)
        {
            output.WriteLine($"  cold missed {primary,-14} suggested [{suggested}] {key}");
        }

        Assert.True(quality.Top1 >= top1Floor, $"top-1 {quality.Top1:P1} below {top1Floor:P0}");
        Assert.True(
            quality.InSuggestions >= inSuggestionsFloor,
            $"in suggestions {quality.InSuggestions:P1} below {inSuggestionsFloor:P0}"
        );
    }
}
