using System.Diagnostics;
using ClrGraph.Export;
using static System.FormattableString;

namespace ClrGraph.Pipeline;

/// <summary>A phase of a run, as <c>--timings</c> and the progress line name it (<c>read-taxonomy</c>…).</summary>
internal enum Phase
{
    ReadTaxonomy,
    ReadLists,
    Validate,
    Build,
    Metrics,
    Writing,
    WriteGexf,
    WriteGraphml,
    WriteDot,
    WriteDiagrams,
    WriteHtml,
    WriteGuide,
    WriteCsv,
    RenderSvg,
    RenderPng,
    RenderPdf,
    Total,
}

/// <summary>
/// Times the phases of a run (<c>--timings</c>). A phase's time is the wall-clock time during which any piece of it
/// ran, so pieces that ran in parallel count once and no phase exceeds the total.
/// </summary>
/// <param name="clock">The time since the run started; a stopwatch unless a test gives its own.</param>
internal sealed class Phases(Func<TimeSpan>? clock = null)
{
    private readonly List<(Phase Phase, TimeSpan Start, TimeSpan End)> _pieces = [];
    private readonly long _started = Stopwatch.GetTimestamp();

    /// <summary>Called with a phase as it starts (progress on a terminal).</summary>
    public Action<Phase>? Started { get; init; }

    /// <summary>The phases measured so far, in order, with the total last once <see cref="Finish"/> ran.</summary>
    public IReadOnlyList<(string Name, TimeSpan Elapsed)> Done
    {
        get
        {
            lock (_pieces)
            {
                return [.. _pieces.GroupBy(p => p.Phase).Select(g => (NameOf(g.Key), Covered(g)))];
            }
        }
    }

    /// <summary>A line per phase done, <c>timing &lt;phase&gt; &lt;seconds&gt;</c>.</summary>
    public string Report() =>
        string.Concat(Done.Select(p => Invariant($"timing {p.Name} {p.Elapsed.TotalSeconds:0.000}\n")));

    /// <summary>A phase's name: <c>read-taxonomy</c>, <c>write-dot</c>…</summary>
    public static string NameOf(Phase phase) =>
        string.Concat(phase.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + c : c.ToString()))
            .ToLowerInvariant();

    public static Phase Rendering(RenderFormat format) =>
        format switch
        {
            RenderFormat.Svg => Phase.RenderSvg,
            RenderFormat.Png => Phase.RenderPng,
            _ => Phase.RenderPdf,
        };

    public T Time<T>(Phase phase, Func<T> work)
    {
        Started?.Invoke(phase);
        var start = Now;
        try
        {
            return work();
        }
        finally
        {
            Add(phase, Now - start);
        }
    }

    /// <summary>Adds a piece of a phase that ran for <paramref name="elapsed"/> and has just ended.</summary>
    public void Add(Phase phase, TimeSpan elapsed)
    {
        var end = Now;
        lock (_pieces)
        {
            _pieces.Add((phase, end - elapsed, end));
        }
    }

    public void Finish() => Add(Phase.Total, Now);

    private TimeSpan Now => clock?.Invoke() ?? Stopwatch.GetElapsedTime(_started);

    // The length of the union of the pieces.
    private static TimeSpan Covered(IEnumerable<(Phase Phase, TimeSpan Start, TimeSpan End)> pieces)
    {
        var covered = TimeSpan.Zero;
        var reached = TimeSpan.MinValue;
        foreach (var (_, start, end) in pieces.OrderBy(p => p.Start))
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
