using ClrGraph.Pipeline;

namespace ClrGraph.Tests.Pipeline;

/// <summary><c>--timings</c>: pieces of a phase that ran in parallel count once.</summary>
public class PhasesTests
{
    [Fact]
    public void Parallel_pieces_of_a_phase_count_once()
    {
        // Two renderings of ten seconds each, ending at the same moment: ten seconds of the run, not twenty.
        var phases = new Phases();
        phases.Add("render-svg", TimeSpan.FromSeconds(10));
        phases.Add("render-svg", TimeSpan.FromSeconds(10));
        var (name, elapsed) = Assert.Single(phases.Done);
        Assert.Equal("render-svg", name);
        Assert.InRange(elapsed, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(11));
    }

    [Fact]
    public void Sequential_pieces_of_a_phase_add_up()
    {
        var phases = new Phases();
        phases.Time("write-csv", Sleep);
        Thread.Sleep(50);
        phases.Time("write-csv", Sleep);
        phases.Finish();
        var done = phases.Done.ToDictionary(p => p.Name, p => p.Elapsed);
        Assert.InRange(done["write-csv"], TimeSpan.FromMilliseconds(95), done["total"] - TimeSpan.FromMilliseconds(45));
    }

    private static int Sleep()
    {
        Thread.Sleep(50);
        return 0;
    }
}
