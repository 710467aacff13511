using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ClrGraph.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClrGraph.Reading;

/// <summary>
/// Reads <c>taxonomy.yaml</c> into a <see cref="Taxonomy"/>, reporting YAML errors, wrong types and unknown keys at
/// their exact line and column. Cross-checks (unknown ids, cycles, duplicates) are the validator's.
/// </summary>
/// <remarks>
/// The file is read straight from parser events (<see cref="SimpleYamlParser"/>'s, or YamlDotNet's for YAML beyond it),
/// in one pass and without building a document: a large taxonomy would otherwise be held twice, once as YAML nodes
/// and once as the model.
/// </remarks>
public static class TaxonomyReader
{
    private static readonly string[] RootKeys = ["reading-lists", "subsystems", "posts"];
    private static readonly string[] SubsystemKeys = ["id", "name", "summary", "parent", "color", "botr", "source", "design-docs", "keywords"];
    private static readonly string[] PostKeys = ["url", "subsystems", "title", "note"];

    /// <summary>Reads the taxonomy file; returns null (with diagnostics) when it can't be read or parsed at all.</summary>
    /// <param name="path">The file.</param>
    /// <param name="display">The path as diagnostics name it.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="listNamed">Called with each reading list as soon as it is read, before the rest of the file is, so
    /// that the caller can start reading the list meanwhile.</param>
    public static Taxonomy? ReadFile(string path, string display, DiagnosticBag diagnostics, Action<ListReference>? listNamed = null)
    {
        var text = InputFile.Read(path, display, diagnostics);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return text is null ? null : Parse(text, display, directory, diagnostics, listNamed);
    }

