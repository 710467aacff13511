namespace ClrGraph.Validation;

/// <summary>How many links of one reading list the taxonomy's <c>ignore:</c> patterns left out.</summary>
/// <param name="ListFile">The reading list as diagnostics name it.</param>
/// <param name="Links">How many of its links were ignored.</param>
internal sealed record IgnoredLinks(string ListFile, int Links);
