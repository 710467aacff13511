using System.Globalization;
using ClrGraph.Reading;

namespace ClrGraph.Diagnostics;

/// <summary>How bad a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Reported, but the run goes on and writes its output.</summary>
    Warning,

    /// <summary>The input is wrong: nothing is written and the exit code is 1.</summary>
    Error,
}

/// <summary>A place in an input file, 1-based.</summary>
/// <param name="File">The path as the user should see it.</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location naming a whole file.</summary>
    public static SourceLocation WholeFile(string file) => new(file, 0, 0);

    /// <inheritdoc />
    public override string ToString() =>
        Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Math.Max(Column, 1)}") : File;
}

/// <summary>One problem found in the input, reported the way a compiler reports it.</summary>
/// <param name="Code">The stable code, <c>CGnnnn</c>; <see cref="DiagnosticCodes"/> explains each.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Hint">How to fix it, when a hint helps (for example "did you mean 'gc'?").</param>
public sealed record Diagnostic(
    string Code,
    Severity Severity,
    SourceLocation Location,
    string Message,
    string? Hint = null
)
{
    /// <summary>Formats as <c>path:line:column: error CGnnnn: message (hint)</c>, on one line, with every control
    /// character and bidi override shown as <c>\uXXXX</c>: nothing from the input can reach a terminal.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var hint = Hint is null ? "" : $" ({Hint})";
        return SafeText.ForTerminal($"{Location}: {severity} {Code}: {Message}{hint}");
    }
}
