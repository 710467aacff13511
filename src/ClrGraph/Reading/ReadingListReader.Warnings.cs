using ClrGraph.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClrGraph.Reading;

// What the walker says of text it could not read as the curator meant: links Markdig left as text, a table or a
// link swallowed by the line before it, relative links and unused link definitions.
internal static partial class ReadingListReader
{
    private sealed partial class Walker
    {
        // Text written as a link that Markdig read as text ("[https://…](Title)"): the post would be lost unnoticed.
        private void WarnUnreadLinks(LeafBlock leaf)
        {
            // Where Markdig did read links and code, merged; in document order, so matches walk them once.
            var read = new List<(int Start, int End)>();
            var inlines = leaf.Inline?.Descendants<Inline>() ?? [];
            foreach (var inline in inlines.Where(i => i is LinkInline or AutolinkInline or CodeInline))
            {
                WarnJoinedCitation(inline);
                var span = inline.Span;
                if (read.Count > 0 && span.Start <= read[^1].End)
                {
                    read[^1] = (read[^1].Start, Math.Max(read[^1].End, span.End));
                }
                else
                {
                    read.Add((span.Start, span.End));
                }
            }

            if (!HasUnreadMarks(leaf.Span, read))
            {
                return;
            }

            var text = source.Substring(leaf.Span.Start, leaf.Span.Length);
            var (line, lineStart, scanned, next) = (leaf.Line, -leaf.Column, 0, 0);
            foreach (var (index, problem, hint) in LinkText.Unread(text).OrderBy(u => u.Index))
            {
                for (; scanned < index; scanned++)
                {
                    (line, lineStart) = text[scanned] == '\n' ? (line + 1, scanned + 1) : (line, lineStart);
                }

                var start = leaf.Span.Start + index;
                while (next < read.Count && read[next].End < start)
                {
                    next++;
                }

                if (next == read.Count || read[next].Start > start)
                {
                    var location = new SourceLocation(file, line + 1, index - lineStart + 1);
                    WarnLink(location, "not read as a link: " + problem, hint);
                }
            }
        }

