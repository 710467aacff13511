namespace ClrGraph.Diagnostics;

/// <summary>Collects the diagnostics of a run, so that all problems are reported together.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>Whether any error was reported.</summary>
    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    /// <summary>Number of diagnostics reported so far.</summary>
    public int Count => _items.Count;

    /// <summary>Reports an error.</summary>
    public void Error(string code, SourceLocation location, string message, string? hint = null) =>
        _items.Add(new Diagnostic(code, Severity.Error, location, message, hint));

    /// <summary>Reports a warning.</summary>
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

    /// <summary>Adds diagnostics found elsewhere.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>The diagnostics sorted by file, line, column and code, each once.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => [.. _items.Distinct().Order(ByPlace)];

    // File, line, column, code, message. One comparer rather than a ThenBy chain: each ThenBy is a generic virtual
    // call,
    // which costs NativeAOT a slow lookup the first time, and start-up is most of a small run.
    private static readonly Comparer<Diagnostic> ByPlace = Comparer<Diagnostic>.Create(
        (a, b) =>
        {
            var order = string.CompareOrdinal(a.Location.File, b.Location.File);
            order = order != 0 ? order : a.Location.Line.CompareTo(b.Location.Line);
            order = order != 0 ? order : a.Location.Column.CompareTo(b.Location.Column);
            order = order != 0 ? order : string.CompareOrdinal(a.Code, b.Code);
            return order != 0 ? order : string.CompareOrdinal(a.Message, b.Message);
        }
    );
}
