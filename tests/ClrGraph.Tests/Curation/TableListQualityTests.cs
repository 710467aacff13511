using ClrGraph.Curation;

namespace ClrGraph.Tests.Curation;

/// <summary>
/// The quality of <c>suggest</c> on a reading list made of tables, with the other list mapped: the posts only the blog
/// list names are hidden and suggested again, once from the bullet list and once from the same list as pipe tables
/// (<c>Fixtures/real/dotnet-internals-tables</c>). A benchmark like <see cref="SuggestionQualityTests"/>: the floors
/// sit a few points below what was measured: 86.0 % and 85.4 % on 157 posts.
/// </summary>
public sealed class TableListQualityTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dotnet-internals-resources", "internals-blogs.md", 0.83)]
    [InlineData("dotnet-internals-tables", "internals-blogs-tables.md", 0.83)]
    public void Table_list_with_the_other_list_mapped(string fixture, string list, double floor)
    {
        var input = SuggestionEvaluation.Load(Support.Repo.Fixture(Path.Combine("real", fixture)));
        bool OnlyInList(CurationPost post) => post.Listings.All(l => l.File.EndsWith(list, StringComparison.Ordinal));
        var mapped = input.Posts.Where(p => !p.Subsystems.IsEmpty).ToList();

        var measured = SuggestionEvaluation.Hidden(input, i => OnlyInList(mapped[i]), OnlyInList);

        output.WriteLine($"{fixture}, {list} hidden: {measured}");
        foreach (var (key, primary, suggested, why) in measured.Misses)
        {
            output.WriteLine($"  miss: primary {primary,-14} suggested [{suggested}] {key}");
            output.WriteLine($"      {why}");
        }

        Assert.True(measured.Posts > 100, $"only {measured.Posts} posts evaluated");
        Assert.True(measured.Top1 >= floor, $"top-1 {measured.Top1:P1} below {floor:P0}");
    }
}
