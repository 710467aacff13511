using System.Collections.Immutable;
using ClrGraph.Diagnostics;
using YamlDotNet.Core.Events;

namespace ClrGraph.Reading;

/// <summary>
/// Reads <c>taxonomy.yaml</c> into a <see cref="Taxonomy"/>, reporting YAML errors, wrong types and unknown keys at
/// their exact line and column. Cross-checks (unknown ids, cycles, duplicates) are the validator's.
/// </summary>
internal static class TaxonomyReader
{
    private static readonly string[] RootKeys = ["reading-lists", "subsystems", "posts", "ignore"];
    private static readonly string[] SubsystemKeys =
        ["id", "name", "summary", "parent", "color", "botr", "source", "design-docs", "keywords"];
    private static readonly string[] PostKeys = ["url", "subsystems", "title", "note", "suggested"];

    /// <summary>Reads the taxonomy file; returns null (with diagnostics) when it can't be read or parsed at
    /// all.</summary>
    public static Taxonomy? ReadFile(
        string path,
        string display,
        DiagnosticBag diagnostics,
        CancellationToken cancel = default
    )
    {
        // Read first: the path may be one that Path cannot take (empty, or with a NUL), which Read reports.
        var text = InputFile.Read(path, display, diagnostics);
        return text is null
            ? null
            : Parse(text, display, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", diagnostics, cancel);
    }

    /// <summary>Parses taxonomy text; reading lists are relative to <paramref name="directory"/>.</summary>
    public static Taxonomy? Parse(
        string text,
        string file,
        string directory,
        DiagnosticBag diagnostics,
        CancellationToken cancel = default
    ) =>
        Parse(text, file, directory, diagnostics, BuiltInSubsystems.ById, cancel) is { } taxonomy
            ? taxonomy with
            {
                Subsystems = WithBuiltIns(taxonomy.Subsystems),
            }
            : null;

    /// <summary>The subsystems of a file that holds only <c>subsystems:</c>, as written (the built-in tree).</summary>
    internal static ImmutableArray<Subsystem> ParseSubsystems(string text, string file, DiagnosticBag diagnostics) =>
        Parse(text, file, "", diagnostics, ImmutableDictionary<string, Subsystem>.Empty, default)?.Subsystems ?? [];

    private static Taxonomy? Parse(
        string text,
        string file,
        string directory,
        DiagnosticBag diagnostics,
        IReadOnlyDictionary<string, Subsystem> builtIns,
        CancellationToken cancel
    ) =>
        YamlEventReader.Read(
            text,
            file,
            1,
            "the taxonomy",
            diagnostics,
            (yaml, root) => ReadRoot(yaml, root, directory, builtIns),
            cancel
        );

    // The built-in tree with the taxonomy's overrides in place, then the subsystems it adds (and any it repeats, for
    // the validator to report).
    private static ImmutableArray<Subsystem> WithBuiltIns(ImmutableArray<Subsystem> declared)
    {
        var overrides = declared
            .Where(s => BuiltInSubsystems.ById.ContainsKey(s.Id))
            .DistinctBy(s => s.Id, StringComparer.Ordinal)
            .ToDictionary(s => s.Id, StringComparer.Ordinal);
        var added = declared.Where(s => !ReferenceEquals(overrides.GetValueOrDefault(s.Id), s));
        var all = BuiltInSubsystems.All.Select(s => overrides.GetValueOrDefault(s.Id, s)).Concat(added).ToList();
        // A parent the taxonomy did not write (a built-in's, kept by an override or by an undeclared built-in) gives
        // way when the taxonomy's own parents close a cycle through it: the curator's words win. The first such
        // parent of a cycle gives way, which breaks it. (A repeated id is the validator's to report.)
        var byId = all.DistinctBy(s => s.Id, StringComparer.Ordinal).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var cycleOf = Subsystem
            .ParentCycles(byId)
            .SelectMany((cycle, number) => cycle.Select(id => (id, number)))
            .ToDictionary(c => c.id, c => c.number, StringComparer.Ordinal);
        var broken = new HashSet<int>();
        bool GivesWay(Subsystem s) =>
            !(s.Declared && s.ParentLocation is not null) // its parent is not written by the taxonomy
            && ReferenceEquals(byId[s.Id], s)
            && cycleOf.TryGetValue(s.Id, out var cycle)
            && broken.Add(cycle); // the first parent of a cycle that gives way breaks it
        return [.. all.Select(s => GivesWay(s) ? s with { Parent = null, ParentLocation = null } : s)];
    }

    private static Taxonomy? ReadRoot(
        YamlEventReader yaml,
        ParsingEvent? root,
        string directory,
        IReadOnlyDictionary<string, Subsystem> builtIns
    )
    {
        if (root is null)
        {
            yaml.Diagnostics.Error(
                DiagnosticCodes.MissingKey,
                new SourceLocation(yaml.File, 1, 1),
                "the taxonomy is empty",
                "it needs 'reading-lists:' and 'posts:'"
            );
            return null;
        }

        if (!yaml.IsMapping(root, "the taxonomy"))
        {
            return null;
        }

        var lists = ImmutableArray.CreateBuilder<ListReference>();
        var subsystems = ImmutableArray.CreateBuilder<Subsystem>();
        var posts = ImmutableArray.CreateBuilder<PostMapping>();
        var ignore = ImmutableArray.CreateBuilder<IgnorePattern>();
        foreach (var (key, value) in yaml.Entries(RootKeys))
        {
            switch (key)
            {
                case "reading-lists":
                    foreach (var (item, location) in yaml.ScalarList(value, "reading-lists"))
                    {
                        if (InputPath.Problem(item, "the reading list") is { } problem)
                        {
                            yaml.Diagnostics.Error(DiagnosticCodes.InvalidPath, location, problem);
                            continue;
                        }

                        var full = Path.GetFullPath(Path.Combine(directory, item));
                        lists.Add(new ListReference(full, DisplayPath.Of(full), location));
                    }

                    break;
                case "subsystems":
                    subsystems.AddRange(
                        yaml.Items(value, key).Select(node => ReadSubsystem(yaml, node, builtIns)).OfType<Subsystem>()
                    );
                    break;
                case "ignore":
                    ignore.AddRange(yaml.ScalarList(value, key).Select(i => new IgnorePattern(i.Value, i.Location)));
                    break;
                default:
                    posts.AddRange(yaml.Items(value, key).Select(node => ReadPost(yaml, node)).OfType<PostMapping>());
                    break;
            }
        }

        return new Taxonomy(
            yaml.File,
            directory,
            lists.ToImmutable(),
            subsystems.ToImmutable(),
            posts.ToImmutable(),
            ignore.ToImmutable()
        );
    }

    // A subsystem whose id is built-in takes the built-in's value for every key it does not write.
    private static Subsystem? ReadSubsystem(
        YamlEventReader yaml,
        ParsingEvent node,
        IReadOnlyDictionary<string, Subsystem> builtIns
    )
    {
        if (!yaml.IsMapping(node, "a subsystem"))
        {
            return null;
        }

        // Each key written: its text or its list, and where its value is.
        var values = new Dictionary<string, (string? Text, ImmutableArray<string> List, SourceLocation? At)>(
            StringComparer.Ordinal
        );
        foreach (var (key, value) in yaml.Entries(SubsystemKeys, "subsystem"))
        {
            values[key] = key switch
            {
                "botr" or "source" or "design-docs" => (null, RepositoryPaths(yaml, value, key), yaml.At(value.Start)),
                "keywords" => (null, yaml.ScalarValues(value, key), yaml.At(value.Start)),
                _ => (yaml.Scalar(value, key), [], yaml.At(value.Start)),
            };
        }

        var location = yaml.At(node.Start);
        if (values.GetValueOrDefault("id").Text is not { } id)
        {
            yaml.Diagnostics.Error(DiagnosticCodes.MissingKey, location, "subsystem has no 'id'");
            return null;
        }

        var builtIn = builtIns.GetValueOrDefault(id);
        string? TextOr(string key, string? inherited) => values.TryGetValue(key, out var text) ? text.Text : inherited;
        ImmutableArray<string> ListOr(string key, ImmutableArray<string>? inherited) =>
            values.TryGetValue(key, out var list) ? list.List : inherited ?? [];
        var name = TextOr("name", builtIn?.Name);
        var parent = TextOr("parent", builtIn?.Parent);
        if (builtIn is null && name is null)
        {
            yaml.Diagnostics.Error(DiagnosticCodes.MissingKey, location, $"subsystem '{id}' has no 'name'");
        }

        return new Subsystem(
            id,
            name ?? id,
            TextOr("summary", builtIn?.Summary),
            parent,
            TextOr("color", builtIn?.Color),
            ListOr("botr", builtIn?.Botr),
            ListOr("source", builtIn?.Source),
            ListOr("design-docs", builtIn?.DesignDocs),
            location,
            values.GetValueOrDefault("id").At ?? location,
            parent is null ? null : values.GetValueOrDefault("parent").At
        )
        {
            Keywords = ListOr("keywords", builtIn?.Keywords),
            ColorLocation = values.GetValueOrDefault("color").At,
        };
    }

    // Paths inside dotnet/runtime (or its BOTR folder): one that climbs out with '..' would link outside it.
    private static ImmutableArray<string> RepositoryPaths(YamlEventReader yaml, ParsingEvent node, string what)
    {
        var paths = ImmutableArray.CreateBuilder<string>();
        foreach (var (path, location) in yaml.ScalarList(node, what))
        {
            if (path.Replace('\\', '/').Split('/').Contains(".."))
            {
                yaml.Diagnostics.Error(
                    DiagnosticCodes.PathOutsideRepository,
                    location,
                    $"'{what}' path '{path}' climbs out of the folder with '..'",
                    "write the path from the repository's root: src/coreclr/gc/"
                );
                continue;
            }

            paths.Add(path);
        }

        return paths.ToImmutable();
    }

    private static PostMapping? ReadPost(YamlEventReader yaml, ParsingEvent node)
    {
        if (!yaml.IsMapping(node, "a post"))
        {
            return null;
        }

        string? url = null,
            title = null,
            note = null;
        SourceLocation? urlAt = null,
            suggestedAt = null;
        ImmutableArray<SubsystemReference>? subsystems = null;
        foreach (var (key, value) in yaml.Entries(PostKeys, "post"))
        {
            switch (key)
            {
                case "url":
                    url = yaml.Scalar(value, "url");
                    urlAt = yaml.At(value.Start);
                    break;
                case "subsystems":
                    subsystems =
                    [
                        .. yaml.ScalarList(value, "subsystems")
                            .Select(i => new SubsystemReference(i.Value, i.Location)),
                    ];
                    break;
                case "title":
                    title = yaml.Scalar(value, "title");
                    break;
                case "suggested":
                    suggestedAt = Flag(yaml, value, "suggested") ? yaml.At(value.Start) : null;
                    break;
                default:
                    note = yaml.Scalar(value, "note");
                    break;
            }
        }

        var location = yaml.At(node.Start);
        if (url is null)
        {
            yaml.Diagnostics.Error(
                DiagnosticCodes.MissingKey,
                location,
                "post has no 'url'",
                "give the post's address: url: https://…"
            );
            return null;
        }

        if (subsystems is null)
        {
            yaml.Diagnostics.Error(
                DiagnosticCodes.MissingKey,
                location,
                $"post '{url}' has no 'subsystems'",
                "name the subsystems it covers, the primary first: subsystems: [gc]"
            );
        }

        return new PostMapping(url, subsystems ?? [], title, note, location, urlAt ?? location)
        {
            Suggested = suggestedAt,
        };
    }

    // true or false; anything else is reported and reads as false.
    private static bool Flag(YamlEventReader yaml, ParsingEvent node, string what)
    {
        var text = yaml.Scalar(node, what);
        var flag = false;
        if (text is not null && !bool.TryParse(text, out flag))
        {
            yaml.Diagnostics.Error(
                DiagnosticCodes.WrongType,
                yaml.At(node.Start),
                $"'{what}' must be true or false, not '{text}'"
            );
        }

        return flag;
    }
}
