using ClrGraph.Pipeline;
using ClrGraph.Reading;
using ClrGraph.Tests.Support;

namespace ClrGraph.Tests.Hostile;

/// <summary>Ctrl-C and SIGTERM cancel a token that every reading loop checks: reading stops in the phase it was
/// in, and nothing after it starts.</summary>
public class CancellationTests
{
    [Theory]
    [InlineData("read-taxonomy")]
    [InlineData("read-lists")]
    [InlineData("validate")]
    public void Load_cancelled_in_a_phase_stops_in_it(string phase)
    {
        using var cancel = new CancellationTokenSource();
        var started = new List<string>();
        var phases = new Phases
        {
            Started = began =>
            {
                started.Add(Phases.NameOf(began));
                if (Phases.NameOf(began) == phase)
                {
                    cancel.Cancel();
                }
            },
        };
        Assert.ThrowsAny<OperationCanceledException>(() =>
            GraphPipeline.Load(new LoadRequest(Repo.Taxonomy, [], false), phases, cancel.Token)
        );
        Assert.Equal(phase, started[^1]);
    }

    [Fact]
    public void Taxonomy_reading_checks_the_token_at_every_yaml_event()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var text = File.ReadAllText(Repo.Taxonomy);
        Assert.ThrowsAny<OperationCanceledException>(() =>
            TaxonomyReader.Parse(text, "taxonomy.yaml", ".", new(), cancel.Token)
        );
    }

    [Fact]
    public void Reading_list_reading_checks_the_token_at_every_block()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            ReadingListReader.Parse("# A\n\n- [x](https://a.example/x)\n", "a.md", new(), cancel.Token)
        );
    }
}
