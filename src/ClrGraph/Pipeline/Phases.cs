using System.Diagnostics;

namespace ClrGraph.Pipeline;

/// <summary>Times the phases of a run (<c>--timings</c>): read-taxonomy, read-lists, build, metrics, write-*, total.</summary>
public sealed class Phases
{
    private readonly List<(string Name, TimeSpan Elapsed)> _done = [];
    private readonly Stopwatch _total = Stopwatch.StartNew();

    /// <summary>Called with a phase's name as it starts (progress on a terminal).</summary>
    public Action<string>? Started { get; init; }

    /// <summary>The phases measured so far, in order, with the total last once <see cref="Finish"/> ran.</summary>
    public IReadOnlyList<(string Name, TimeSpan Elapsed)> Done => _done;

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

    /// <summary>Adds time to a phase (phases that run in pieces, or in parallel, add up).</summary>
    public void Add(string name, TimeSpan elapsed)
    {
        lock (_done)
        {
            var index = _done.FindIndex(p => p.Name == name);
            if (index < 0)
            {
                _done.Add((name, elapsed));
            }
            else
            {
                _done[index] = (name, _done[index].Elapsed + elapsed);
            }
        }
    }

    /// <summary>Records the total.</summary>
    public void Finish() => Add("total", _total.Elapsed);
}
