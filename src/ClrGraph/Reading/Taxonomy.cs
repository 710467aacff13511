using System.Collections.Immutable;
using ClrGraph.Diagnostics;

namespace ClrGraph.Reading;

/// <summary>The hand-maintained taxonomy: which reading lists to read, the subsystems, and which post covers which
/// subsystem.</summary>
/// <param name="File">The taxonomy's path as diagnostics name it.</param>
/// <param name="Directory">The folder the taxonomy is in; reading lists are relative to it.</param>
/// <param name="ReadingLists">The reading lists it names.</param>
/// <param name="Subsystems">The built-in subsystems (each as the taxonomy overrides it), then those it adds, in file
/// order.</param>
/// <param name="Posts">The post mappings, in file order.</param>
/// <param name="Ignore">The URL patterns of links that are not posts, in file order.</param>
internal sealed record Taxonomy(
    string File,
    string Directory,
    ImmutableArray<ListReference> ReadingLists,
    ImmutableArray<Subsystem> Subsystems,
    ImmutableArray<PostMapping> Posts,
    ImmutableArray<IgnorePattern> Ignore
);

/// <summary>A reading list named by the taxonomy (or on the command line).</summary>
/// <param name="Path">The path to read.</param>
/// <param name="Display">The path as diagnostics name it.</param>
/// <param name="Location">Where it was named.</param>
internal sealed record ListReference(string Path, string Display, SourceLocation? Location)
{
    /// <summary>The taxonomy's reading lists and <paramref name="extraLists"/> (paths given on the command line),
    /// each file once.</summary>
    public static List<ListReference> Of(Taxonomy taxonomy, IEnumerable<string> extraLists) =>
        taxonomy
            .ReadingLists.Concat(
                extraLists.Select(p => new ListReference(System.IO.Path.GetFullPath(p), DisplayPath.Of(p), null))
            )
            .DistinctBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
}

/// <summary>A part of the runtime that posts explain.</summary>
/// <param name="Id">The id, <c>[a-z0-9]+(-[a-z0-9]+)*</c>.</param>
/// <param name="Name">The display name.</param>
/// <param name="Summary">One or two sentences on what it is.</param>
/// <param name="Parent">The parent subsystem's id, or null for a top-level one.</param>
/// <param name="Color">The colour, <c>#rrggbb</c>, or null.</param>
/// <param name="Botr">Book of the Runtime chapter files that cover it.</param>
/// <param name="Source">Main source paths in dotnet/runtime.</param>
/// <param name="DesignDocs">Design documents, for subsystems without a BOTR chapter.</param>
/// <param name="Location">Where it is declared.</param>
/// <param name="IdLocation">Where its id is written.</param>
/// <param name="ParentLocation">Where its parent is written, if it has one.</param>
internal sealed record Subsystem(
    string Id,
    string Name,
    string? Summary,
    string? Parent,
    string? Color,
    ImmutableArray<string> Botr,
    ImmutableArray<string> Source,
    ImmutableArray<string> DesignDocs,
    SourceLocation Location,
    SourceLocation IdLocation,
    SourceLocation? ParentLocation
)
{
    /// <summary>Extra words and phrases that name it, for <c>clrgraph suggest</c>.</summary>
    public ImmutableArray<string> Keywords { get; init; } = [];

    /// <summary>Where its colour is written, if it writes one.</summary>
    public SourceLocation? ColorLocation { get; init; }

    /// <summary>Whether the taxonomy declares it (adds it, or overrides a built-in one); a built-in subsystem that
    /// the taxonomy does not declare needs no post.</summary>
    public bool Declared { get; init; } = true;

    /// <summary>The cycles the subsystems' parents form, each as ids in parent order from the first one that a walk in
    /// <paramref name="byId"/>'s order reaches. Each subsystem is passed once, so a long chain costs time in proportion
    /// to its length.</summary>
    public static IEnumerable<List<string>> ParentCycles(IReadOnlyDictionary<string, Subsystem> byId)
    {
        var walked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in byId.Keys)
        {
            var chain = new List<string>();
            string? current = id;
            for (; current is not null && walked.Add(current); current = byId.GetValueOrDefault(current)?.Parent)
            {
                chain.Add(current);
            }

            // The walk stopped at a subsystem walked before: by this walk (a cycle), or by an earlier one.
            if (current is not null && chain.IndexOf(current) is >= 0 and var start)
            {
                yield return chain[start..];
            }
        }
    }
}

/// <summary>A post's entry in the taxonomy.</summary>
/// <param name="Url">The URL as written.</param>
/// <param name="Subsystems">The subsystems it covers, the primary first.</param>
/// <param name="Title">A title that overrides every reading list's, or null.</param>
/// <param name="Note">What the post covers, in one line, or null.</param>
/// <param name="Location">Where the entry is.</param>
/// <param name="UrlLocation">Where its url is written.</param>
internal sealed record PostMapping(
    string Url,
    ImmutableArray<SubsystemReference> Subsystems,
    string? Title,
    string? Note,
    SourceLocation Location,
    SourceLocation UrlLocation
)
{
    /// <summary>Where <c>suggested: true</c> marks the entry as pasted from <c>clrgraph suggest</c> and not yet
    /// reviewed; null when it is not marked.</summary>
    public SourceLocation? Suggested { get; init; }
}

/// <summary>A subsystem id as a post names it.</summary>
internal readonly record struct SubsystemReference(string Id, SourceLocation Location);

/// <summary>An entry of the taxonomy's <c>ignore:</c> list: a URL pattern for links that are not posts.</summary>
/// <param name="Pattern">The pattern as written; <c>*</c> matches any run of characters.</param>
/// <param name="Location">Where it is written.</param>
internal sealed record IgnorePattern(string Pattern, SourceLocation Location);
