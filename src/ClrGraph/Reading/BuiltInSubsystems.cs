using System.Collections.Immutable;
using ClrGraph.Diagnostics;

namespace ClrGraph.Reading;

/// <summary>
/// The CLR subsystem tree that ships with ClrGraph (<c>subsystems.yaml</c>, an embedded resource): every taxonomy
/// starts from it, and may add subsystems or override a built-in one's fields.
/// </summary>
internal static class BuiltInSubsystems
{
    /// <summary>The resource as diagnostics name it.</summary>
    public const string File = "(built-in) subsystems.yaml";

    private const string ResourceName = "ClrGraph.Reading.subsystems.yaml";

    /// <summary>The built-in subsystems, in tree order.</summary>
    public static ImmutableArray<Subsystem> All { get; } = Load();

    /// <summary>The built-in subsystems by id.</summary>
    public static ImmutableDictionary<string, Subsystem> ById { get; } =
        All.ToImmutableDictionary(s => s.Id, StringComparer.Ordinal);

    /// <summary>The resource's YAML, as documentation shows it.</summary>
    public static string Text()
    {
        using var stream =
            typeof(BuiltInSubsystems).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("missing resource " + ResourceName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ImmutableArray<Subsystem> Load()
    {
        var diagnostics = new DiagnosticBag();
        var subsystems = TaxonomyReader.ParseSubsystems(Text(), File, diagnostics);
        return diagnostics.HasErrors
            ? throw new InvalidOperationException("the built-in subsystem tree is broken: " + diagnostics.Sorted()[0])
            : [.. subsystems.Select(s => s with { Declared = false })];
    }
}
