using System.ComponentModel;
using System.Diagnostics;
using ClrGraph.Diagnostics;
using static System.FormattableString;

namespace ClrGraph.Export;

/// <summary>Thrown while an output file is written when Graphviz fails or times out; the output folder turns it into
/// a diagnostic naming the file (<see cref="DiagnosticCodes.RendererFailed"/> or
/// <see cref="DiagnosticCodes.RendererTimedOut"/>), with a hint how to fix it.</summary>
internal sealed class GraphvizException(string code, string message, string hint) : Exception(message)
{
    public string Code { get; } = code;

    public string Hint { get; } = hint;
}

/// <summary>Renders DOT with Graphviz's <c>dot</c> program (the layout named in the DOT file still applies).</summary>
internal static class GraphvizRenderer
{
    public const string InstallHint =
        "install Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz; Windows: winget "
        + "install graphviz) so that 'dot' is on PATH";

    private const int StderrShown = 2000; // characters of dot's stderr quoted in a diagnostic

    public static string? FindDot() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "dot.exe" : "dot"))
            .FirstOrDefault(File.Exists);

    /// <summary>Renders <paramref name="dotText"/> to <paramref name="format"/> and copies the result to
    /// <paramref name="output"/>; <c>dot</c> is stopped after <paramref name="timeout"/>, and the error says to raise
    /// it, or to draw the graph with sfdp when <paramref name="layered"/> (dot's layered layout of the whole graph).
    /// </summary>
    /// <exception cref="GraphvizException">dot can't be started, fails or takes too long.</exception>
    /// <exception cref="IOException">The output can't be written (a full disk).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> fired; dot was stopped.</exception>
    public static void Render(
        string dotPath,
        byte[] dotText,
        string format,
        TimeSpan timeout,
        bool layered,
        Stream output,
        CancellationToken cancel = default
    )
    {
        var info = new ProcessStartInfo(dotPath, ["-T" + format])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new Win32Exception("no process started");
        }
        catch (Win32Exception e)
        {
            throw new GraphvizException(
                DiagnosticCodes.RendererFailed,
                $"could not start {dotPath}: {e.Message}",
                "check the Graphviz installation: dot -V"
            );
        }

        using (process)
        {
            // These end when dot does, which a cancelled run makes happen (Stop).
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output, CancellationToken.None);
            // A dot that stops reading early (a syntax error) breaks the pipe; its exit code and stderr say why.
            var feed = Task.Run(() =>
            {
                try
                {
                    process.StandardInput.BaseStream.Write(dotText);
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // Reported below from dot's own words.
                }
            }, CancellationToken.None);
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            timer.CancelAfter(timeout);
            var exited = process.WaitForExitAsync(timer.Token);
            try
            {
                if (Task.WhenAny(copy, exited).GetAwaiter().GetResult() == copy && copy.IsFaulted)
                {
                    Stop(process);
                    copy.GetAwaiter().GetResult(); // the output's own failure, such as a full disk
                }

                exited.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                Stop(process);
                throw;
            }
            catch (OperationCanceledException) when (timer.IsCancellationRequested)
            {
                Stop(process);
                throw new GraphvizException(
                    DiagnosticCodes.RendererTimedOut,
                    Invariant($"dot -T{format} did not finish within {timeout.TotalSeconds:0.#} s and was stopped"),
                    "raise --render-timeout" + (layered ? ", or use --layout Sfdp for a large graph" : "")
                );
            }

            copy.GetAwaiter().GetResult();
            feed.GetAwaiter().GetResult();
            if (process.ExitCode != 0)
            {
                var said = errors.GetAwaiter().GetResult().Trim();
                said = said.Length > StderrShown ? said[..StderrShown] + "…" : said;
                throw new GraphvizException(
                    DiagnosticCodes.RendererFailed,
                    Invariant($"dot -T{format} failed (exit {process.ExitCode}): ")
                        + (said.Length > 0 ? said : "no message"),
                    "read dot's message above; dot -V checks the installation"
                );
            }
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
