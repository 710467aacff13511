using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace ClrGraph.Export;

/// <summary>
/// A streaming XML writer over a UTF-8 byte buffer, for the GraphML and GEXF writers: markup is written as bytes,
/// text and attribute values are escaped as <see cref="System.Xml.XmlWriter"/> does with
/// <see cref="System.Xml.NewLineHandling.Entitize"/> (so a normalizing reader gets every character back), and
/// characters XML cannot carry are replaced as <see cref="XmlText.Clean"/> replaces them. Several times faster than
/// XmlWriter on large graphs, because it checks nothing but what it escapes.
/// </summary>
internal sealed class Utf8Xml(Stream output) : IDisposable
{
    // Every character that needs more than copying: markup, line ends, tab, controls, surrogates, U+FFFE and U+FFFF.
    private static readonly SearchValues<char> Special = SearchValues.Create("<>&\"\t\n\r" + XmlText.Suspects);

    // Printable ASCII but markup: the text of most values, copied as it is.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        " !#$%'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"
    );

    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _used;

    /// <summary>Writes markup as it is (ASCII).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // most markup is a literal: inlined, its copy is unrolled
    public void Raw(ReadOnlySpan<byte> markup)
    {
        if (markup.Length > _buffer.Length - _used)
        {
            Flush();
        }

        markup.CopyTo(_buffer.AsSpan(_used));
        _used += markup.Length;
    }

    /// <summary>Writes markup held in a string (ASCII, made by the writer itself, never user text).</summary>
    public void Markup(string markup) => Utf16(markup);

    /// <summary>A line break and <paramref name="depth"/> levels of two-space indentation (at most ten).</summary>
    public void Line(int depth) => Raw("\n                    "u8[..(1 + (2 * depth))]);

    /// <summary>Writes element content, escaped.</summary>
    public void Text(string value) => Escaped(value, attribute: false);

    /// <summary>Writes <c> name="value"</c> with the value escaped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Attribute(ReadOnlySpan<byte> name, string value)
    {
        Raw(" "u8);
        Raw(name);
        Raw("=\""u8);
        Escaped(value, attribute: true);
        Raw("\""u8);
    }

    /// <summary>Writes <c> name="e<paramref name="index"/>"</c>: an edge id, without making its string.</summary>
    public void EdgeId(ReadOnlySpan<byte> name, int index)
    {
        Raw(" "u8);
        Raw(name);
        Raw("=\"e"u8);
        if (_buffer.Length - _used < 16)
        {
            Flush();
        }

        index.TryFormat(_buffer.AsSpan(_used), out var written, default, CultureInfo.InvariantCulture);
        _used += written;
        Raw("\""u8);
    }

    /// <summary>Writes whatever is buffered to the stream.</summary>
    public void Flush()
    {
        output.Write(_buffer, 0, _used);
        _used = 0;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
    }

    private void Escaped(ReadOnlySpan<char> value, bool attribute)
    {
        if (!value.ContainsAnyExcept(Plain))
        {
            Utf16(value); // one scan of an ASCII-only set, much faster than one of Special, which holds surrogates
            return;
        }

        while (!value.IsEmpty)
        {
            var plain = value.IndexOfAny(Special);
            var run = plain < 0 ? value : value[..plain];
            Utf16(run);
            if (plain < 0)
            {
                return;
            }

            var c = value[plain];
            var length = 1;
            if (char.IsHighSurrogate(c) && plain + 1 < value.Length && char.IsLowSurrogate(value[plain + 1]))
            {
                Utf16(value.Slice(plain, 2)); // a valid pair is ordinary text
                length = 2;
            }
            else
            {
                Raw(
                    c switch
                    {
                        '<' => "&lt;"u8,
                        '>' => "&gt;"u8,
                        '&' => "&amp;"u8,
                        '"' => attribute ? "&quot;"u8 : "\""u8,
                        '\t' => attribute ? "&#x9;"u8 : "\t"u8,
                        '\n' => attribute ? "&#xA;"u8 : "\n"u8,
                        '\r' => "&#xD;"u8,
                        // Controls, lone surrogates, U+FFFE and U+FFFF: what XmlText.Clean makes of them.
                        _ => "\uFFFD"u8,
                    }
                );
            }

            value = value[(plain + length)..];
        }
    }

    private void Utf16(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (_buffer.Length - _used < 8)
            {
                Flush();
            }

            Utf8.FromUtf16(text, _buffer.AsSpan(_used), out var read, out var written, replaceInvalidSequences: true);
            _used += written;
            text = text[read..];
        }
    }
}
