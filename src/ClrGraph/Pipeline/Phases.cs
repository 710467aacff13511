using System.Diagnostics;

namespace ClrGraph.Pipeline;

/// <summary>
/// Times the phases of a run (<c>--timings</c>): read-taxonomy, read-lists, build, metrics, write-*, render-*, total.
/// A phase's time is the wall-clock time during which any piece of it ran, so pieces that ran in parallel count once
/// and no phase exceeds the total.
/// </summary>
public sealed class Phases
{
    private readonly List<(string Name, List<(TimeSpan Start, TimeSpan End)> Pieces)> _phases = [];
    private readonly Stopwatch _total = Stopwatch.StartNew();

    /// <summary>Called with a phase's name as it starts (progress on a terminal).</summary>
    public Action<string>? Started { get; init; }

    /// <summary>The phases measured so far, in order, with the total last once <see cref="Finish"/> ran.</summary>
    public IReadOnlyList<(string Name, TimeSpan Elapsed)> Done
    {
        get
        {
            lock (_phases)
            {
                return [.. _phases.Select(p => (p.Name, Covered(p.Pieces)))];
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> as the phase <paramref name="name"/>.</summary>
    public T Time<T>(string name, Func<T> work)
    {
        Started?.Invoke(name);
        var watch = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            Add(name, watch.Elapsed);
        }
    }

    /// <summary>Adds a piece of a phase that ran for <paramref name="elapsed"/> and has just ended.</summary>
    public void Add(string name, TimeSpan elapsed)
    {
        var end = _total.Elapsed;
        var start = end - elapsed;
        lock (_phases)
        {
            var index = _phases.FindIndex(p => p.Name == name);
            if (index < 0)
            {
                _phases.Add((name, [(start, end)]));
            }
            else
            {
                _phases[index].Pieces.Add((start, end));
            }
        }
    }

    /// <summary>Records the total.</summary>
    public void Finish() => Add("total", _total.Elapsed);

    // The length of the union of the pieces.
    private static TimeSpan Covered(List<(TimeSpan Start, TimeSpan End)> pieces)
    {
        var covered = TimeSpan.Zero;
        var reached = TimeSpan.MinValue;
        foreach (var (start, end) in pieces.OrderBy(p => p.Start))
        {
            if (end > reached)
            {
                covered += end - (start > reached ? start : reached);
                reached = end;
            }
        }

        return covered;
    }
}
