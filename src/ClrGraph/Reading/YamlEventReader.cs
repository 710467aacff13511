using System.Collections.Immutable;
using ClrGraph.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClrGraph.Reading;

/// <summary>
/// Walks YamlDotNet's parser events for the taxonomy and reading-list front matter, reporting wrong types and
/// unknown keys at their exact line and column. Each Read method is handed the first event of a node and consumes
/// the whole node, skipping what it reports as wrong, so the walk always stays in step with the document. Anchors and
/// aliases are refused as they are met, so an alias bomb never expands; nesting is refused as it passes
/// <see cref="MaxDepth"/>, so a million '[' cost no more than sixty-five.
/// </summary>
internal sealed class YamlEventReader(
    Parser parser,
    string source,
    string file,
    int firstLine,
    string document,
    DiagnosticBag diagnostics,
    CancellationToken cancel
)
{
    /// <summary>How deep mappings and lists may nest: the taxonomy needs four levels.</summary>
    public const int MaxDepth = 64;

    // Marks, among a mapping's seen keys, that an item's first key came again: no key is a newline.
    private const string NextItem = "\n";

    private int _depth;

    // The end of the last event read: where the YAML stops making sense when the parser fails.
    private Mark _reached = Mark.Empty;

    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>
    /// Reads the single document of <paramref name="text"/> (from line <paramref name="firstLine"/> of the file) with
    /// <paramref name="readRoot"/>, which is handed the root node's first event, or null for an empty document.
    /// <paramref name="what"/> names the document in messages: "the taxonomy", "front matter". A YAML error is
    /// reported alone (what was found before it could be an artefact of the broken syntax) and gives null.
    /// </summary>
    public static T? Read<T>(
        string text,
        string file,
        int firstLine,
        string what,
        DiagnosticBag diagnostics,
        Func<YamlEventReader, ParsingEvent?, T?> readRoot,
        CancellationToken cancel = default
    )
        where T : class
    {
        var found = new DiagnosticBag();
        var parser = new Parser(new StringReader(text));
        var reader = new YamlEventReader(parser, text, file, firstLine, what, found, cancel);
        try
        {
            var result = reader.ReadDocument(readRoot);
            diagnostics.AddRange(found.Sorted());
            return result;
        }
        catch (RefusedException e)
        {
            diagnostics.AddRange([e.Diagnostic]);
            return null;
        }
        catch (YamlException e)
        {
            var (at, message, hint) = YamlSyntaxError.Explain(e, text, firstLine);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, reader.At(at), message, hint);
            return null;
        }
    }

    private T? ReadDocument<T>(Func<YamlEventReader, ParsingEvent?, T?> readRoot)
        where T : class
    {
        Next(); // StreamStart
        if (Next() is not DocumentStart)
        {
            return readRoot(this, null);
        }

        var root = Next();
        var empty = IsNull(root);
        var result = readRoot(this, empty ? null : root);
        Next(); // DocumentEnd

        // Any further document is still parsed, so that a YAML error in it is reported.
        for (var next = Next(); next is not StreamEnd; next = Next())
        {
            var secondRoot = Next();
            if (!empty)
            {
                Diagnostics.Error(
                    DiagnosticCodes.YamlSyntax,
                    At(secondRoot.Start),
                    $"{document} must be a single YAML document"
                );
                empty = true; // reported once
            }

            Skip(secondRoot);
            Next(); // DocumentEnd
        }

        return result;
    }

    /// <summary>The place of a mark in the file.</summary>
    public SourceLocation At(Mark mark) => new(File, firstLine + (int)mark.Line - 1, (int)mark.Column);

    public ParsingEvent Next()
    {
        cancel.ThrowIfCancellationRequested();
        try
        {
            if (!parser.MoveNext())
            {
                throw new YamlException("unexpected end of the YAML stream");
            }
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet throws this on some malformed input (an unclosed flow sequence running into block keys).
            throw new YamlException(
                _reached,
                _reached,
                "the YAML cannot be parsed after this point; look for an unclosed '[', '{' or quote",
                e
            );
        }

        var current = parser.Current!;
        _reached = current.End;
        if (current is AnchorAlias or NodeEvent { Anchor.IsEmpty: false })
        {
            var name = current is AnchorAlias alias
                ? $"alias '*{alias.Value}'"
                : $"anchor '&{((NodeEvent)current).Anchor}'";
            var message = $"YAML {name} is not allowed in {document}";
            var hint = YamlSyntaxError.Quoting(source, (int)current.Start.Line - 1) ?? "write the value out";
            throw Refused(current, DiagnosticCodes.YamlAlias, message, hint);
        }

        if (current is MappingStart or SequenceStart && ++_depth > MaxDepth)
        {
            throw Refused(
                current,
                DiagnosticCodes.InputTooLarge,
                $"{document} nests mappings and lists deeper than {MaxDepth} levels",
                "look for unclosed '[' or '{'; the taxonomy needs only a few levels"
            );
        }

        if (current is MappingEnd or SequenceEnd)
        {
            _depth--;
        }

        return current;
    }

    /// <summary>Whether <paramref name="node"/> starts a mapping; if not, it is reported and skipped.</summary>
    public bool IsMapping(ParsingEvent node, string what) =>
        node is MappingStart || Wrong(node, $"{what} must be a mapping of keys to values");

    /// <summary>
    /// The <paramref name="known"/> keys (null: any key) of the mapping being read, each with the first event of its
    /// value, which must be read whole before the next key is asked for. Unknown keys and repeated ones are reported
    /// and skipped with their values. In an item of a list, <paramref name="item"/> names what an item is, whose
    /// first known key starts it.
    /// </summary>
    public IEnumerable<(string Key, ParsingEvent Value)> Entries(IReadOnlyList<string>? known, string? item = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var keyNode = Next(); keyNode is not MappingEnd; keyNode = Next())
        {
            var at = At(keyNode.Start);
            Skip(keyNode);
            if (keyNode is not Scalar { Value: var key })
            {
                Diagnostics.Error(DiagnosticCodes.WrongType, at, $"a key must be text, not {Describe(keyNode)}");
            }
            else if (known is not null && !known.Contains(key))
            {
                var meant = Suggestions.Closest(key, known);
                var hint = meant is null ? "known keys: " + string.Join(", ", known) : $"did you mean '{meant}'?";
                Diagnostics.Error(DiagnosticCodes.UnknownKey, at, $"unknown key '{key}'", hint);
                if (meant is not null && seen.Add(meant))
                {
                    // Read as the key it was meant to be, so that the problems of its value are reported now too.
                    yield return (meant, Next());
                    continue;
                }
            }
            else if (!seen.Add(key))
            {
                // A second "url:" is more likely the next post, its "- " forgotten; the keys after it are part of that
                // one mistake. Two "subsystems:" lines under one post, or two "posts:" blocks: the second is not read.
                if (item is not null && key == known?[0] && seen.Add(NextItem))
                {
                    var hint = $"if it starts another {item}, write '- {key}:' in line with the '- ' above it";
                    Diagnostics.Error(DiagnosticCodes.UnknownKey, at, $"key '{key}' is repeated", hint);
                }
                else if (!seen.Contains(NextItem))
                {
                    var hint = $"join the two into one '{key}:'; the second is not read";
                    Diagnostics.Error(DiagnosticCodes.UnknownKey, at, $"key '{key}' is repeated", hint);
                }
            }
            else
            {
                yield return (key, Next());
                continue;
            }

            Skip(Next());
        }
    }

    /// <summary>The text of a scalar value of key <paramref name="what"/> (or an item of its list), or null for a
    /// null or a value of another type (reported).</summary>
    public string? Scalar(ParsingEvent node, string what, bool isItem = false)
    {
        if (node is Scalar scalar)
        {
            WarnCutByComment(scalar, what);
            if (!scalar.Tag.IsEmpty && scalar.Tag.Value != "tag:yaml.org,2002:str")
            {
                // "note: !!! must read": '!' starts a tag, which YAML drops from the value.
                var written = source[(int)scalar.Start.Index..(int)scalar.End.Index];
                Diagnostics.Error(
                    DiagnosticCodes.YamlSyntax,
                    At(scalar.Start),
                    SafeText.ForTerminal($"'{what}' starts with '!', which YAML reads as a tag and drops: "
                        + $"the value is '{scalar.Value}'"),
                    SafeText.ForTerminal($"quote the whole value: {what}: {YamlScalar.Of(written.Trim())}")
                );
            }

            return IsNull(node) ? null : SafeText.Of(scalar.Value);
        }

        Wrong(node, $"'{what}{(isItem ? " item" : "")}' must be text");
        return null;
    }

    // "note: Part #2 of the series": YAML ends a plain value at " #", where a comment starts, and drops the rest of the
    // line ("color: #1f77b4" is no value at all). A comment whose first character is a letter or a digit, right after
    // the '#', is more likely the value's.
    private void WarnCutByComment(Scalar scalar, string what)
    {
        var end = (int)scalar.End.Index;
        if (
            scalar.Style != ScalarStyle.Plain
            || end + 2 >= source.Length
            || source[end] != ' '
            || source[end + 1] != '#'
            || !char.IsLetterOrDigit(source[end + 2])
        )
        {
            return;
        }

        var lineEnd = source.IndexOf('\n', end);
        var rest = source[(end + 1)..(lineEnd < 0 ? source.Length : lineEnd)].TrimEnd('\r', ' ');
        Diagnostics.Warning(
            DiagnosticCodes.CommentInValue,
            At(scalar.End) with { Column = (int)scalar.End.Column + 1 },
            SafeText.ForTerminal($"'{what}' ends before ' #', where a YAML comment starts: '{rest}' is dropped"),
            SafeText.ForTerminal($"quote the whole value: {what}: {YamlScalar.Of($"{scalar.Value} {rest}".Trim())}; "
                + "or, for a comment, put two spaces before '#' and one after")
        );
    }

    /// <summary>The items of a list of text, each with its place.</summary>
    public List<(string Value, SourceLocation Location)> ScalarList(ParsingEvent node, string what)
    {
        if (node is Scalar text && !IsNull(node))
        {
            Diagnostics.Error(
                DiagnosticCodes.WrongType,
                At(node.Start),
                $"'{what}' must be a list, not text",
                $"write it as {what}: [{text.Value}]"
            );
            // Read as the one item it names, so that this mistake is one error ("maps to no subsystem" would be a
            // second).
            return [(text.Value, At(node.Start))];
        }

        var values = new List<(string, SourceLocation)>();
        foreach (var item in Items(node, what))
        {
            if (Scalar(item, what, isItem: true) is { } value)
            {
                values.Add((value, At(item.Start)));
            }
        }

        return values;
    }

    /// <summary>The first events of a list's items, one by one: each must be read whole before the next is asked
    /// for. Null stands for an empty list; anything else is reported and skipped.</summary>
    public IEnumerable<ParsingEvent> Items(ParsingEvent node, string what)
    {
        if (node is SequenceStart || (!IsNull(node) && Wrong(node, $"'{what}' must be a list")))
        {
            for (var item = Next(); item is not SequenceEnd; item = Next())
            {
                yield return item;
            }
        }
    }

    /// <summary>The items of a list of text.</summary>
    public ImmutableArray<string> ScalarValues(ParsingEvent node, string what) =>
        [.. ScalarList(node, what).Select(i => i.Value)];

    /// <summary>Consumes the rest of the node <paramref name="node"/> starts (nothing more for a scalar).</summary>
    public void Skip(ParsingEvent node)
    {
        // Iterative, so a document nested a hundred thousand levels deep cannot exhaust the stack.
        var depth = node.NestingIncrease;
        while (depth > 0)
        {
            depth += Next().NestingIncrease;
        }
    }

    /// <summary>Whether the node is YAML's null.</summary>
    public static bool IsNull(ParsingEvent node) =>
        node is Scalar { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: "" or "~" or "null" or "Null" or "NULL" };

    // Reports a node of another type than the message says it must be, and skips it; false, for a failed check.
    private bool Wrong(ParsingEvent node, string mustBe)
    {
        Diagnostics.Error(DiagnosticCodes.WrongType, At(node.Start), $"{mustBe}, not {Describe(node)}");
        Skip(node);
        return false;
    }

    private static string Describe(ParsingEvent node) =>
        node switch
        {
            MappingStart => "a mapping",
            SequenceStart => "a list",
            _ => "text",
        };

    private RefusedException Refused(ParsingEvent at, string code, string message, string hint) =>
        new(new Diagnostic(code, Severity.Error, At(at.Start), message, hint));

    // Input refused as it is met (an anchor, an alias, nesting too deep): reported alone, like a YAML error.
    private sealed class RefusedException(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }
}