    /// <summary>Parses taxonomy text.</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="file">The path as diagnostics name it.</param>
    /// <param name="directory">The folder reading lists are relative to.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="listNamed">Called with each reading list as soon as it is read (see <see cref="ReadFile"/>).</param>
    public static Taxonomy? Parse(string text, string file, string directory, DiagnosticBag diagnostics, Action<ListReference>? listNamed = null)
    {
        // A YAML error is reported alone: what was found before it could be an artefact of the broken syntax.
        var found = new DiagnosticBag();
        Taxonomy? taxonomy;
        try
        {
            // Plain block YAML, as taxonomies are written, is read by our own parser; anything else by YamlDotNet's.
            var parser = SimpleYamlParser.TryCreate(text) ?? new CheckedYamlParser(new StringReader(text));
            taxonomy = new Reader(parser, file, directory, found, listNamed).ReadStream();
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

        diagnostics.AddRange(found.Sorted());
        return taxonomy;
    }

    private sealed class AliasException(ParsingEvent parsingEvent) : Exception("YAML anchor or alias")
    {
        public ParsingEvent Event { get; } = parsingEvent;
    }

    internal static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    /// <summary>
    /// Walks the parser's events. Each Read* method is handed the first event of a node and consumes the whole node,
    /// skipping what it reports as wrong, so the walk always stays in step with the document.
    /// </summary>
    private sealed class Reader(IParser parser, string file, string directory, DiagnosticBag diagnostics, Action<ListReference>? listNamed)
    {
        /// <summary>The next event; anchors and aliases are refused as they are met, so an alias bomb never expands.</summary>
        private ParsingEvent Next()
        {
            if (!parser.MoveNext())
            {
                throw new YamlException("unexpected end of the YAML stream");
            }

            var current = parser.Current!;
            if (current is AnchorAlias or NodeEvent { Anchor.IsEmpty: false })
            {
                throw new AliasException(current);
            }

            return current;
        }

        public Taxonomy? ReadStream()
        {
            void ReportEmpty() => diagnostics.Error(DiagnosticCodes.MissingKey, new SourceLocation(file, 1, 1), "the taxonomy is empty", "it needs 'reading-lists:', 'subsystems:' and 'posts:'");
            Next(); // StreamStart
            if (Next() is not DocumentStart)
            {
                ReportEmpty();
                return null;
            }

            var root = Next();
            Taxonomy? taxonomy = null;
            var empty = root is Scalar { Value: "" or "~" };
            if (empty)
            {
                ReportEmpty();
            }
            else
            {
                taxonomy = ReadRoot(root);
            }

            Next(); // DocumentEnd
            // Any further document is still parsed, so that a YAML error in it is reported.
            for (var next = Next(); next is not StreamEnd; next = Next())
            {
                var secondRoot = Next();
                if (!empty)
                {
                    diagnostics.Error(DiagnosticCodes.YamlSyntax, At(file, secondRoot.Start), "the taxonomy must be a single YAML document");
                    empty = true; // reported once
                }

                Skip(secondRoot);
                Next(); // DocumentEnd
            }

            return taxonomy;
        }

        private Taxonomy? ReadRoot(ParsingEvent root)
        {
            if (!IsMapping(root, "the taxonomy"))
            {
                return null;
            }

            var lists = ImmutableArray.CreateBuilder<ListReference>();
            var subsystems = ImmutableArray.CreateBuilder<Subsystem>();
            var posts = ImmutableArray.CreateBuilder<PostMapping>();
            var seen = 0;
            while (NextKey(RootKeys, ref seen) is { } key)
            {
                var value = Next();
                switch (key)
                {
                    case "reading-lists":
                        foreach (var (item, location) in ScalarList(value, "reading-lists"))
                        {
                            var full = Path.GetFullPath(Path.Combine(directory, item));
                            var reference = new ListReference(full, DisplayPath.Of(full), location);
                            lists.Add(reference);
                            listNamed?.Invoke(reference);
                        }

                        break;
                    case "subsystems":
                        if (IsSequence(value, "subsystems"))
                        {
                            for (var item = Next(); item is not SequenceEnd; item = Next())
                            {
                                if (ReadSubsystem(item) is { } subsystem)
                                {
                                    subsystems.Add(subsystem);
                                }
                            }
                        }

                        break;
                    default:
                        if (IsSequence(value, "posts"))
                        {
                            for (var item = Next(); item is not SequenceEnd; item = Next())
                            {
                                if (ReadPost(item) is { } post)
                                {
                                    posts.Add(post);
                                }
                            }
                        }

                        break;
                }
            }

            return new Taxonomy(file, directory, lists.ToImmutable(), subsystems.ToImmutable(), posts.ToImmutable());
        }

        private Subsystem? ReadSubsystem(ParsingEvent node)
        {
            if (!IsMapping(node, "a subsystem"))
            {
                return null;
            }

            string? id = null, name = null, summary = null, parent = null, color = null;
            SourceLocation? idAt = null, parentAt = null;
            ImmutableArray<string> botr = [], source = [], designDocs = [], keywords = [];
            var seen = 0;
            while (NextKey(SubsystemKeys, ref seen) is { } key)
            {
                var value = Next();
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
                        botr = ScalarValues(value, "botr");
                        break;
                    case "source":
                        source = ScalarValues(value, "source");
                        break;
                    case "keywords":
                        keywords = ScalarValues(value, "keywords");
                        break;
                    default:
                        designDocs = ScalarValues(value, "design-docs");
                        break;
                }
            }

            var location = At(file, node.Start);
            if (id is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, location, "subsystem has no 'id'");
                return null;
            }

            if (name is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingKey, location, $"subsystem '{id}' has no 'name'");
            }

