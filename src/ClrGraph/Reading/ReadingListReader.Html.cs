using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClrGraph.Reading;

// Lists written in HTML, in a block of HTML (a blog post moved to Markdown, a browser's exported bookmarks) or inside
// Markdown text: found with a few regexes, not an HTML parser, as a list needs only its links, headings and items.
internal static partial class ReadingListReader
{
    private sealed partial class Walker
    {
        // A list written in HTML, as blogs moved to Markdown keep it (`<li><a href="…">Title</a> (2007)</li>`): each
        // <a href> with text is a link, and each <li>, <dt>, <tr> or <p> an item whose words around its links are their
        // note. Quoted HTML is an embedded tweet or post, whose links are its author's and date, not the list's.
        // AngleSharp would build the whole tree, in time quadratic in its depth; the links alone need no tree.
        private void VisitHtml(HtmlBlock html)
        {
            var start = Math.Clamp(html.Span.Start, 0, source.Length);
            var text = SourceOf(html).ToString();
            if (text.TrimStart().StartsWith("<blockquote", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            // Each <a href> runs to its </a>; one that another <a> or the block's end comes before is no link. A
            // heading (<h3>CLR</h3>, as browsers export bookmark folders) is a section, as in Markdown, and so is a
            // collapsible one's summary (<details><summary>GC</summary>), up to its </details>, or a tab's label.
            var headings = HtmlHeadingStart().Matches(text).ToDictionary(m => m.Index);
            var items = HtmlItemStart().Matches(text).Select(m => m.Index).Concat(headings.Keys).Prepend(0)
                .Append(text.Length).Order().Distinct().ToList();
            var opens = HtmlLinkStart().Matches(text).ToList();
            var closes = HtmlLinkEnd().Matches(text).ToList();
            var (next, close) = (0, 0);
            for (var i = 0; i + 1 < items.Count; i++)
            {
                if (headings.TryGetValue(items[i], out var heading))
                {
                    VisitHtmlHeading(heading, text[(heading.Index + heading.Length)..items[i + 1]]);
                }

                _links.Clear();
                var note = new StringBuilder();
                var from = items[i];
                for (; next < opens.Count && opens[next].Index < items[i + 1]; next++)
                {
                    var (open, textStart) = (opens[next], opens[next].Index + opens[next].Length);
                    var nextOpen = next + 1 < opens.Count ? opens[next + 1].Index : text.Length;
                    while (close < closes.Count && closes[close].Index < textStart)
                    {
                        close++;
                    }

                    if (close == closes.Count || closes[close].Index > nextOpen)
                    {
                        continue;
                    }

                    note.Append(text, from, open.Index - from).Append(NoteMender.Hole);
                    from = closes[close].Index + closes[close].Length;
                    var words = Collapse(HtmlText(text[textStart..closes[close].Index]));
                    if (words.Length > 0)
                    {
                        var target = HtmlText(open.Groups["href"].Value).Trim();
                        var link = new LinkInline(target, "") { Span = new SourceSpan(start + open.Index, from - 1) };
                        (link.Line, link.Column) = (LineOf(link), ColumnAt(start + open.Index) - 1);
                        words = LinkText.WithoutSiteName(LinkText.Unquote(words), target);
                        var title = TitleAttribute().Match(open.Value).Groups["title"].Value;
                        var tags = WebUtility.HtmlDecode(TagsAttribute().Match(open.Value).Groups["tags"].Value);
                        var candidate = new Candidate(link, target, words, LinkText.Classify(words, target), tags);
                        _links.Add(WithOwnTitle(candidate, WebUtility.HtmlDecode(title)));
                    }
                }

                if (_links.Count == 0)
                {
                    AddBareAddresses(text, start, items[i], items[i + 1]);
                }
                else
                {
                    note.Append(text, from, Math.Max(0, items[i + 1] - from));
                    var said = _links.Count > MaxLinksWithNotes ? "" : PlainText.Mended(HtmlText(note.ToString()));
                    AddAll(leaf: null, SafeText.Of(said), _itemWords);
                }
            }
        }

        // "<tr><td>ConfigureAwait FAQ</td><td>https://…</td></tr>": GitHub links a bare address in HTML too, and the
        // item's words title it, as a Markdown table row's first cell of words titles its bare address.
        private void AddBareAddresses(string text, int start, int from, int to)
        {
            var words = new StringBuilder();
            var last = from;
            foreach (Match address in BareAddress().Matches(text[from..to]))
            {
                var url = address.Groups["url"].Value.TrimEnd('.', ',', ';', ':', '!', '?', ')');
                var at = from + address.Index;
                // A tag, whose attributes hold no post; or a Markdown link's target, "[Title](https://…)", which an
                // HTML block takes in as text (a warning of its own).
                if (url.Length == 0 || (at > 0 && text[at - 1] == '('))
                {
                    continue;
                }

                words.Append(text, last, at - last).Append(' ');
                last = at + url.Length;
                var link = new LinkInline(url, "") { Span = new SourceSpan(start + at, start + last - 1) };
                (link.Line, link.Column) = (LineOf(link), ColumnAt(start + at) - 1);
                url = WebUtility.HtmlDecode(url);
                _links.Add(new Candidate(link, url, url, LinkTextKind.Url));
            }

            if (_links.Count > 0)
            {
                var title = Collapse(HtmlText(words.Append(text, last, to - last).ToString()));
                AddAll(leaf: null, note: "", CanTitle(title) ? new ItemWords(title) : null);
            }
        }

        // An HTML heading and what follows it up to the next item or heading. One that opens the list, an <h1>, is
        // its title, as a Markdown one is ("<H1>Bookmarks</H1>").
        private void VisitHtmlHeading(Match heading, string after)
        {
            var summary = heading.Groups["summary"].Success;
            if (heading.Groups["end"].Success)
            {
                if (_summaries.TryPop(out var opened))
                {
                    _headings.RemoveAll(h => h.Level >= opened);
                    _section = Section();
                }

                return;
            }

            var end = after.IndexOf(summary ? "</summary" : "</h", StringComparison.OrdinalIgnoreCase);
            var text = heading.Groups["label"].Success ? WebUtility.HtmlDecode(heading.Groups["label"].Value)
                : LinkText.Heading(Collapse(HtmlText(end < 0 ? after : after[..end])));
            // A summary sits below the headings around it, at most three deep past the sixth level.
            var level = summary ? Math.Min(_headings.Select(h => h.Level).DefaultIfEmpty(0).Max() + 1, 9)
                : heading.Groups["level"].ValueSpan[0] - '0';
            if (summary)
            {
                _summaries.Push(level);
                // "Click to expand" names the widget, not what it folds.
                if (!UiSummary().IsMatch(text))
                {
                    AddHeading(level, text);
                }
            }
            else if (level == 1 && titleHeading is null && HtmlTitle is null && _headings.Count + Posts.Count == 0)
            {
                HtmlTitle = text;
            }
            else
            {
                AddHeading(level, text);
            }
        }

        // "- <a href="…">Title</a>": a link written in HTML inside Markdown text, whose start tag, text and end tag
        // Markdig gives as inlines side by side.
        private void AddHtmlLink(HtmlInline html)
        {
            if (HtmlLinkStart().Match(html.Tag) is not { Length: > 0 } start || start.Length != html.Tag.Length
                || PlainText.AnchorEnd(html) is not { } end)
            {
                return;
            }

            var target = HtmlText(start.Groups["href"].Value).Trim();
            var words = Collapse(PlainText.Between(html, end));
            words = LinkText.WithoutSiteName(LinkText.Unquote(words), target);
            _links.Add(new Candidate(html, target, words, words.Length == 0 ? null : LinkText.Classify(words, target)));
        }

        // HTML's text without its tags, its entities decoded.
        private static string HtmlText(string html) => WebUtility.HtmlDecode(HtmlTag().Replace(html, " "));
    }

    // A summary that only says how to open it: "Click to expand", "Show more", "Details", "Expand", "Toggle list".
    [GeneratedRegex(
        @"^(?:(?:click|tap)\b|(?:expand|show|toggle|see|view|open)(?:\s+(?:all|more|list|it|here))*$|details$|more$)",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking
    )]
    private static partial Regex UiSummary();

    // A tag (skipped whole, with the addresses in its attributes), or an address in the text.
    [GeneratedRegex(@"<[^<>]*>|(?<url>https?://[^\s<>""']+)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex BareAddress();

    [GeneratedRegex(@"<(?:li|dt|tr|p)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex HtmlItemStart();

    // A heading's start tag, a summary's, a tab's of Docusaurus (<TabItem value="gc" label="GC">), or the end of a
    // <details> or a tab.
    [GeneratedRegex(
        @"<(?:h(?<level>[1-6])\b[^<>]*|(?<summary>summary)\b[^<>]*"
            + @"|(?<summary>TabItem)\b[^<>]*?\blabel=""(?<label>[^""<>]*)""[^<>]*|(?<end>/details|/TabItem)\s*)>",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking
    )]
    private static partial Regex HtmlHeadingStart();

    [GeneratedRegex(
        @"<a\s[^<>]*?\bhref\s*=\s*(?:""(?<href>[^""<>]*)""|'(?<href>[^'<>]*)'|(?<href>[^\s""'<>]+))[^<>]*>",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking
    )]
    private static partial Regex HtmlLinkStart();

    [GeneratedRegex(@"</a\s*>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex HtmlLinkEnd();

    // A start tag's title attribute: '<a href="…" title="Pinning in .NET">'.
    [GeneratedRegex(
        @"\stitle\s*=\s*(?:""(?<title>[^""<>]*)""|'(?<title>[^'<>]*)')",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking
    )]
    private static partial Regex TitleAttribute();

    // A bookmark's tags, as browsers, Pocket and Raindrop export them: '<a href="…" tags="gc,jit">'.
    [GeneratedRegex(
        @"\stags\s*=\s*(?:""(?<tags>[^""<>]*)""|'(?<tags>[^'<>]*)')",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking
    )]
    private static partial Regex TagsAttribute();

    [GeneratedRegex(@"<[^<>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex HtmlTag();
}
