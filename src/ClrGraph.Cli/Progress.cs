using System.Diagnostics;
using ClrGraph.Pipeline;

namespace ClrGraph.Cli;

/// <summary>
/// Shows which phase a long export is in, on one line of stderr, only when stderr is a terminal and only once the run
/// has taken a moment: short runs and redirected output stay clean.
/// </summary>
internal sealed class Progress : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(
        int.TryParse(Environment.GetEnvironmentVariable("CLRGRAPH_PROGRESS_AFTER_MS"), out var ms) ? ms : 400
    );
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private bool _shown;

    public void Phase(Phase phase)
    {
        if (!_enabled || _watch.Elapsed < Delay)
        {
            return;
        }

        Console.Error.Write($"\r\u001b[Kclrgraph: {Phases.NameOf(phase)}… ({_watch.Elapsed.TotalSeconds:0.0} s)");
        _shown = true;
    }

    public void Dispose()
    {
        if (_shown)
        {
            Console.Error.Write("\r\u001b[K");
            _shown = false;
        }
    }
}
