using System.Collections.Immutable;
using ClrGraph.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ClrGraph.Reading;

/// <summary>
/// Reads <c>taxonomy.yaml</c> into a <see cref="Taxonomy"/>, reporting YAML errors, wrong types and unknown keys at
/// their exact line and column. Cross-checks (unknown ids, cycles, duplicates) are the validator's.
/// </summary>
public static class TaxonomyReader
{
    private static readonly string[] RootKeys = ["reading-lists", "subsystems", "posts"];
    private static readonly string[] SubsystemKeys = ["id", "name", "summary", "parent", "color", "botr", "source", "design-docs"];
    private static readonly string[] PostKeys = ["url", "subsystems", "title", "note"];

    /// <summary>Reads the taxonomy file; returns null (with diagnostics) when it can't be read or parsed at all.</summary>
    /// <param name="path">The file.</param>
    /// <param name="display">The path as diagnostics name it.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static Taxonomy? ReadFile(string path, string display, DiagnosticBag diagnostics)
    {
        var text = InputFile.Read(path, display, diagnostics);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return text is null ? null : Parse(text, display, directory, diagnostics);
    }

    /// <summary>Parses taxonomy text.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="file">The path as diagnostics name it.</param>
    /// <param name="directory">The folder reading lists are relative to.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static Taxonomy? Parse(string text, string file, string directory, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new AliasGuard(new Parser(new StringReader(text))));
        }
        catch (AliasException e)
        {
            var what = e.Event is AnchorAlias alias ? $"YAML alias '*{alias.Value}'" : $"YAML anchor '&{((NodeEvent)e.Event).Anchor}'";
            diagnostics.Error(DiagnosticCodes.YamlAlias, At(file, e.Event.Start), what + " is not allowed in the taxonomy", "write the value out");
            return null;
        }
        catch (YamlException e)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, At(file, e.Start), YamlMessages.Clean(e));
            return null;
        }

        var empty = new Taxonomy(file, directory, [], [], []);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" or "~" })
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, new SourceLocation(file, 1, 1), "the taxonomy is empty", "it needs 'reading-lists:', 'subsystems:' and 'posts:'");
            return null;
        }

        var reader = new Reader(file, diagnostics);
        if (stream.Documents.Count > 1)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, At(file, stream.Documents[1].RootNode.Start), "the taxonomy must be a single YAML document");
        }

        if (reader.Mapping(stream.Documents[0].RootNode, "the taxonomy") is not { } root)
        {
            return null;
        }

        var lists = ImmutableArray.CreateBuilder<ListReference>();
        var subsystems = ImmutableArray.CreateBuilder<Subsystem>();
        var posts = ImmutableArray.CreateBuilder<PostMapping>();
        foreach (var (key, value) in reader.Entries(root, RootKeys))
        {
            switch (key)
            {
                case "reading-lists":
                    foreach (var (item, location) in reader.ScalarList(value, "reading-lists"))
                    {
                        var full = Path.GetFullPath(Path.Combine(directory, item));
                        lists.Add(new ListReference(full, DisplayPath.Of(full), location));
                    }

                    break;
                case "subsystems":
                    foreach (var item in reader.Sequence(value, "subsystems"))
                    {
                        if (reader.ReadSubsystem(item) is { } subsystem)
                        {
                            subsystems.Add(subsystem);
                        }
                    }

                    break;
                default:
                    foreach (var item in reader.Sequence(value, "posts"))
                    {
                        if (reader.ReadPost(item) is { } post)
                        {
                            posts.Add(post);
                        }
                    }

                    break;
            }
        }

        return empty with { ReadingLists = lists.ToImmutable(), Subsystems = subsystems.ToImmutable(), Posts = posts.ToImmutable() };
    }

    // Anchors and aliases are refused as the parser meets them, before the document is built, so an alias bomb never
    // expands; the document itself is built in the same single pass.
    private sealed class AliasGuard(IParser inner) : IParser
    {
        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var more = inner.MoveNext();
            if (inner.Current is AnchorAlias or NodeEvent { Anchor.IsEmpty: false })
            {
                throw new AliasException(inner.Current);
            }

            return more;
        }
    }

    private sealed class AliasException(ParsingEvent parsingEvent) : Exception("YAML anchor or alias")
    {
        public ParsingEvent Event { get; } = parsingEvent;
    }

    internal static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    private sealed class Reader(string file, DiagnosticBag diagnostics)
    {
        public Subsystem? ReadSubsystem(YamlNode node)
        {
            if (Mapping(node, "a subsystem") is not { } map)
            {
                return null;
            }

            string? id = null, name = null, summary = null, parent = null, color = null;
            SourceLocation? idAt = null, parentAt = null;
            ImmutableArray<string> botr = [], source = [], designDocs = [];
            foreach (var (key, value) in Entries(map, SubsystemKeys))
            {
                switch (key)
                {
                    case "id":
                        id = Scalar(value, "id");
                        idAt = At(file, value.Start);
                        break;
                    case "name":
                        name = Scalar(value, "name");
                        break;
                    case "summary":
                        summary = Scalar(value, "summary");
                        break;
                    case "parent":
                        parent = Scalar(value, "parent");
                        parentAt = At(file, value.Start);
                        break;
                    case "color":
                        color = Scalar(value, "color");
                        break;
                    case "botr":
                        botr = [.. ScalarList(value, "botr").Select(v => v.Value)];
                        break;
                    case "source":
                        source = [.. ScalarList(value, "source").Select(v => v.Value)];
                        break;
                    default:
                        designDocs = [.. ScalarList(value, "design-docs").Select(v => v.Value)];
                        break;
                }
            }

            var location = At(file, map.Start);
            if (id is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, location, "subsystem has no 'id'");
                return null;
            }

            if (name is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, location, $"subsystem '{id}' has no 'name'");
            }

            return new Subsystem(id, name ?? id, summary, parent, color, botr, source, designDocs, location, idAt ?? location, parent is null ? null : parentAt);
        }

        public PostMapping? ReadPost(YamlNode node)
        {
            if (Mapping(node, "a post") is not { } map)
            {
                return null;
            }

            string? url = null, title = null, note = null;
            SourceLocation? urlAt = null;
            ImmutableArray<SubsystemReference>? subsystems = null;
            foreach (var (key, value) in Entries(map, PostKeys))
            {
                switch (key)
                {
                    case "url":
                        url = Scalar(value, "url");
                        urlAt = At(file, value.Start);
                        break;
                    case "subsystems":
                        subsystems = [.. ScalarList(value, "subsystems").Select(v => new SubsystemReference(v.Value, v.Location))];
                        break;
                    case "title":
                        title = Scalar(value, "title");
                        break;
                    default:
                        note = Scalar(value, "note");
                        break;
                }
            }

            var location = At(file, map.Start);
            if (url is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, location, "post has no 'url'");
                return null;
            }

            if (subsystems is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, location, $"post '{url}' has no 'subsystems'", "name the subsystems it covers, the primary first: subsystems: [gc]");
            }

            return new PostMapping(url, subsystems ?? [], title, note, location, urlAt ?? location);
        }

        public YamlMappingNode? Mapping(YamlNode node, string what)
        {
            if (node is YamlMappingNode map)
            {
                return map;
            }

            diagnostics.Error(DiagnosticCodes.WrongType, At(file, node.Start), $"{what} must be a mapping of keys to values, not {Describe(node)}");
            return null;
        }

        /// <summary>The entries of a mapping whose keys are known; unknown and repeated keys are reported.</summary>
        public IEnumerable<(string Key, YamlNode Value)> Entries(YamlMappingNode map, string[] known)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in map.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                var at = At(file, keyNode.Start);
                if (!known.Contains(key, StringComparer.Ordinal))
                {
                    diagnostics.Error(DiagnosticCodes.UnknownKey, at, $"unknown key '{key}'", Suggestions.DidYouMean(key, known) ?? "known keys: " + string.Join(", ", known));
                    continue;
                }

                if (!seen.Add(key))
                {
                    diagnostics.Error(DiagnosticCodes.UnknownKey, at, $"key '{key}' is repeated");
                    continue;
                }

                yield return (key, value);
            }
        }

        public IEnumerable<YamlNode> Sequence(YamlNode node, string what)
        {
            if (IsNull(node))
            {
                return [];
            }

            if (node is YamlSequenceNode seq)
            {
                return seq.Children;
            }

            diagnostics.Error(DiagnosticCodes.WrongType, At(file, node.Start), $"'{what}' must be a list, not {Describe(node)}");
            return [];
        }

        public string? Scalar(YamlNode node, string what)
        {
            if (IsNull(node))
            {
                return null;
            }

            if (node is YamlScalarNode scalar)
            {
                return scalar.Value;
            }

            diagnostics.Error(DiagnosticCodes.WrongType, At(file, node.Start), $"'{what}' must be text, not {Describe(node)}");
            return null;
        }

        public List<(string Value, SourceLocation Location)> ScalarList(YamlNode node, string what)
        {
            var values = new List<(string, SourceLocation)>();
            if (node is YamlScalarNode && !IsNull(node))
            {
                diagnostics.Error(DiagnosticCodes.WrongType, At(file, node.Start), $"'{what}' must be a list, not text", $"write it as {what}: [{((YamlScalarNode)node).Value}]");
                return values;
            }

            foreach (var item in Sequence(node, what))
            {
                if (Scalar(item, what + " item") is { } value)
                {
                    values.Add((value, At(file, item.Start)));
                }
            }

            return values;
        }

        private static bool IsNull(YamlNode node) =>
            node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

        private static string Describe(YamlNode node) => node switch
        {
            YamlMappingNode => "a mapping",
            YamlSequenceNode => "a list",
            _ => "text",
        };
    }
}
