using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ClrGraph.Reading;

/// <summary>
/// A parser for the plain, block-style YAML a hand-kept taxonomy is written in, several times faster than YamlDotNet's:
/// nested mappings and lists, one-line plain or quoted scalars, one-line flow lists of scalars, comments. It gives
/// the very events YamlDotNet's <see cref="Parser"/> gives for the same text (values, styles, marks). Text that uses
/// anything else (anchors, tags, block or multi-line scalars, escapes, flow mappings, document markers, tabs, CR line
/// ends) or is not valid YAML is refused as a whole, before any event is given, and left to YamlDotNet, which reads
/// it and words its errors.
/// </summary>
internal sealed class SimpleYamlParser : IParser
{
    private readonly string _text;
    private readonly bool _emit; // false: only check that the whole text is in the subset
    private readonly Queue<ParsingEvent> _ready = new();
    private readonly List<(bool IsList, int Indent)> _open = []; // the block collections open, innermost last
    private int _next; // where the next line starts
    private int _line; // the number of the line last read, from 1
    private int _lineStart;
    private Mark? _pendingNull; // a key with nothing after it: its value is a null scalar, or the block on the next lines
    private int _pendingIndent;
    private bool _started;
    private bool _finished;

    private SimpleYamlParser(string text, bool emit)
    {
        _text = text;
        _emit = emit;
    }

    /// <summary>A parser over <paramref name="text"/>, or null when the text is not in the subset this parser reads.</summary>
    public static IParser? TryCreate(string text)
    {
        if (!HasOnlyPlainCharacters(text))
        {
            return null;
        }

        var check = new SimpleYamlParser(text, emit: false);
        while (!check._finished)
        {
            if (!check.ReadLine())
            {
                return null;
            }
        }

        return check._started ? new SimpleYamlParser(text, emit: true) : null;
    }

    /// <inheritdoc />
    public ParsingEvent? Current { get; private set; }

    /// <inheritdoc />
    public bool MoveNext()
    {
        while (_ready.Count == 0 && !_finished)
        {
            if (!ReadLine())
            {
                throw new InvalidOperationException("the text changed between the check and the parse"); // a bug, not bad input
            }
        }

        Current = _ready.Count > 0 ? _ready.Dequeue() : null;
        return Current is not null;
    }

    // Reads the next line that holds more than a comment, queueing its events; false when the text is not in the subset.
    private bool ReadLine()
    {
        while (_next < _text.Length)
        {
            var end = _text.IndexOf('\n', _next);
            end = end < 0 ? _text.Length : end;
            _line++;
            _lineStart = _next;
            _next = end + 1;
            var first = SkipSpaces(_lineStart, end);
            if (first == end || _text[first] == '#')
            {
                continue; // blank or comment
            }

            return Content(first, ContentEnd(first, end), first - _lineStart);
        }

        if (!_started)
        {
            _finished = true; // nothing but comments: YamlDotNet makes no document of it
            return true;
        }

        if (_pendingNull is { } at)
        {
            Null(at);
        }

        // As YamlDotNet ends: the blocks indented deeper than the end of the last line close there; then, past a line
        // break it adds if the text has none, the others. The last line read is the text's last.
        var endsWithBreak = _text[^1] == '\n';
        var lastLength = endsWithBreak ? 0 : _text.Length - _lineStart;
        var here = endsWithBreak ? new Mark(_text.Length, _line + 1, 1) : MarkAt(_text.Length);
        while (_open.Count > 0 && _open[^1].Indent > lastLength)
        {
            Close(here);
        }

        var last = endsWithBreak ? here : new Mark(_text.Length, _line + 1, 1);
        while (_open.Count > 0)
        {
            Close(last);
        }

        if (_emit)
        {
            _ready.Enqueue(new DocumentEnd(isImplicit: true, last, last));
            _ready.Enqueue(new StreamEnd(last, last));
        }

        _finished = true;
        return true;
    }

