using System.Diagnostics;

namespace ClrGraph.Export;

/// <summary>Thrown when Graphviz is missing or fails; its message says what to do.</summary>
public sealed class GraphvizException(string message) : Exception(message);

/// <summary>Renders DOT with Graphviz's <c>dot</c> program (the layout named in the DOT file still applies).</summary>
internal static class GraphvizRenderer
{
    /// <summary>The hint shown when Graphviz is not installed.</summary>
    public const string InstallHint =
        "install Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz; Windows: winget "
        + "install graphviz) so that 'dot' is on PATH";

    /// <summary>The full path of <c>dot</c> on PATH, or null.</summary>
    public static string? FindDot()
    {
        var names = OperatingSystem.IsWindows() ? new[] { "dot.exe" } : ["dot"];
        foreach (
            var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(
                Path.PathSeparator,
                StringSplitOptions.RemoveEmptyEntries
            )
        )
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Renders <paramref name="dotText"/> to <paramref name="format"/> and copies the result to
    /// <paramref name="output"/>.</summary>
    /// <exception cref="GraphvizException">dot is missing or fails.</exception>
    public static void Render(string dotPath, byte[] dotText, string format, Stream output)
    {
        var info = new ProcessStartInfo(dotPath, ["-T" + format])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new GraphvizException("could not start " + dotPath);
        var errors = process.StandardError.ReadToEndAsync();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        process.StandardInput.BaseStream.Write(dotText);
        process.StandardInput.Close();
        copy.GetAwaiter().GetResult();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new GraphvizException(
                $"dot -T{format} failed (exit {process.ExitCode}): {errors.GetAwaiter().GetResult().Trim()}"
            );
        }
    }
}
