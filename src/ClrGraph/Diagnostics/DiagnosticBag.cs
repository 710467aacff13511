namespace ClrGraph.Diagnostics;

/// <summary>Collects the diagnostics of a run, so that all problems are reported together.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Error(string code, SourceLocation location, string message, string? hint = null) =>
        _items.Add(new Diagnostic(code, Severity.Error, location, message, hint));

    public void Warning(string code, SourceLocation location, string message, string? hint = null) =>
        _items.Add(new Diagnostic(code, Severity.Warning, location, message, hint));

    /// <summary>Reports a diagnostic that is a warning, or an error when <paramref name="asError"/> is set
    /// (<c>--strict</c>).</summary>
    public void WarningOrError(
        bool asError,
        string code,
        SourceLocation location,
        string message,
        string? hint = null
    ) => _items.Add(new Diagnostic(code, asError ? Severity.Error : Severity.Warning, location, message, hint));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>The diagnostics sorted by file, line, column, code and message, each once.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [
            .. _items
                .Distinct()
                .OrderBy(d => d.Location.File, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal),
        ];
}