    // One line's content, from its first character to its end without a trailing comment or spaces.
    private bool Content(int first, int end, int indent)
    {
        var at = MarkAt(first);
        var isItem = IsItem(first, end);
        if (!_started)
        {
            if (indent > 0 || StartsDocumentMarker(first))
            {
                return false;
            }

            _started = true;
            if (_emit)
            {
                _ready.Enqueue(new StreamStart(new Mark(0, 1, 1), new Mark(0, 1, 1)));
                _ready.Enqueue(new DocumentStart(null, null, isImplicit: true, at, at));
            }

            return Open(isItem, 0, at) && Entry(first, end, isItem);
        }

        if (indent == 0 && StartsDocumentMarker(first))
        {
            return false;
        }

        if (_pendingNull is { } nullAt)
        {
            _pendingNull = null;
            if (indent > _pendingIndent)
            {
                return Open(isItem, indent, at) && Entry(first, end, isItem);
            }

            if (isItem && indent == _pendingIndent)
            {
                return false; // a list at its key's indentation: valid YAML, but left to YamlDotNet
            }

            Null(nullAt);
        }

        while (_open.Count > 0 && _open[^1].Indent > indent)
        {
            Close(at);
        }

        var (openIsList, openIndent) = _open[^1];
        return openIndent == indent && openIsList == isItem && Entry(first, end, isItem);
    }

