using ClrGraph.Building;
using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.EndToEnd;

/// <summary>The real taxonomy: the six subsystems, the hierarchy, and every seed link mapped.</summary>
public class TaxonomyTests
{
    private static readonly string[] Required = ["gc", "type-loader", "threadpool", "jit", "strings-arrays", "host"];

    // A home for posts about the whole runtime (introductions, source tours, the Book of the Runtime's own FAQ).
    private static readonly string[] TopLevel = [.. Required, "overview"];

    [Fact]
    public void The_six_required_subsystems_are_top_level_and_every_child_leads_to_one()
    {
        var graph = Fixture.Load(Repo.Taxonomy, strict: true).Graph!;
        var subsystems = graph.Subsystems().ToList();
        foreach (var id in Required)
        {
            var node = subsystems.SingleOrDefault(s => s.SubsystemId == id);
            Assert.True(node is not null, $"subsystem {id} is missing");
            Assert.Null(node.ParentId);
        }

        Assert.All(subsystems, s => Assert.Contains(s.TopLevelId, TopLevel));
        Assert.Equal(TopLevel.Order(), subsystems.Where(s => s.IsTopLevel).Select(s => s.SubsystemId).Order());
        Assert.All(subsystems, s => Assert.False(string.IsNullOrWhiteSpace(s.Summary), $"{s.Id} has no summary"));
    }

    [Fact]
    public void Every_seed_link_is_a_mapped_post_of_the_coreclr_list()
    {
        var shared = Repo.RequireShared();

        var bag = new DiagnosticBag();
        var list = ReadingListReader.ReadFile(
            Path.Combine(Repo.Root, "taxonomy", "reading-lists", "coreclr.md"),
            "coreclr.md",
            bag
        )!;
        var graph = Fixture.Load(Repo.Taxonomy, strict: true).Graph!;
        var mapped = graph
            .Posts()
            .Where(n => !n.Subsystems.IsEmpty)
            .Select(n => PostUrl.TryNormalize(n.Url, out var key) ? key : "")
            .ToHashSet(StringComparer.Ordinal);
        var baseUri = new Uri(list.Url!);
        var seedLinks = Directory
            .GetFiles(Path.Combine(shared, "seeds"))
            .SelectMany(f => SeedLinks.In(File.ReadAllText(f)))
            .Distinct()
            .ToList();
        Assert.True(seedLinks.Count >= 25, "the seeds have at least 25 links");
        foreach (var link in seedLinks)
        {
            var absolute = new Uri(baseUri, link).AbsoluteUri;
            Assert.True(PostUrl.TryNormalize(absolute, out var key), link);
            Assert.Contains(list.Posts, p => p.Key == key && (p.Url == link || p.Url == absolute));
            Assert.Contains(key, mapped);
        }
    }
}