        // Whether the text outside what Markdig read holds a mark that starts a link it could not read: a bracket, a
        // parenthesis or an address. Most items are a link and plain words, and need no search.
        private bool HasUnreadMarks(SourceSpan span, List<(int Start, int End)> read)
        {
            var (from, after) = (span.Start, span.End + 1);
            foreach (var (start, end) in read.Append((after, after)))
            {
                var outside = source.AsSpan(from, Math.Max(0, Math.Min(start, after) - from));
                if (outside.IndexOfAny('[', '(') >= 0 || outside.Contains("http", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                from = Math.Clamp(end + 1, from, after);
            }

            return false;
        }

        // "… in .NET 7 [2][3].", as a chatbot cites two sources: Markdown reads one link, the text "2" to the address
        // of [3], and the source [2] is lost.
        private void WarnJoinedCitation(Inline inline)
        {
            if (
                inline is LinkInline { IsShortcut: false, Label: { } label } link
                && IsCitation(link, label)
                && PlainText.Of(link, _scratch) is var cited
                && cited != label
                && IsCitation(link, cited)
            )
            {
                WarnLink(
                    new SourceLocation(file, link.Line + 1, link.Column + 1),
                    $"'[{cited}][{label}]' is one link in Markdown, to the address of [{label}]: the source "
                        + $"[{cited}] is not read",
                    $"put a space between them: [{cited}] [{label}]"
                );
            }
        }

        // "[1]" with "[1]: https://…" below: a number that cites a source, as a chatbot does.
        private static bool IsCitation(LinkInline link, string text) =>
            link.Reference is not null && text.Length > 0 && text.All(char.IsAsciiDigit);

        // A table that Markdig did not read, so its rows are one paragraph, not items: a separator row below a row
        // with a '|' ("https://…|25", where a bare address runs on into the '|'; or the separator lower than right
        // below the header), or rows that are all '|' cells with no separator at all.
        private void WarnUnreadTable(ParagraphBlock paragraph)
        {
            // A table has a '|' and two lines at least: most paragraphs are one line, without a '|'.
            var text = source.AsSpan(paragraph.Span.Start, paragraph.Span.Length);
            if (!text.Contains('|') || !text.Contains('\n'))
            {
                return;
            }

            const string unread = "not read as a table: its rows are read as one paragraph, so they are no items";
            var rows = text.ToString().Split('\n');
            var separator = Array.FindIndex(rows, 1, row => TableSeparator().IsMatch(row));
            // Rows are numbered from 1, as the file's lines; the paragraph's first row is its header.
            SourceLocation Row(int index)
            {
                var start = paragraph.Span.Start + rows[..index].Sum(r => r.Length + 1);
                return new(file, paragraph.Line + index + 1, ColumnAt(start));
            }

            if (separator > 1 && rows[..separator].All(IsTableRow))
            {
                var header = paragraph.Line + 1;
                WarnLink(Row(separator), unread, $"move this row up, right below the header row on line {header}");
            }
            else if (separator > 0 && rows[separator - 1].Contains('|', StringComparison.Ordinal))
            {
                WarnLink(
                    Row(separator - 1),
                    unread,
                    "put a space on each side of every '|' in its rows: 'https://… | 25', not 'https://…|25'"
                );
            }
            else if (separator < 0 && rows.All(IsTableRow))
            {
                WarnLink(Row(0), unread, "add a separator row below this header row, a '---' a column: | --- | --- |");
            }
        }

        // "| [Title](https://…) | note |": a row of cells between '|'s.
        private static bool IsTableRow(string row) =>
            row.Trim() is ['|', .., '|'] trimmed && trimmed.Count(c => c == '|') >= 3;

        // A tag alone on its line (<div>, <details>) opens HTML that runs to the next blank line: the
        // Markdown lines below it are shown as written, so their links are no posts and their headings no sections.
        private void WarnSwallowed(HtmlBlock html)
        {
            if (html.Type is not (HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock))
            {
                return;
            }

            foreach (var line in html.Lines.Lines.Take(html.Lines.Count).Skip(1))
            {
                var text = line.Slice.ToString();
                var heading = HeadingMark().IsMatch(text);
                var index = heading ? text.IndexOf('#') : LinkText.FirstWebLink(text);
                if (index >= 0)
                {
                    var column = ColumnAt(line.Slice.Start + index);
                    var opening = html.Line + 1;
                    var what = heading
                        ? "heading is HTML and starts no section"
                        : "line is HTML; its links are skipped";
                    WarnLink(
                        new SourceLocation(file, line.Line + 1, column),
                        $"not read as Markdown: the HTML tag on line {opening} runs to the next blank line, so this "
                            + what,
                        $"put a blank line after line {opening}"
                    );
                    return;
                }
            }
        }

        // A link, or text written as one, that is not read as the curator meant it.
        private void WarnLink(SourceLocation at, string message, string? hint = null) =>
            diagnostics.Warning(DiagnosticCodes.MalformedLink, at, message, hint);

        private ((SourceLocation At, string Target) First, int Count) _relative;

        public int RelativeLinksSkipped => _relative.Count;

        // One front matter line resolves every relative link of a list: one warning, at the first, says how many.
        public void WarnRelativeLinks()
        {
            if (_relative.Count > 0)
            {
                var ((at, target), count) = _relative;
                var (which, them) = count == 1 ? ("", "it") : ($" and {count - 1} more", "them");
                diagnostics.Warning(
                    DiagnosticCodes.RelativeLink,
                    at,
                    $"relative link '{target}'{which} skipped: the list has no front matter url to resolve {them} "
                        + "against",
                    "give the list its own address in front matter ('url: https://…' between '---' lines at the "
                        + "top), or make the link absolute"
                );
            }
        }

        // "- [Background GC]: https://…" is a link reference definition, which neither GitHub nor ClrGraph shows
        // unless a link uses it: a post written so would be lost without a word. One warning, at the first, says how
        // many.
        public void WarnUnusedDefinitions(MarkdownDocument document)
        {
            var links = document.Descendants<LinkInline>().ToList();
            var used = links.Select(l => l.Reference).OfType<LinkReferenceDefinition>().ToHashSet();
            // "[2][3]" is one link to [3], whose text is [2]'s label: a warning of its own says so.
            var texts = links
                .Select(l => l.FirstChild is LiteralInline { NextSibling: null } text ? text.Content : default)
                .Select(text => text.ToString())
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            var unused = document.Descendants<LinkReferenceDefinition>()
                .Where(d => d.GetType() == typeof(LinkReferenceDefinition) && !used.Contains(d))
                .Where(d => !texts.Contains(d.Label ?? ""))
                // "[//]: # (a comment)" is Markdown's comment, and "#…" an anchor in the list itself: neither is a
                // post.
                .Where(d => d.Url?.StartsWith('#') != true)
                .ToList();
            if (unused is [var first, ..])
            {
                var more = unused.Count == 1 ? "" : $" and {unused.Count - 1} more";
                WarnLink(
                    new SourceLocation(file, first.Line + 1, ColumnAt(first.Span.Start)),
                    $"'[{first.Label}]: {first.Url}'{more} not read: a link reference definition that no link uses, "
                        + "which GitHub does not show either",
                    $"to list the post, write it as a link: [{first.Label}]({first.Url})"
                );
            }
        }
    }
}