    private bool Open(bool isList, int indent, Mark at)
    {
        _open.Add((isList, indent));
        if (_emit)
        {
            _ready.Enqueue(isList
                ? new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block, at, at)
                : new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block, at, at));
        }

        return true;
    }

    private void Close(Mark at)
    {
        if (_emit)
        {
            _ready.Enqueue(_open[^1].IsList ? new SequenceEnd(at, at) : new MappingEnd(at, at));
        }

        _open.RemoveAt(_open.Count - 1);
    }

    // A list item ("- ...") or a key with its value.
    private bool Entry(int first, int end, bool isItem)
    {
        if (!isItem)
        {
            return KeyAndValue(first, end);
        }

        var item = SkipSpaces(first + 1, end);
        if (item == end)
        {
            return false; // an item whose value is on the next lines
        }

        return KeyColon(item, end) < 0
            ? Value(item, end)
            : Open(isList: false, item - _lineStart, MarkAt(item)) && KeyAndValue(item, end);
    }

    private bool KeyAndValue(int first, int end)
    {
        var colon = KeyColon(first, end);
        if (colon <= first || !StartsPlain(first) || _text[colon - 1] == ' ')
        {
            return false;
        }

        Scalar(first, colon, ScalarStyle.Plain);
        var value = SkipSpaces(colon + 1, end);
        if (value < end)
        {
            return Value(value, end);
        }

        _pendingNull = MarkAt(colon + 1);
        _pendingIndent = first - _lineStart;
        return true;
    }

    // A value that starts at first and fills the rest of the line: a scalar or a flow list.
    private bool Value(int first, int end)
    {
        switch (_text[first])
        {
            case '[':
                return FlowList(first, end);
            case '"' or '\'':
                return Quoted(first, end, out var close) && close == end;
            default:
                if (!StartsPlain(first) || KeyColon(first, end) >= 0)
                {
                    return false; // a second key on the line: an error YamlDotNet reports
                }

                Scalar(first, end, ScalarStyle.Plain);
                return true;
        }
    }

    // "[a, 'b', "c"]" on one line, nothing nested.
    private bool FlowList(int open, int end)
    {
        if (_emit)
        {
            var at = MarkAt(open);
            _ready.Enqueue(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow, at, at));
        }

        var i = SkipSpaces(open + 1, end);
        if (i < end && _text[i] == ']')
        {
            return CloseFlowList(i, end);
        }

        while (i < end)
        {
            int itemEnd;
            if (_text[i] is '"' or '\'')
            {
                if (!Quoted(i, end, out itemEnd))
                {
                    return false;
                }
            }
            else
            {
                itemEnd = i;
                while (itemEnd < end && _text[itemEnd] is not (',' or ']' or '[' or '{' or '}' or ':' or '#'))
                {
                    itemEnd++;
                }

                var valueEnd = itemEnd;
                while (valueEnd > i && _text[valueEnd - 1] == ' ')
                {
                    valueEnd--;
                }

                if (valueEnd == i || !StartsPlain(i))
                {
                    return false;
                }

                Scalar(i, valueEnd, ScalarStyle.Plain);
            }

            i = SkipSpaces(itemEnd, end);
            if (i < end && _text[i] == ']')
            {
                return CloseFlowList(i, end);
            }

            if (i >= end || _text[i] != ',')
            {
                return false;
            }

            i = SkipSpaces(i + 1, end);
            if (i < end && _text[i] == ']')
            {
                return false; // a trailing comma
            }
        }

        return false; // not closed on this line
    }

    private bool CloseFlowList(int close, int end)
    {
        if (_emit)
        {
            var at = MarkAt(close);
            _ready.Enqueue(new SequenceEnd(at, at));
        }

        return close + 1 == end;
    }

    // A one-line quoted scalar without escapes ('' in single quotes is the one allowed); close is just past its end.
    private bool Quoted(int open, int end, out int close)
    {
        var quote = _text[open];
        var i = open + 1;
        var doubled = false;
        while (true)
        {
            var rest = _text.AsSpan(i, end - i);
            var found = quote == '"' ? rest.IndexOfAny('"', '\\') : rest.IndexOf('\'');
            var next = found < 0 ? -1 : i + found;
            if (next < 0 || _text[next] == '\\')
            {
                close = -1;
                return false;
            }

            if (quote == '\'' && next + 1 < end && _text[next + 1] == '\'')
            {
                doubled = true;
                i = next + 2;
                continue;
            }

            close = next + 1;
            break;
        }

        if (_emit)
        {
            var value = _text[(open + 1)..(close - 1)];
            _ready.Enqueue(NewScalar(doubled ? value.Replace("''", "'", StringComparison.Ordinal) : value, quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted, open, close));
        }

        return true;
    }

    private void Scalar(int start, int end, ScalarStyle style)
    {
        if (_emit)
        {
            _ready.Enqueue(NewScalar(_text[start..end], style, start, end));
        }
    }

    private void Null(Mark at)
    {
        if (_emit)
        {
            _ready.Enqueue(new Scalar(AnchorName.Empty, TagName.Empty, "", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false, at, at));
        }
    }

    private Scalar NewScalar(string value, ScalarStyle style, int start, int end) =>
        new(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: style == ScalarStyle.Plain, isQuotedImplicit: style != ScalarStyle.Plain, MarkAt(start), MarkAt(end));

    // The colon that ends a plain key ("key: value" or "key:"), or -1 when the text is not a key.
    private int KeyColon(int first, int end)
    {
        if (_text[first] is '"' or '\'' or '[')
        {
            return -1;
        }

        for (var i = _text.IndexOf(':', first, end - first); i >= 0; i = _text.IndexOf(':', i + 1, end - i - 1))
        {
            if (i + 1 == end || _text[i + 1] == ' ')
            {
                return i;
            }
        }

        return -1;
    }

    private bool IsItem(int first, int end) => _text[first] == '-' && (first + 1 == end || _text[first + 1] == ' ');

    // A plain scalar may not start with an indicator; '-', '?' and ':' could, in some places, but are left to YamlDotNet.
    private bool StartsPlain(int at) => _text[at] is not ('-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`');

    private bool StartsDocumentMarker(int at) =>
        _text.AsSpan(at).StartsWith("---", StringComparison.Ordinal) || _text.AsSpan(at).StartsWith("...", StringComparison.Ordinal);

    // Where the content ends: before a comment (" #") and the spaces before it.
    private int ContentEnd(int first, int end)
    {
        var comment = _text.IndexOf(" #", first, end - first, StringComparison.Ordinal);
        var contentEnd = comment < 0 ? end : comment;
        while (contentEnd > first && _text[contentEnd - 1] == ' ')
        {
            contentEnd--;
        }

        return contentEnd;
    }

    // Line feeds and printable characters only: none that YAML reads as a line break, and no tab, surrogate or BOM.
    private static bool HasOnlyPlainCharacters(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAnyExceptInRange(' ', '~'); i >= 0; i = Next(span, i))
        {
            if (span[i] is not '\n' and (< ' ' or (>= '\u007F' and <= '\u009F') or (>= '\uD800' and <= '\uDFFF') or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'))
            {
                return false;
            }
        }

        return true;

        static int Next(ReadOnlySpan<char> span, int i)
        {
            var next = span[(i + 1)..].IndexOfAnyExceptInRange(' ', '~');
            return next < 0 ? -1 : i + 1 + next;
        }
    }

    private int SkipSpaces(int i, int end)
    {
        while (i < end && _text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private Mark MarkAt(int index) => new(index, _line, index - _lineStart + 1);
}
