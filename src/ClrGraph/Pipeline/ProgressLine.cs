using System.Diagnostics;
using System.Globalization;

namespace ClrGraph.Pipeline;

/// <summary>
/// Shows which phase a long run is in, on one line of a terminal, only once the run has taken a moment: short runs
/// and redirected output stay clean.
/// </summary>
/// <param name="terminal">Where the line goes (stderr), or null when that is not a terminal.</param>
internal sealed class ProgressLine(TextWriter? terminal) : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(
        int.TryParse(Environment.GetEnvironmentVariable("CLRGRAPH_PROGRESS_AFTER_MS"), out var ms) ? ms : 400
    );
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private bool _shown;

    public void Show(Phase phase)
    {
        if (terminal is null || _watch.Elapsed < Delay)
        {
            return;
        }

        var seconds = _watch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        terminal.Write($"\r\u001b[Kclrgraph: {Phases.NameOf(phase)}… ({seconds} s)");
        _shown = true;
    }

    public void Dispose()
    {
        if (_shown)
        {
            terminal?.Write("\r\u001b[K");
            _shown = false;
        }
    }
}
