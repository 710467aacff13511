using ClrGraph.Pipeline;

namespace ClrGraph.Tests.Pipeline;

/// <summary><c>--timings</c>: pieces of a phase that ran in parallel count once, on a clock the test moves.</summary>
public class PhasesTests
{
    private TimeSpan _now;

    private Phases Timed() => new(() => _now);

    [Fact]
    public void Parallel_pieces_of_a_phase_count_once()
    {
        // Two renderings of ten seconds each, ending at the same moment: ten seconds of the run, not twenty.
        var phases = Timed();
        _now = TimeSpan.FromSeconds(12);
        phases.Add(Phase.RenderSvg, TimeSpan.FromSeconds(10));
        phases.Add(Phase.RenderSvg, TimeSpan.FromSeconds(10));
        Assert.Equal([("render-svg", TimeSpan.FromSeconds(10))], phases.Done);
    }

    [Fact]
    public void Overlapping_pieces_count_their_union()
    {
        var phases = Timed();
        _now = TimeSpan.FromSeconds(5);
        phases.Add(Phase.WriteDot, TimeSpan.FromSeconds(4)); // 1–5
        _now = TimeSpan.FromSeconds(7);
        phases.Add(Phase.WriteDot, TimeSpan.FromSeconds(3)); // 4–7
        Assert.Equal([("write-dot", TimeSpan.FromSeconds(6))], phases.Done);
    }

    [Fact]
    public void Sequential_pieces_add_up_and_the_total_is_last()
    {
        var phases = Timed();
        phases.Time(Phase.WriteCsv, () => _now += TimeSpan.FromSeconds(2));
        _now += TimeSpan.FromSeconds(1);
        phases.Time(Phase.WriteCsv, () => _now += TimeSpan.FromSeconds(3));
        phases.Time(Phase.ReadLists, () => _now += TimeSpan.FromSeconds(1));
        phases.Finish();
        Assert.Equal(
            [
                ("write-csv", TimeSpan.FromSeconds(5)),
                ("read-lists", TimeSpan.FromSeconds(1)),
                ("total", TimeSpan.FromSeconds(7)),
            ],
            phases.Done
        );
    }

    [Fact]
    public void Started_names_each_phase_as_it_begins()
    {
        var started = new List<Phase>();
        var phases = new Phases(() => _now) { Started = started.Add };
        phases.Time(Phase.ReadTaxonomy, () => 0);
        phases.Time(Phase.Build, () => 0);
        Assert.Equal([Phase.ReadTaxonomy, Phase.Build], started);
    }
}