            return new Subsystem(id, name ?? id, summary, parent, color, botr, source, designDocs, location, idAt ?? location, parent is null ? null : parentAt)
            {
                Keywords = keywords,
            };
        }

        private PostMapping? ReadPost(ParsingEvent node)
        {
            if (!IsMapping(node, "a post"))
            {
                return null;
            }

            string? url = null, title = null, note = null;
            SourceLocation? urlAt = null;
            ImmutableArray<SubsystemReference>? subsystems = null;
            var seen = 0;
            while (NextKey(PostKeys, ref seen) is { } key)
            {
                var value = Next();
                switch (key)
                {
                    case "url":
                        url = Scalar(value, "url");
                        urlAt = At(file, value.Start);
                        break;
                    case "subsystems":
                        subsystems = References(value);
                        break;
                    case "title":
                        title = Scalar(value, "title");
                        break;
                    default:
                        note = Scalar(value, "note");
                        break;
                }
            }

            var location = At(file, node.Start);
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

        /// <summary>Whether <paramref name="node"/> starts a mapping; if not, it is reported and skipped.</summary>
        private bool IsMapping(ParsingEvent node, string what)
        {
            if (node is MappingStart)
            {
                return true;
            }

            diagnostics.Error(DiagnosticCodes.WrongType, At(file, node.Start), $"{what} must be a mapping of keys to values, not {Describe(node)}");
            Skip(node);
            return false;
        }

        /// <summary>
        /// The next known key of the mapping being read, or null at its end. Unknown and repeated keys are reported
        /// and skipped with their values.
        /// </summary>
        /// <param name="known">The keys the mapping may have.</param>
        /// <param name="seen">The keys met so far, one bit per index in <paramref name="known"/>.</param>
        private string? NextKey(string[] known, ref int seen)
        {
            for (var keyNode = Next(); keyNode is not MappingEnd; keyNode = Next())
            {
                var at = At(file, keyNode.Start);
                Skip(keyNode);
                if (keyNode is not Scalar { Value: var key })
                {
                    diagnostics.Error(DiagnosticCodes.WrongType, at, $"a key must be text, not {Describe(keyNode)}");
                }
                else if (Array.IndexOf(known, key) is var index && index < 0)
                {
                    diagnostics.Error(DiagnosticCodes.UnknownKey, at, $"unknown key '{key}'", Suggestions.DidYouMean(key, known) ?? "known keys: " + string.Join(", ", known));
                }
                else if ((seen & (1 << index)) != 0)
                {
                    diagnostics.Error(DiagnosticCodes.UnknownKey, at, $"key '{key}' is repeated");
                }
                else
                {
                    seen |= 1 << index;
                    return key;
                }

                Skip(Next());
            }

            return null;
        }

        /// <summary>Whether <paramref name="node"/> starts a list; null stands for an empty list; anything else is reported and skipped.</summary>
        private bool IsSequence(ParsingEvent node, string what)
        {
            if (node is SequenceStart)
            {
                return true;
            }

            if (!IsNull(node))
            {
                diagnostics.Error(DiagnosticCodes.WrongType, At(file, node.Start), $"'{what}' must be a list, not {Describe(node)}");
                Skip(node);
            }

            return false;
        }

        /// <param name="node">The value's first event.</param>
        /// <param name="what">The key it is the value of, for the message.</param>
        /// <param name="isItem">Whether it is an item of that key's list.</param>
        private string? Scalar(ParsingEvent node, string what, bool isItem = false)
        {
            if (IsNull(node))
            {
                return null;
            }

            if (node is Scalar scalar)
            {
                return scalar.Value;
            }

            diagnostics.Error(DiagnosticCodes.WrongType, At(file, node.Start), $"'{what}{(isItem ? " item" : "")}' must be text, not {Describe(node)}");
            Skip(node);
            return null;
        }

        /// <summary>The items of a list of text, each with its place; the list is reused by the next call.</summary>
        private List<(string Value, SourceLocation Location)> ScalarList(ParsingEvent node, string what)
        {
            var values = _items;
            values.Clear();
            if (node is Scalar text && !IsNull(node))
            {
                diagnostics.Error(DiagnosticCodes.WrongType, At(file, node.Start), $"'{what}' must be a list, not text", $"write it as {what}: [{text.Value}]");
                return values;
            }

            if (IsSequence(node, what))
            {
                for (var item = Next(); item is not SequenceEnd; item = Next())
                {
                    if (Scalar(item, what, isItem: true) is { } value)
                    {
                        values.Add((value, At(file, item.Start)));
                    }
                }
            }

            return values;
        }

        private readonly List<(string Value, SourceLocation Location)> _items = [];

        private ImmutableArray<string> ScalarValues(ParsingEvent node, string what)
        {
            var items = ScalarList(node, what);
            var values = new string[items.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = items[i].Value;
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(values);
        }

        private ImmutableArray<SubsystemReference> References(ParsingEvent node)
        {
            var items = ScalarList(node, "subsystems");
            var references = new SubsystemReference[items.Count];
            for (var i = 0; i < references.Length; i++)
            {
                references[i] = new SubsystemReference(items[i].Value, items[i].Location);
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(references);
        }

        /// <summary>Consumes the rest of the node <paramref name="node"/> starts (nothing more for a scalar).</summary>
        private void Skip(ParsingEvent node)
        {
            // Iterative, so a document nested a hundred thousand levels deep cannot exhaust the stack.
            var depth = node is MappingStart or SequenceStart ? 1 : 0;
            while (depth > 0)
            {
                switch (Next())
                {
                    case MappingStart or SequenceStart:
                        depth++;
                        break;
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                    default:
                        break;
                }
            }
        }

        private static bool IsNull(ParsingEvent node) =>
            node is Scalar { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: "" or "~" or "null" or "Null" or "NULL" };

        private static string Describe(ParsingEvent node) => node switch
        {
            MappingStart => "a mapping",
            SequenceStart => "a list",
            _ => "text",
        };
    }
}
