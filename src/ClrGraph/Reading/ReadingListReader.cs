using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using ClrGraph.Diagnostics;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClrGraph.Reading;

/// <summary>Reads a Markdown reading list with Markdig: its front matter and every link in its body as a
/// post.</summary>
internal static partial class ReadingListReader
{
    /// <summary>How deep blocks may nest (lists in lists, block quotes in block quotes) before the list is
    /// refused.</summary>
    public const int MaxNesting = 64;

    /// <summary>How many link reference definitions one block (lines without a blank one between) may
    /// hold.</summary>
    public const int MaxDefinitionsPerBlock = 5_000;

    /// <summary>How many link reference and footnote definitions a list may hold in all, blank lines between them or
    /// not.</summary>
    public const int MaxDefinitions = 20_000;

    /// <summary>How many lines a table (lines with a '|', without a blank line between) may have.</summary>
    public const int MaxTableRows = 5_000;

    // A note stops at a few sentences: the rest of a long paragraph, or of the paragraphs an item adds to it, is left
    // to the post itself.
    private const int MaxNote = 1000;

    // The names of a page of links, which point at its links as a heading over them but name the page as its title.
    private static readonly HashSet<string> PageNames =
        new(["links", "resources", "references", "related"], StringComparer.OrdinalIgnoreCase);

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAutoLinks()
        .Use(new BoundedAutoLinks())
        .UsePipeTables()
        .UseFootnotes()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseEmojiAndSmiley(enableSmileys: false)
        .Use(new TaskBoxes())
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Reads a reading list file; returns null (with diagnostics) when it can't be read.</summary>
    public static ReadingList? ReadFile(
        string path,
        string display,
        DiagnosticBag diagnostics,
        SourceLocation? reference = null,
        CancellationToken cancel = default
    )
    {
        // A taxonomy given as a list ("init taxonomy.yaml", "--list taxonomy.yaml") read as Markdown: each of its
        // urls became a post without a title.
        if (Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml")
        {
            diagnostics.Error(
                DiagnosticCodes.InvalidPath,
                reference ?? SourceLocation.WholeFile(display),
                $"the reading list {display} is a YAML file, and a reading list is Markdown",
                $"give a taxonomy with --taxonomy {display}, and a reading list as its .md file"
            );
            return null;
        }

        var text = InputFile.Read(path, display, diagnostics, reference);
        return text is null ? null : Parse(text, display, diagnostics, cancel);
    }

    /// <summary>
    /// Reads the lists, each on its own core; their diagnostics are added in list order, so a run reports the same
    /// whichever finished first. A list that cannot be read is left out (with its diagnostics).
    /// </summary>
    public static ImmutableArray<ReadingList> ReadAll(
        IReadOnlyList<ListReference> references,
        DiagnosticBag diagnostics,
        CancellationToken cancel = default
    )
    {
        // Cancelled, PLINQ throws OperationCanceledException, whichever check fired first: its own or a list's.
        var read = references
            .AsParallel()
            .AsOrdered()
            .WithCancellation(cancel)
            .Select(reference =>
            {
                var found = new DiagnosticBag();
                var list = ReadFile(reference.Path, reference.Display, found, reference.Location, cancel);
                return (List: list, Found: found);
            })
            .ToList();

        diagnostics.AddRange(read.SelectMany(r => r.Found.Sorted()));
        return [.. read.Where(r => r.List is not null).Select(r => r.List!)];
    }

    /// <summary>Parses a reading list from its text; <paramref name="file"/> is the path as diagnostics name it, and
    /// its stem the list's id.</summary>
    public static ReadingList Parse(
        string text,
        string file,
        DiagnosticBag diagnostics,
        CancellationToken cancel = default
    )
    {
        var front = FrontMatter.TakeKeyValueHeader(ref text, file, diagnostics);
        // Kramdown's attribute lists, which Jekyll pages are written with ("[Post](…){:target="_blank"}", a line
        // "{: .reading-list}", "## Threads {#threads}"), set HTML attributes: they are blanked, so that no note or
        // section carries them, and every line and column stays where it was. One that opens a line or a list item
        // ("* {:.new} [Post](…)") goes with the space after it, as spaces there would indent the line into code.
        text = AttributeList().Replace(text, a => a.Groups["opening"].Success ? "" : new string(' ', a.Length));
        // A GitHub alert's marker ("> [!TIP]") says how the quote below it is boxed, and a chatbot's answer pasted as
        // a list keeps the marks of its sources ("【4†source】", ":contentReference[oaicite:0]{index=0}"): no
        // words of a note. (Markdig's alert blocks read the marker, in time that grows with the square of the alerts:
        // 29 s for 400,000.)
        text = AlertOrCitation().Replace(text, mark => new string(' ', mark.Length));
        text = WithClosedLinks(text, file, diagnostics);
        (text, var moved) = MkDocsBlocks.Open(text);
        if (moved.Count == 0)
        {
            return ParseMarkdownList(text, file, front, diagnostics, cancel);
        }

        // Where a block's body was moved left, the file's columns are told, not the moved text's; a content tab's
        // title is a section of the posts in it.
        var opened = new DiagnosticBag();
        var list = ParseMarkdownList(text, file, front, opened, cancel);
        diagnostics.AddRange(opened.Sorted().Select(d => d with { Location = MkDocsBlocks.InFile(d.Location, moved) }));
        return list with
        {
            Posts = [.. list.Posts.Select(p => MkDocsBlocks.InFile(p, moved))],
        };
    }

    private static ReadingList ParseMarkdownList(
        string text,
        string file,
        FrontMatter? front,
        DiagnosticBag diagnostics,
        CancellationToken cancel
    )
    {
        if (BeyondLimits(text, file, diagnostics))
        {
            return Empty(file, front ?? FrontMatter.Empty);
        }

        MarkdownDocument document;
        try
        {
            document = ParseMarkdown(text, cancel);
            if (WithoutAnchorsOverMarkdown(document, text) is { } blanked)
            {
                text = blanked;
                document = ParseMarkdown(text, cancel);
            }
        }
        catch (ArgumentException e) when (e.TargetSite?.Module.Assembly == typeof(Markdown).Assembly)
        {
            // Markdig refuses brackets, images or emphasis nested past its own depth limit by throwing.
            diagnostics.Error(
                DiagnosticCodes.InputTooLarge,
                SourceLocation.WholeFile(file),
                $"Markdig cannot read the file: {e.Message}",
                "remove the long runs of nested brackets, images or emphasis marks"
            );
            return Empty(file, front ?? FrontMatter.Empty);
        }

        cancel.ThrowIfCancellationRequested();

        if (BoundedAutoLinks.PastLimit(document) is var (line, column))
        {
            diagnostics.Error(
                DiagnosticCodes.InputTooLarge,
                new SourceLocation(file, line + 1, column + 1),
                $"more than {BoundedAutoLinks.Max:N0} bare addresses in one paragraph, list item or table",
                "make each address a list item of its own ('- https://…'), or split the block with blank lines"
            );
            return Empty(file, front ?? FrontMatter.Empty);
        }

        if (front is null && document.Count > 0 && document[0] is YamlFrontMatterBlock yaml)
        {
            front = FrontMatter.ParseYaml(FrontMatterText(yaml), file, yaml.Line + 2, diagnostics);
        }

        front ??= FrontMatter.Empty;
        Uri? baseUri = null;
        if (
            front.Url is not null
            && !(Uri.TryCreate(front.Url, UriKind.Absolute, out baseUri) && baseUri.Scheme is "http" or "https")
        )
        {
            diagnostics.Error(
                DiagnosticCodes.FrontMatter,
                front.UrlLocation ?? SourceLocation.WholeFile(file),
                $"front matter url '{front.Url}' is not an absolute http(s) URL",
                "give the list's own address, e.g. url: https://github.com/you/list/blob/main/README.md"
            );
            baseUri = null;
        }

        var titleHeading = TitleHeading(document);
        var walker = new Walker(text, file, baseUri, titleHeading, diagnostics, cancel);
        walker.VisitContainer(document);
        walker.WarnRelativeLinks();
        walker.WarnUnusedDefinitions(document);
        var documentTitle = titleHeading is null ? walker.HtmlTitle : walker.HeadingText(titleHeading);
        return Empty(file, front, documentTitle) with
        {
            Posts = [.. walker.Posts.Select(p => p.Note.Length > MaxNote ? p with { Note = Shortened(p.Note) } : p)],
            RelativeLinksSkipped = walker.RelativeLinksSkipped,
        };
    }

    // Markdig takes no token; waiting for it on one lets Ctrl-C end the run while a long list is parsed.
    private static MarkdownDocument ParseMarkdown(string text, CancellationToken cancel) =>
        cancel.CanBeCanceled
            ? Task.Run(() => Markdown.Parse(text, Pipeline), cancel).WaitAsync(cancel).GetAwaiter().GetResult()
            : Markdown.Parse(text, Pipeline);

    // A note longer than MaxNote ends after its last sentence that fits, else after its last word that fits; "…"
    // says there was more.
    private static string Shortened(string note)
    {
        for (var end = MaxNote - 1; end >= MaxNote / 2; end--)
        {
            if (note[end] is '.' or '!' or '?' && note[end + 1] == ' ')
            {
                return note[..(end + 1)] + " …";
            }
        }

        var space = note.LastIndexOf(' ', MaxNote);
        var cut = space > 0 ? space : char.IsHighSurrogate(note[MaxNote - 1]) ? MaxNote - 1 : MaxNote;
        return string.Concat(note.AsSpan(0, cut).TrimEnd(" ,;:-–—"), "…");
    }

    // An anchor alone on its line (<span id="talk"/>, <a name="talk"></a>) only marks a place for the page's own
    // links. CommonMark reads the Markdown right below it as HTML up to the next blank line; Jekyll's kramdown, which
    // such lists are written for, reads it as Markdown, and so does ClrGraph, reading the anchor as a blank line.
    // The text is given back with each such anchor blanked, or null when there is none.
    private static string? WithoutAnchorsOverMarkdown(MarkdownDocument document, string text)
    {
        var anchors = document
            .Descendants<HtmlBlock>()
            .Where(html => html.Type == HtmlBlockType.NonInterruptingBlock && html.Lines.Count > 1)
            .Select(html => html.Lines.Lines[0].Slice)
            .Where(line => AnchorLine().IsMatch(line.AsSpan()))
            .ToList();
        if (anchors.Count == 0)
        {
            return null;
        }

        var blanked = text.ToCharArray();
        foreach (var line in anchors)
        {
            blanked.AsSpan(line.Start, line.Length).Fill(' ');
        }

        return new string(blanked);
    }

    // "[Post](https://…]" or "[Post](https://…" with nothing after it that closes it: Markdown reads the address
    // alone, and the text before it ("[Post](") as its title. The missing ')' is put where the address ends, and a
    // warning says where. Lines keep their numbers, and a line its columns up to the ')'.
    private static string WithClosedLinks(string text, string file, DiagnosticBag diagnostics)
    {
        if (!text.Contains("](http", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var (line, counted) = (1, 0);
        var (lineStart, lineEnd, lastClose) = (0, -1, -1);
        return UnclosedLink().Replace(text, link =>
        {
            if (link.Index > lineEnd)
            {
                lineStart = text.LastIndexOf('\n', link.Index) + 1;
                lineEnd = text.IndexOf('\n', link.Index) is var end and >= 0 ? end : text.Length;
                lastClose = text.LastIndexOf(')', lineEnd - 1, lineEnd - lineStart);
            }

            var address = link.Groups["address"];
            var after = address.Index + address.Length;
            var bracket = link.Groups["bracket"].Success;
            // A ')' further on may close it, or the next line may ("[Post](https://…" over ")").
            if (!bracket && (lastClose > after || text.AsSpan(lineEnd).TrimStart().StartsWith(")")))
            {
                return link.Value;
            }

            line += text.AsSpan(counted, link.Index - counted).Count('\n');
            counted = link.Index;
            diagnostics.Warning(
                DiagnosticCodes.MalformedLink,
                new SourceLocation(file, line, link.Index - lineStart + 1),
                $"link '{link.Value}' has no ')' after its address; it is read as if it had",
                bracket ? "end the address with ')', not ']'" : "put a ')' right after the address"
            );
            return link.Value[..^(bracket ? 1 : 0)] + ")";
        });
    }

    private static ReadingList Empty(string file, FrontMatter front, string? documentTitle = null) =>
        new(
            SafeText.Of(Path.GetFileNameWithoutExtension(file)),
            file,
            SafeText.Of(
                !string.IsNullOrWhiteSpace(front.Title) ? front.Title.Trim()
                    : !string.IsNullOrEmpty(documentTitle) ? documentTitle
                    : Path.GetFileNameWithoutExtension(file)
            ),
            [.. front.Tags.Select(SafeText.Of)],
            front.Summary is null ? null : SafeText.Of(front.Summary),
            front.Url,
            []
        );

    // The document's title: its only H1, unless a list or table comes before it (a course's notes: "Refs", its links,
    // then "# Explore code"), or the first of several when it opens the document and no list or table comes before
    // the second ("# Awesome X", an introduction, "# Contents"); else the H1s are its sections. An H1 that only points
    // at what follows ("# Refs:" over a course module's links, "# See also") titles nothing: the list keeps its file's
    // name. One that names a page of links ("# Resources", "# Links", no colon) is its title.
    private static HeadingBlock? TitleHeading(MarkdownDocument document)
    {
        var firstTwo = document.Descendants<HeadingBlock>().Where(h => h.Level == 1).Take(2).ToList();
        var blocks = document.Where(b => b is not YamlFrontMatterBlock).ToList();
        if (firstTwo.Count < 2)
        {
            return firstTwo.FirstOrDefault() is { } only
                && !blocks.TakeWhile(b => b != only).Any(b => b is ListBlock or Table)
                && PlainText.Of(only.Inline, new StringBuilder()).Trim() is var text
                && (!LinkText.Points(text) || PageNames.Contains(text))
                ? only
                : null;
        }

        var second = blocks.IndexOf(firstTwo[1]);
        var opens = blocks.IndexOf(firstTwo[0]) == 0 && second > 0;
        // An H1 that holds the document's sections ("## Blogs", "## Talks") is its title when no later H1 holds any:
        // "# License" or "# Miscellaneous" at the end is a heading written a level too high.
        var holdsSections = blocks.Take(second).Any(b => b is HeadingBlock { Level: > 1 })
            && !blocks.Skip(second).Any(b => b is HeadingBlock { Level: > 1 });
        return opens && (holdsSections || !blocks.Take(second).Any(b => b is ListBlock or Table)) ? firstTwo[0] : null;
    }

    private static string FrontMatterText(YamlFrontMatterBlock block)
    {
        // The block includes its '---' fences.
        var lines = block.Lines.ToString().Split('\n');
        var start = lines.Length > 0 && lines[0].Trim() == "---" ? 1 : 0;
        var end = lines.Length > start && lines[^1].Trim() is "---" or "..." ? lines.Length - 1 : lines.Length;
        return string.Join('\n', lines[start..end]);
    }

    // Markdig nests blocks by recursion, and reads link reference definitions in time quadratic in their number (in
    // one paragraph, and more slowly in all: 200,000 with blank lines between took 9 s), and so the bare addresses
    // of a table's rows (its autolinks: 10,000 rows of 25 cells took 8 s, 20,000 rows 38 s); refuse them before it
    // starts.
    private static bool BeyondLimits(string text, string file, DiagnosticBag diagnostics)
    {
        int lineNumber = 0,
            definitions = 0,
            total = 0,
            rows = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var (depth, indent) = Nesting(line);
            var definition = IsDefinition(line);
            total += definition ? 1 : 0;
            definitions = line.IsWhiteSpace() ? 0 : definitions + (definition ? 1 : 0);
            rows = line.Contains('|') ? rows + 1 : 0;
            var (problem, hint) =
                depth + (indent / 2) > MaxNesting
                    ? ($"block quotes or lists nest deeper than {MaxNesting} levels", null)
                : total > MaxDefinitions
                    ? ($"more than {MaxDefinitions:N0} link reference and footnote definitions",
                        "write the links in place: [title](https://…)")
                : definitions > MaxDefinitionsPerBlock
                    ? ($"more than {MaxDefinitionsPerBlock:N0} link reference definitions without a blank line between",
                        "put a blank line between groups of definitions")
                : rows > MaxTableRows
                    ? ($"a table of more than {MaxTableRows:N0} rows",
                        "split the table: a blank line, then its header row again")
                : default((string?, string?));
            if (problem is not null)
            {
                var location = new SourceLocation(file, lineNumber, 1);
                diagnostics.Error(DiagnosticCodes.InputTooLarge, location, problem, hint);
                return true;
            }
        }

        return false;
    }

    // "[label]: https://…", as a link reference definition starts.
    private static bool IsDefinition(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith('[') && trimmed.IndexOf("]:", StringComparison.Ordinal) > 0;
    }

    // Block quote markers and list markers at the start of a line, and its indentation: what Markdig nests by.
    private static (int Depth, int Indent) Nesting(ReadOnlySpan<char> line)
    {
        int depth = 0,
            indent = 0;
        while (line is [var c, ..])
        {
            // A list marker ("-", "*", "+", "1.", "1)") counts when a space or tab follows it; '>' always does.
            var digits = line.IndexOfAnyExceptInRange('0', '9');
            var length = c is '-' or '*' or '+' ? 1 : digits > 0 && line[digits] is '.' or ')' ? digits + 1 : 0;
            if (c is ' ' or '\t')
            {
                indent += c == ' ' ? 1 : 4;
                length = 1;
            }
            else if (c == '>' || (length > 0 && line[length..] is [' ' or '\t', ..]))
            {
                depth++;
                length = Math.Max(length, 1);
            }
            else
            {
                break;
            }

            line = line[length..];
        }

        return (depth, indent);
    }

    private sealed partial class Walker(
        string source,
        string file,
        Uri? baseUri,
        HeadingBlock? titleHeading,
        DiagnosticBag diagnostics,
        CancellationToken cancel
    )
    {
        private readonly List<(int Level, string Text)> _headings = [];
        private readonly Stack<int> _summaries = new(); // the levels of the <details> sections open
        private string _section = ""; // the headings joined, made once per heading rather than once per link
        private readonly StringBuilder _scratch = new();
        private readonly List<Candidate> _links = []; // the links of the block being read
        private int[]? _lineEnds; // where each line of the source ends, made when first needed

        // Links that say nothing alone (badges, icons, bare addresses) leave holes in a note only up to this many, or
        // a paragraph of thousands of them costs minutes.
        private const int MaxMuteHoles = 8;

        // A block of more links than this is a collection, not an item about one post: its links get no note, so
        // that a paragraph of thousands costs what its text costs.
        private const int MaxLinksWithNotes = 16;

        // Words alone over a nested list name a group of its posts up to this depth, when as short as this.
        private const int MaxGroupDepth = 2;
        private const int MaxGroupWords = 8;

        // A label longer than this before an address is words about it, not its name; as long in characters, in a
        // language written without spaces ("…は指定しなくても参照される(https://…)").
        private const int MaxLabelWords = 3;
        private const int MaxLabelLength = 32;

        // A table's columns of tags, which suggest weighs as a bookmark's tags, and of bookkeeping, which says nothing
        // of a post.
        private static readonly FrozenSet<string> TagColumns = FrozenSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "tags", "tag", "topics", "topic", "labels", "label", "keywords", "categories", "category"
        );

        private static readonly FrozenSet<string> Bookkeeping = FrozenSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "status", "created", "created time", "created by", "date added", "added", "added on", "last edited",
            "last edited time", "read", "done", "rating", "priority", "progress"
        );

        // Words before a noun: a link right after one is a word of the sentence ("a guide for [PerfView](…), what").
        private static readonly HashSet<string> BeforeANoun = new(
            [
                "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
                "for", "of", "to", "in", "on", "at", "about", "into", "with", "like",
            ],
            StringComparer.OrdinalIgnoreCase
        );

        // The lines of fields below a heading, besides the address's, read as its note.
        private const int MaxFields = 16;

        // An item's own words are its title only when they are as short as a title.
        private const int MaxTextTitle = 100;

        // A main link's text longer than this is lent to no other link: each would copy it, so that a hostile item
        // of one long title and thousands of "part N" links would cost the square of its size.
        private const int MaxBorrowedTitle = 500;

        private readonly HashSet<Inline> _holes = new(ReferenceEqualityComparer.Instance);
        private string? _itemMain; // the title of the enclosing list item's main link
        private string? _seriesAbove; // the words of the list item before this one, when they were its only content
        private ItemWords? _itemWords; // the enclosing list item's own words, when they are its title
        private (int Offset, int LineStart) _lastColumn = (0, -1); // ColumnAt's last offset and its line's start
        private bool _itemHasOwnMain;
        private int _itemPost = -1; // the post the enclosing list item's main link named, for its words below it
        private int _itemDepth;
        private int _headingPost = -1; // the post a heading names, until a paragraph below it gives the post a note
        private int _titleLinePost = -1; // the post a title line names, until the paragraph below it
        private int _lastItemPost = -1; // the post the last top-level list item named, for a quote right below it
        private string? _headingMain; // the title of the post the last heading names, for "slides" or "part 2" below it
        private string? _headingWords; // the words of a heading without links, for the fields right below it

        public ImmutableArray<ListedPost>.Builder Posts { get; } = ImmutableArray.CreateBuilder<ListedPost>();

        /// <summary>The first heading of a list written in HTML, when it opens the list: its title.</summary>
        public string? HtmlTitle { get; private set; }

        public void VisitContainer(ContainerBlock container)
        {
            _seriesAbove = container is ListBlock ? null : _seriesAbove; // a list's items name no later list's
            Block? previous = null;
            string? group = null; // "**Garbage collection:**" on a line of its own: the group of the list below it
            foreach (var block in container)
            {
                cancel.ThrowIfCancellationRequested();
                var above = group;
                group = null;
                var (described, talk, headingWords) = (_headingPost, _titleLinePost, _headingWords);
                (_headingPost, _titleLinePost, _headingWords) = (-1, -1, null);
                var quoted = previous is ListBlock && _itemDepth == 0 && Adjacent(previous, block) ? _lastItemPost : -1;
                previous = block;
                // Only a block whose source is in the text is searched for what Markdig did not read.
                if (block is ParagraphBlock or HeadingBlock && !block.Span.IsEmpty && block.Span.End < source.Length)
                {
                    WarnUnreadLinks((LeafBlock)block);
                    if (block is ParagraphBlock lines)
                    {
                        WarnUnreadTable(lines);
                    }
                }

                switch (block)
                {
                    case HeadingBlock heading when heading != titleHeading:
                        VisitHeading(heading);
                        break;
                    case ParagraphBlock fields when headingWords is not null && VisitFields(fields, headingWords):
                        break;
                    case ParagraphBlock paragraph when described >= 0 && !HasLinks(paragraph):
                        Describe(described, paragraph);
                        _titleLinePost = talk; // a talk's description may run on over more paragraphs
                        break;
                    case ParagraphBlock paragraph when talk >= 0 && HasOwnWords(paragraph) && !IsTitleLine(paragraph)
                        && (described == talk || paragraph.Inline?.FirstChild is not LinkInline):
                        // What the talk is about, with links of its own ("… by the creator of [Tool](…)"): its
                        // words describe the talk, and its links are read as ever. The paragraphs that follow describe
                        // it too, up to a block of another kind ("----", a heading, a list) or one led by a link.
                        Describe(talk, paragraph, described == talk ? ": " : ". ");
                        VisitLeaf(paragraph);
                        _titleLinePost = talk;
                        break;
                    case QuoteBlock { Count: 1 } quote when quoted >= 0 && quote[0] is ParagraphBlock p && !HasLinks(p):
                        Describe(quoted, p); // "- [Post](…)" and, on the next line, "> what it is about"
                        break;
                    case HtmlBlock html:
                        WarnSwallowed(html);
                        VisitHtml(html);
                        break;
                    case ParagraphBlock paragraph when _itemDepth == 0 && IsTitleLine(paragraph):
                        // "[**Talk**](…) by Speaker" and below it, a paragraph on what the talk is about.
                        var named = Posts.Count;
                        VisitLeaf(paragraph);
                        _headingPost = _titleLinePost = NamedPost(named);
                        break;
                    case LeafBlock leaf:
                        // "**Garbage collection:**" or "**JIT**", a few words in bold alone on a line, names the group
                        // of the list below it, as a heading would; so does "Reflection:", a few capitalised words and
                        // a colon. Other words ("Links:", "Sorted from newest to oldest:") introduce the list instead.
                        group = leaf is ParagraphBlock words && _itemDepth == 0
                            && (IsLabel(words) || IsColonLabel(words)) ? Label(words) : null;
                        VisitLeaf(leaf);
                        break;
                    case ListBlock list when above is not null:
                        var (grouped, around) = (Posts.Count, _section);
                        VisitContainer(list);
                        Group(grouped, around, above);
                        break;
                    case ListItemBlock item:
                        // A nested item borrows its parent item's main link until it has one of its own.
                        var outer = (_itemMain, _itemHasOwnMain, _itemWords, _itemPost);
                        var (before, enclosing) = (Posts.Count, _section);
                        _itemHasOwnMain = false;
                        _itemDepth++;
                        VisitContainer(item);
                        _itemDepth--;
                        // "* Downloading stock prices in F#" and, indented one space too few to be below it, the
                        // items "* [Part I - Data modeling](…)": words alone name the series of the items after them.
                        var alone = _itemWords;
                        (_itemMain, _itemHasOwnMain, _itemWords, _itemPost) = outer;
                        _seriesAbove = Posts.Count == before && alone is { Introduces: false } ? alone.Text
                            : Posts.Count > before && Posts[before].Origin == TitleOrigin.Borrowed ? _seriesAbove
                            : null;
                        if (_itemDepth < MaxGroupDepth && GroupLabel(item) is { } label)
                        {
                            Group(before, enclosing, label);
                        }

                        _lastItemPost = _itemDepth > 0 ? _lastItemPost : NamedPost(before);
                        break;
                    case Table table:
                        var columns = Columns(table);
                        foreach (var row in table.OfType<TableRow>())
                        {
                            cancel.ThrowIfCancellationRequested();
                            VisitRow(row, columns);
                        }

                        break;
                    case ContainerBlock inner:
                        VisitContainer(inner);
                        break;
                    default:
                        break;
                }
            }

            _seriesAbove = container is ListBlock ? null : _seriesAbove;
        }

        // A heading's own links are what it is about ("### [Paper](url)"): they sit in the headings above it, and the
        // blocks below it sit in it. It names the post of its first link with a title ("[Tool](…) by [Author](…)").
        private void VisitHeading(HeadingBlock heading)
        {
            _headings.RemoveAll(h => h.Level >= heading.Level);
            _section = Section();
            var before = Posts.Count;
            _headingMain = null;
            VisitLeaf(heading);
            _headingPost = NamedPost(before);
            _headingMain = _headingPost < 0 ? null : Posts[_headingPost].Title;
            var text = HeadingText(heading);
            _headingWords = Posts.Count == before ? NumberMark().Replace(text, "") : null;
            AddHeading(heading.Level, text);
        }

        // The blocks below a heading sit in it, and in the headings above it; a table of contents is no section of
        // what follows it.
        private void AddHeading(int level, string text)
        {
            _headings.RemoveAll(h => h.Level >= level);
            if (!LinkText.IsContents(text))
            {
                _headings.Add((level, text));
            }

            _section = Section();
        }

        // The first paragraph below a heading that names a post describes it, after the rest of the heading ("by
        // Author: …"); a label such as "**Abstract**" (all emphasis) comes before that paragraph.
        private void Describe(int post, ParagraphBlock paragraph, string separator = ": ")
        {
            var text = Words(paragraph);
            if (IsLabel(paragraph) || text.Length == 0)
            {
                _headingPost = post; // still waiting for its paragraph
                return;
            }

            AddToNote(post, text, separator);
        }

        // A note grows by a paragraph at a time up to a few sentences, so that a post with thousands of items below
        // it costs what their text costs.
        private void AddToNote(int post, string text, string separator)
        {
            var note = Posts[post].Note;
            if (note.Length >= MaxNote)
            {
                return;
            }

            var joined = note.Length == 0 ? text : note + (".!?:;".Contains(note[^1]) ? " " : separator) + text;
            Posts[post] = Posts[post] with { Note = joined };
        }

        // The 1-based column of an offset into the source. Links are met in order, so a line's start is looked for
        // back to the last offset asked only: a line of 100,000 links costs one pass, not one scan back each.
        private int ColumnAt(int offset)
        {
            var (last, lineStart) = offset >= _lastColumn.Offset ? _lastColumn : (0, -1);
            var newLine = offset > last ? source.LastIndexOf('\n', offset - 1, offset - last) : -1;
            _lastColumn = (offset, newLine >= 0 ? newLine : lineStart);
            return offset - _lastColumn.LineStart;
        }

        // The first post added since the count was <paramref name="before"/> that has a title of its own, or -1.
        private int NamedPost(int before) =>
            Enumerable.Range(before, Posts.Count - before)
                .FirstOrDefault(i => Posts[i].Origin == TitleOrigin.LinkText, -1);

        // Whether nothing but a line break stands between two blocks: no blank line.
        private bool Adjacent(Block first, Block second) =>
            first.Span.End < second.Span.Start
            && source.AsSpan(first.Span.End, second.Span.Start - first.Span.End).Count('\n') <= 1;

        private string Section() => SafeText.Of(string.Join(SectionPath.Separator, _headings.Select(h => h.Text)));

        // "1. Generics" over "    * [.NET Generics under the hood](…)": a few words alone over a list of posts, the
        // group the curator put them in.
        private string? GroupLabel(ListItemBlock item) =>
            item is [ParagraphBlock words, _, ..] && item.Any(b => b is ListBlock) ? Label(words) : null;

        // A group's name: one line of a few words, without links.
        private string? Label(ParagraphBlock words)
        {
            if (words.Inline is null || HasLinks(words) || words.Inline.Descendants<LineBreakInline>().Any())
            {
                return null;
            }

            var text = HeadingText(words);
            return text.Length is > 0 and <= MaxTextTitle && text.Split(' ').Length <= MaxGroupWords
                ? SafeText.Of(text)
                : null;
        }

        // The group is a section below the headings for the posts listed under it (added between a heading's and
        // the inner groups'), unless its words titled one of them: "* Fundamentals of GC" over its bare address. A
        // group that is a date ("* 2020" over the talks of that year) is their year.
        private void Group(int first, string enclosing, string label)
        {
            if (YearOf(label) is { } year)
            {
                for (var i = first; i < Posts.Count; i++)
                {
                    Posts[i] = Posts[i] with { Year = Posts[i].Year ?? year };
                }

                return;
            }

            if (Enumerable.Range(first, Posts.Count - first)
                .Any(i => Posts[i].Title.StartsWith(label, StringComparison.Ordinal)))
            {
                return;
            }

            for (var i = first; i < Posts.Count; i++)
            {
                var section = Posts[i].Section;
                if (section.StartsWith(enclosing, StringComparison.Ordinal))
                {
                    var inner = section[enclosing.Length..];
                    Posts[i] = Posts[i] with
                    {
                        Section = enclosing.Length == 0
                            ? (inner.Length == 0 ? label : label + SectionPath.Separator + inner)
                            : enclosing + SectionPath.Separator + label + inner,
                    };
                }
            }
        }

        // "… by [Author](…)": the author's page, whose name is no title for the "slides" after it.
        private static bool IsByline(Inline link) =>
            link.PreviousSibling is LiteralInline before
            && (" " + before.Content.ToString().TrimEnd()).EndsWith(" by", StringComparison.OrdinalIgnoreCase);

        // "start from the [table of contents](…) or the FAQ": a link with words on both sides (a comma before it
        // too: "When in doubt, [read the source](…) or …"), or after an article ("or the [FAQ](…), then"), keeps
        // its text in its own note, where a hole would break the sentence ("start from the or the FAQ"). A soft
        // line break between the link and a word is the space between them.
        private static bool InSentence(Inline link)
        {
            var before = link.PreviousSibling;
            var spaceBefore = before is LineBreakInline { IsHard: false };
            before = spaceBefore ? before!.PreviousSibling : before;
            var after = link.NextSibling;
            var spaceAfter = after is LineBreakInline { IsHard: false };
            after = spaceAfter ? after!.NextSibling : after;
            var wordAfter = after is LiteralInline { Content: var right }
                && (spaceAfter || right.AsSpan() is [' ' or '\t', ..])
                && right.AsSpan().TrimStart() is [var first, ..]
                && char.IsLetterOrDigit(first);
            if (
                before is not LiteralInline { Content: var left }
                || !(spaceBefore || left.AsSpan() is [.., ' ' or '\t'])
                || left.AsSpan().TrimEnd() is not [.., var last]
                || !(char.IsLetterOrDigit(last) || (last == ',' && wordAfter))
            )
            {
                return false;
            }

            var word = left.AsSpan().TrimEnd();
            word = word[(word.LastIndexOfAny(' ', '\t') + 1)..];
            return BeforeANoun.Contains(word.ToString()) || wordAfter;
        }

        private static bool HasLinks(LeafBlock leaf) => LinksOf(leaf).Any();

        // The links Markdig read in a block.
        private static IEnumerable<Inline> LinksOf(LeafBlock leaf) =>
            leaf.Inline?.Descendants<Inline>().Where(i => i is LinkInline or AutolinkInline) ?? [];

        private static bool HasLetter(string text) => text.Any(char.IsLetter);

        // Words that may title the addresses of their item, in a list, a table row, a line or HTML: at most 100
        // characters with a letter, more than a kind of link ("(Article) [https://…](https://…)") and more than a
        // pointer ("More:" over an address).
        private static bool CanTitle(string words) =>
            words.Length <= MaxTextTitle && HasLetter(words)
            && LinkText.Classify(words.Trim('(', ')', '[', ']', ' ', ':'), "") is not (LinkTextKind.Medium
                or LinkTextKind.Pointer);

        // A paragraph that opens with a link in bold, "[**Talk**](…)" or "**[Talk](…)**", titles what comes below
        // it.
        private static bool IsTitleLine(ParagraphBlock paragraph) =>
            paragraph.Inline?.FirstChild switch
            {
                LinkInline { IsImage: false, FirstChild: EmphasisInline { DelimiterCount: 2 } bold }
                    when bold.DelimiterChar != '~' => bold.NextSibling is null,
                EmphasisInline { DelimiterCount: 2, FirstChild: LinkInline { IsImage: false } link } bold
                    when bold.DelimiterChar != '~' => link.NextSibling is null,
                _ => false,
            };

        // "Reflection:", "DLR & Dynamic:": plain words, none of them lower case, and a colon; no pointer ("Links:").
        private static bool IsColonLabel(ParagraphBlock paragraph)
        {
            if (paragraph.Inline is not { FirstChild: LiteralInline { NextSibling: null } only })
            {
                return false;
            }

            var text = only.Content.ToString().Trim();
            var words = text.TrimEnd(':').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return text.EndsWith(':') && words.Length is > 0 and <= MaxLabelWords
                && words.All(w => !char.IsLower(w[0]))
                && !LinkText.Points(text);
        }

        // A paragraph that is one emphasis and nothing else, such as "**Abstract**".
        private static bool IsLabel(ParagraphBlock paragraph) =>
            paragraph.Inline is { FirstChild: EmphasisInline only } && only.NextSibling is null;

        /// <summary>A heading or a group's label as a section name: plain text without a trailing colon or wrapping
        /// quotes.</summary>
        public string HeadingText(LeafBlock heading) =>
            LinkText.Heading(Collapse(PlainText.Of(heading.Inline, _scratch)));

        private void VisitLeaf(LeafBlock leaf)
        {
            _links.Clear();
            CollectLinks(leaf.Inline);
            // An inner item of words alone ("ValueStringBuilder", its addresses below it) titles them in place of the
            // outer item's words.
            var untitled = _itemWords is null || (_links.Count == 0 && !_itemHasOwnMain);
            var titled = _itemDepth > 0 && _itemMain is null && untitled && leaf is ParagraphBlock
                ? TitleWords(leaf)
                : null;
            if (titled is not null)
            {
                (_itemWords, _itemHasOwnMain) = (titled, true);
            }

            if (_links.Count == 0)
            {
                // "- [CLR via C#](…)" and below it "  - Chapter 21. The Managed Heap": words about the item's post.
                if (_itemPost >= 0 && titled is null && leaf is ParagraphBlock && Words(leaf) is { Length: > 0 } text)
                {
                    AddToNote(_itemPost, text, "; ");
                }

                return;
            }

            // The block's main link: its first with a real title, else its list item's.
            var main = MainLink();
            if (_itemDepth > 0 && main?.Target is ['#', _, ..])
            {
                return; // "[Talk](#talk) by [Speaker](…)": an entry of the page's contents; the post comes below
            }

            if (main is null && _itemDepth == 0 && leaf is ParagraphBlock && VisitTitledAddresses(leaf))
            {
                return;
            }

            var named = main is not null && _itemDepth > 0 && !_itemHasOwnMain;
            if (named)
            {
                (_itemMain, _itemHasOwnMain) = (main!.Value.Text, true);
            }

            // `2020 dotnetos talk - "Pinning": [slides](…), [video](…)`: a paragraph whose links only say what form
            // the post takes is named by its words, as a list item is (but they name no block after it).
            if (titled is null && _itemDepth == 0 && leaf is ParagraphBlock
                && _links.TrueForAll(l => l.Kind == LinkTextKind.Medium))
            {
                titled = TitleWords(leaf);
            }

            var before = Posts.Count;
            var many = _links.Count > MaxLinksWithNotes;
            if (titled is not null || many || !VisitLines(leaf))
            {
                AddAll(leaf, many ? "" : titled?.Note, titled ?? _itemWords, _itemDepth == 0);
            }

            _itemPost = named ? NamedPost(before) : _itemPost;
        }

        // Links one to a line, with no list marker: "[Post](…) about it", or a bare address, at the start of each
        // line but the first (which may be a label: "Refs:"). Each line is an item of its own, its note the rest of
        // the line; a line that opens with a link that says nothing alone ("[slides](…)") stays with the line above.
        // Prose wrapped across lines, whose lines open with words, is one block.
        private bool VisitLines(LeafBlock leaf)
        {
            if (_links.TrueForAll(l => l.Link.Line == _links[0].Link.Line))
            {
                return false;
            }

            // Each line, the link it opens with (if any), whether that is a wiki link ("[[note]]", no post but no
            // words either), and whether the line above runs on into it ("… by").
            var opening = new List<(int Line, Inline? Link, bool Wiki, bool RunsOn)>();
            var markers = new List<Inline>(); // "* " before a line's link: a list marker that Markdown read as text
            var atStart = true;
            var hard = true; // every line ends with a hard break (two spaces or a backslash): lines, not wrapped prose
            foreach (var inline in leaf.Inline!)
            {
                if (atStart)
                {
                    var first = inline is EmphasisInline { FirstChild: { } inner } ? inner : inline;
                    if (first is LiteralInline { NextSibling: { } after } marker && IsMarker(marker.Content.AsSpan()))
                    {
                        first = after;
                        markers.Add(marker);
                    }

                    var link = first is LinkInline { IsImage: false } or AutolinkInline ? first : null;
                    var runsOn = inline.PreviousSibling?.PreviousSibling is LiteralInline end
                        && RunsOn(end.Content.ToString());
                    opening.Add((LineOf(inline), link, OpensWithWikiLink(first), runsOn));
                }

                atStart = inline is LineBreakInline;
                hard &= inline is not LineBreakInline { IsHard: false };
            }

            // With hard breaks, a line that opens with words is an item too, named by its first titled link or address.
            var items = hard
                ? _links.Where(l => l.Kind is LinkTextKind.Real or LinkTextKind.Url).Select(l => l.Link.Line).Distinct()
                    .ToList()
                : opening
                    .Where(o => !o.RunsOn
                        && _links.Find(l => l.Link == o.Link).Kind is LinkTextKind.Real or LinkTextKind.Url)
                    .Select(o => o.Line)
                    .ToList();
            // Lines before the first item hold no link: a label, which is no part of any note.
            var label = _links.All(l => l.Link.Line >= items.FirstOrDefault());
            if (items.Count < 2 || (!hard && opening.Skip(1).Any(o => o.Link is null && !o.Wiki)) || !label)
            {
                return false;
            }

            // A line of wiki links ("[[garbage collection]]") links the curator's other notes: no item's note.
            var wikiLines = opening.Where(o => o.Wiki).Select(o => o.Line).ToHashSet();
            var links = _links.ToList();
            for (var n = 0; n < items.Count; n++)
            {
                var first = items[n];
                var next = n + 1 < items.Count ? items[n + 1] : int.MaxValue;
                var outside = leaf.Inline!.Where(inline => LineOf(inline) < first || LineOf(inline) >= next
                    || wikiLines.Contains(LineOf(inline)));
                var note = NoteWithout(leaf, links.Select(l => l.Link).Concat(markers).Concat(outside));
                _links.Clear();
                _links.AddRange(links.Where(l => l.Link.Line >= first && l.Link.Line < next));
                AddAll(leaf, note, _itemWords, _itemDepth == 0);
            }

            return true;
        }

        private static bool IsMarker(ReadOnlySpan<char> text) =>
            text is ['*' or '-' or '+' or '•', ' ' or '\t', ..] && text[1..].IsWhiteSpace();

        // "### 1. **.NET Blog**" and right below it "**URL**: https://…", with more fields ("**Focus**: …"): the
        // heading titles the address, the other lines are its note, and a paragraph below it describes it.
        private bool VisitFields(ParagraphBlock paragraph, string title)
        {
            if (LinksOf(paragraph).Take(2).Count() != 1)
            {
                return false; // most paragraphs below a heading: read once, as any other
            }

            _links.Clear();
            CollectLinks(paragraph.Inline);
            if (_links is not [{ Kind: LinkTextKind.Url or LinkTextKind.Pointer } address] || !CanTitle(title))
            {
                return false;
            }

            var line = LineOf(address.Link);
            var start = address.Link.Span.Start;
            if (!LinkText.IsFieldLabel(LineWords(paragraph, i => LineOf(i) == line && i.Span.Start < start)))
            {
                return false;
            }

            // A few lines of fields, each read apart: a paragraph of thousands of lines is prose.
            var fields = paragraph.Inline!.Select(LineOf).Distinct().Where(other => other != line).ToList();
            if (fields.Count > MaxFields)
            {
                return false;
            }

            var words = fields.Select(field => LineWords(paragraph, i => LineOf(i) == field));
            var note = string.Join("; ", words.Where(w => w.Length > 0));
            var before = Posts.Count;
            Add(address, address.Kind!.Value, null, paragraph, note, [], new ItemWords(title));
            _headingPost = Posts.Count > before ? before : -1;
            return true;
        }

        // Outside a list, an address alone on its line is titled by the line of words above it ("StartNew is
        // Dangerous", its address on the next line), or by the words before it ("Label: https://…"); a title in
        // quotes leaves the words after it as the note. Words over more addresses than one name their group. Unless
        // each line of words titles or groups the addresses below it, the paragraph is prose, read as one block.
        private bool VisitTitledAddresses(LeafBlock leaf)
        {
            if (_links.Count > MaxLinksWithNotes || !_links.TrueForAll(l => l.Kind == LinkTextKind.Url))
            {
                return false;
            }

            var titled = new List<(Candidate Link, string Words, bool Further)>();
            string? above = null;
            foreach (var line in leaf.Inline!.Select(LineOf).Distinct().ToList())
            {
                var onLine = _links.FindAll(l => LineOf(l.Link) == line);
                if (onLine.Count > 1)
                {
                    return false;
                }

                var start = onLine.Count == 1 ? onLine[0].Link.Span.Start : int.MaxValue;
                var words = LineWords(leaf, i => LineOf(i) == line && i.Span.Start < start);
                if (onLine.Count == 0)
                {
                    if (above is not null || RunsOn(words))
                    {
                        return false; // prose: a line that goes on into the next
                    }

                    above = words.Length > 0 ? words : null;
                    continue;
                }

                var further = words.Length == 0 && above is null && titled.Count > 0
                    && LineOf(titled[^1].Link.Link) == line - 1;
                var title = words.Length > 0 ? words : above ?? (further ? titled[^1].Words : null);
                if (title is null || LineWords(leaf, i => LineOf(i) == line && i.Span.Start > start).Length > 0)
                {
                    return false;
                }

                titled.Add((onLine[0], title, further));
                above = null;
            }

            for (var i = 0; i < titled.Count; i++)
            {
                var (link, words, _) = titled[i];
                var group = titled.Skip(i + 1).TakeWhile(t => t.Further).Count();
                if (group > 0)
                {
                    // ".NET Source Browser" over three addresses, or "Templates" over two: the words name the group
                    // of different pages, and each keeps its own address as its title, to be named.
                    var (first, enclosing) = (Posts.Count, _section);
                    foreach (var (member, _, _) in titled.GetRange(i, group + 1))
                    {
                        Add(member, LinkTextKind.Url, null, leaf, "", [], null);
                    }

                    if (LinkText.Heading(words) is var label && CanTitle(label) && !LinkText.IsFieldLabel(label))
                    {
                        Group(first, enclosing, label);
                    }

                    i += group;
                    continue;
                }

                var quoted = QuotedTitle().Match(words);
                var (title, note) = quoted.Success
                    ? (quoted.Groups["title"].Value, quoted.Groups["note"].Value)
                    : (LinkText.Heading(words), "");
                if (LinkText.IsFieldLabel(title))
                {
                    (title, note) = ("", ""); // "URL: https://…" names no post
                }
                else if (title.Length > 0 && !CanTitle(title))
                {
                    note = LinkText.Points(title) ? "" : words; // "More:" says nothing
                    title = "";
                }

                Add(link, LinkTextKind.Url, null, leaf, note, [], title.Length > 0 ? new ItemWords(title) : null);
            }

            return titled.Count > 0;
        }

        // "Paper (2015)", "Paper (A & B, 2015)", and a book as it is cited, "CLR via C#. Jeffrey Richter. Microsoft
        // Press. 2010.": the title alone, the authors (and publisher) and the year.
        private static (string Title, string Authors, int Year)? Dated(string title)
        {
            var cited = Citation().Match(title);
            if (cited.Success && PostUrl.AsYear(cited.Groups["year"].ValueSpan) is { } published
                && HasLetter(cited.Groups["title"].Value) && HasLetter(cited.Groups["by"].Value))
            {
                return (cited.Groups["title"].Value, cited.Groups["by"].Value, published);
            }

            var open = title.LastIndexOf('(');
            if (open <= 0 || !title.EndsWith(')'))
            {
                return null;
            }

            var undated = title[..open].TrimEnd();
            return AuthorsAndYear(title.AsSpan(open + 1, title.Length - open - 2)) is var (authors, year)
                && HasLetter(undated)
                ? (undated, authors, year)
                : null;
        }

        // "A & B, 2015", "2015": what brackets hold when they cite a paper.
        private static (string Authors, int Year)? AuthorsAndYear(ReadOnlySpan<char> inside)
        {
            var comma = inside.LastIndexOf(',');
            var year = PostUrl.AsYear((comma < 0 ? inside : inside[(comma + 1)..]).Trim());
            return year is { } given ? (comma < 0 ? "" : inside[..comma].Trim().ToString(), given) : null;
        }

        // "FAQ: https://…" on a line of its own below an item's words: the label tells this address from the item's
        // others better than its site does ("Book of the Runtime (FAQ)").
        private string? LineLabel(LeafBlock leaf, Inline link, string itemWords)
        {
            var line = LineOf(link);
            if (_links.Count(l => LineOf(l.Link) == line) != 1)
            {
                return null;
            }

            var label = LineWords(leaf, i => LineOf(i) == line && i.Span.Start < link.Span.Start);
            return label.Length > 0 && label != itemWords && HasLetter(label) && !LinkText.IsFieldLabel(label)
                && label.Split(' ').Length <= MaxLabelWords && label.Length <= MaxLabelLength
                ? label
                : null;
        }

        // The words of a block's inlines that pass the test, without its links.
        private string LineWords(LeafBlock leaf, Func<Inline, bool> keep)
        {
            var holes = _links.Select(l => l.Link).Concat(leaf.Inline!.Where(i => !keep(i)));
            var text = SafeText.Of(NoteWithout(leaf, holes));
            return HasLetter(text) ? text : "";
        }

        // A block's words without the given inlines, mended where they were.
        private string NoteWithout(LeafBlock leaf, IEnumerable<Inline> holes)
        {
            _holes.Clear();
            _holes.UnionWith(holes);
            return PlainText.Note(leaf.Inline, _holes, _scratch);
        }

        // The 0-based line an inline starts on, from its offset: Markdig gives the literal of an unmatched '[' line 0.
        private int LineOf(Inline inline)
        {
            if (inline.Span.Start < 0 || inline.Span.Start > source.Length)
            {
                return inline.Line;
            }

            // A line ends as Markdig ends it: at "\n", "\r\n" or a "\r" alone.
            _lineEnds ??= [.. Enumerable.Range(0, source.Length).Where(i => source[i] == '\n'
                || (source[i] == '\r' && (i + 1 == source.Length || source[i + 1] != '\n')))];
            var index = Array.BinarySearch(_lineEnds, inline.Span.Start);
            return index >= 0 ? index : ~index;
        }

        // "- [[Garbage collection]]" and the addresses below it: a topic of the curator's notes, no post's title.
        private bool IsWikiLinkAlone(LeafBlock leaf)
        {
            var text = SourceOf(leaf).ToString();
            return text.Contains("[[", StringComparison.Ordinal) && LinkText.WikiLink().Replace(text, "").Trim() == "";
        }

        // Whether the line goes on from the inline with a wiki link ("[[garbage collection]]").
        private bool OpensWithWikiLink(Inline inline)
        {
            var start = inline.Span.Start;
            if (start < 0 || start >= source.Length || !source.AsSpan(start).StartsWith("[["))
            {
                return false;
            }

            // Only the line is searched, so that a list of such lines is read in time linear in its length.
            var end = source.IndexOf('\n', start);
            var matches = LinkText.WikiLink().EnumerateMatches(source.AsSpan(start..(end < 0 ? source.Length : end)));
            return matches.MoveNext() && matches.Current.Index == 0;
        }

        // Whether a block has words outside its links.
        private bool HasOwnWords(LeafBlock leaf) => HasLetter(NoteWithout(leaf, LinksOf(leaf)));

        // A block's words, its links and all, as a note.
        private string Words(LeafBlock leaf) => SafeText.Of(NoteWithout(leaf, []));

        // Whether a line that ends so runs on into the next: "… by", "… and", "…,".
        private static bool RunsOn(string end)
        {
            var text = end.TrimEnd();
            var word = text[(text.LastIndexOf(' ') + 1)..].ToLowerInvariant();
            return text.EndsWith(',') || text.EndsWith('(') || word is "by" or "and" or "or" or "of" or "with" or "from"
                or "the" or "an" or "see" or "also" or "in" or "on" or "to" or "at";
        }

        // "* Talk title ([slides](…))", or with its events and their videos in the items below it: an item without a
        // titled link is titled by its own words, which its links and its inner items' borrow; or null.
        private ItemWords? TitleWords(LeafBlock leaf)
        {
            if (_links.Any(l => l.Kind == LinkTextKind.Real) || IsWikiLinkAlone(leaf))
            {
                return null;
            }

            // The words come first ("- https://… — what it is": they are a note), unless the links are icons.
            var icons = _links.Count > 0 && _links.All(l => l.Kind == LinkTextKind.Pointer && !HasLetter(l.Text));
            if (_links.Count > 0 && !icons)
            {
                if (!HasLetter(SourceBefore(leaf, _links[0].Link).ToString()))
                {
                    return null;
                }
            }

            // "OSDev.org", with "Wiki: http://…" and "Forum: http://…" on the lines below, each line ending in a
            // hard break: the first line, without links, is the title.
            var label = leaf.Inline!.Any(i => i is LineBreakInline { IsHard: true } && i.Line == leaf.Line)
                && _links.TrueForAll(l => l.Link.Line > leaf.Line);
            // "**Pinning** — https://… — why it hurts": the words before a bare address title it, those after it
            // are its note.
            if (!label && _links is [{ Kind: LinkTextKind.Url } address] && AfterSeparator(leaf, address.Link))
            {
                var start = address.Link.Span.Start;
                var title = LineWords(leaf, i => i.Span.Start < start);
                var note = LineWords(leaf, i => i.Span.Start > start);
                if (note.Length > 0 && CanTitle(title))
                {
                    return new ItemWords(title) { Note = note };
                }
            }

            // "**Pinned Object Heap** — why pinning moved… ([devblogs.microsoft.com](…))", "**Regions:** what
            // they change": a lead in bold before a dash or a colon is the title, the words after it the note.
            if (!label && BoldLead(leaf) is { } lead)
            {
                var title = LineWords(leaf, i => i == lead).TrimEnd(':', '：').TrimEnd();
                var note = LineWords(leaf, i => i != lead);
                if (note.Length > 0 && CanTitle(title))
                {
                    return new ItemWords(title) { Note = note };
                }
            }

            var text = LineWords(leaf, i => !label || LineOf(i) <= leaf.Line);
            // `2022 Internal talk - "Diagnosing Memory Leaks" [slides](…)`: the name in quotes after a dash or a
            // colon titles the post, the words around it are its note, and a year they open with is its year.
            if (QuotedName().Matches(text) is [var quoted] && CanTitle(quoted.Groups["name"].Value))
            {
                var head = text[..quoted.Index].TrimEnd().TrimEnd('-', '–', '—', ':');
                var around = PlainText.Mended($"{head} {NoteMender.Hole}{text[(quoted.Index + quoted.Length)..]}");
                var opening = LeadingYear().Match(around);
                var year = opening.Success ? PostUrl.AsYear(opening.Groups["year"].ValueSpan) : null;
                around = year is null ? around : around[opening.Length..];
                return new ItemWords(quoted.Groups["name"].Value) { Note = around, Year = year };
            }

            if (!CanTitle(text))
            {
                return null;
            }

            // A first line of words alone that ends in a colon ("Further reading:") introduces the addresses below
            // it, and titles none of them; "Mastering memory: https://…" on one line is a title and its address.
            var first = FirstLine(leaf);
            var alone = _links.Count == 0 || SourceBefore(leaf, _links[0].Link).Length > first.Length;
            var introduces = alone && first.TrimEnd() is [.., ':' or '：'];
            return new ItemWords(text) { Introduces = introduces };
        }

        // The strong emphasis that opens a block, without a link in it, when a dash or a colon ends it or follows it.
        private EmphasisInline? BoldLead(LeafBlock leaf)
        {
            if (leaf.Inline?.FirstChild is not EmphasisInline { DelimiterCount: 2 } lead
                || lead.Descendants<LinkInline>().Any()
                || lead.Span.End + 1 >= source.Length)
            {
                return null;
            }

            var after = source.AsSpan(lead.Span.End + 1).TrimStart(" \t");
            var inside = source.AsSpan(lead.Span.Start, lead.Span.Length).TrimEnd("*_ \t");
            return after is ['-' or '–' or '—' or ':' or '：', ..] || inside is [.., ':' or '：'] ? lead : null;
        }

        // Whether a dash, a colon or a bar stands between a block's first words and the link: "Title — https://…",
        // not "… is the README of https://…".
        private bool AfterSeparator(LeafBlock leaf, Inline link) =>
            SourceBefore(leaf, link).TrimEnd() is [.., '-' or '–' or '—' or ':' or '|'];

        // The source of a block's first line.
        private ReadOnlySpan<char> FirstLine(LeafBlock leaf)
        {
            var rest = SourceOf(leaf);
            return rest.IndexOf('\n') is var end and >= 0 ? rest[..end] : rest;
        }

        // The source of a block up to one of its links.
        private ReadOnlySpan<char> SourceBefore(LeafBlock leaf, Inline link) =>
            SourceOf(leaf, link.Span.Start - Math.Max(leaf.Span.Start, 0));

        // The source of a block (or of its first characters), clamped into the text.
        private ReadOnlySpan<char> SourceOf(Block block, int? length = null)
        {
            var start = Math.Clamp(block.Span.Start, 0, source.Length);
            return source.AsSpan(start, Math.Clamp(length ?? block.Span.Length, 0, source.Length - start));
        }

        // "[here](https://… "Pinning in .NET")": the link's own title says what its text does not.
        private static Candidate WithOwnTitle(Candidate candidate, string? title)
        {
            var carried = LinkText.Unquote(Collapse(title ?? ""));
            return candidate.Kind is LinkTextKind.Pointer or LinkTextKind.Url && CanTitle(carried)
                ? candidate with { Text = carried, Kind = LinkTextKind.Real }
                : candidate;
        }

        // Every link of the inlines, in document order.
        private void CollectLinks(ContainerInline? root)
        {
            foreach (var inline in root?.Descendants<Inline>() ?? [])
            {
                switch (inline)
                {
                    case LinkInline { IsImage: false } link:
                        var target = link.Url ?? "";
                        var plain = PlainText.Of(link, _scratch);
                        if (link.IsAutoLink)
                        {
                            // A bare address ends at a '|', which no address holds unescaped (RFC 3986) and which
                            // ends a table's cell; Markdig's autolinks run on past it (xoofx/markdig#496).
                            (target, plain) = (target.Split('|')[0], plain.Split('|')[0]);
                        }

                        var text = LinkText.WithoutSiteName(
                            LinkText.Unquote(Collapse(LinkText.WithoutUnreadLinks(plain))),
                            target
                        );
                        // Images and nothing else: those Markdig read, or those it could not (all the text went).
                        var badge = text.Length == 0
                            && (plain.Length > 0 || link.Any(child => child is LinkInline { IsImage: true }));
                        // "… concurrently [1]." with "[1]: https://…" below, as a chatbot cites its sources: a
                        // number that cites says nothing alone, where "[2](…)" after "[1](…)" is a series' part.
                        var kind = IsCitation(link, text) ? LinkTextKind.Pointer : LinkText.Classify(text, target);
                        _links.Add(
                            badge
                                ? new Candidate(link, target, text, null)
                                : WithOwnTitle(new Candidate(link, target, text, kind), link.Title)
                        );
                        break;
                    case AutolinkInline { IsEmail: false } autolink:
                        _links.Add(new Candidate(autolink, autolink.Url, autolink.Url, LinkTextKind.Url));
                        break;
                    case HtmlInline html:
                        AddHtmlLink(html);
                        break;
                    default:
                        break;
                }
            }
        }

        // The block's main link: its first with a real title.
        private Candidate? MainLink() =>
            _links.FindIndex(l => l.Kind == LinkTextKind.Real) is var main and >= 0 ? _links[main] : null;

        // The note is given, or null for the rest of the leaf block's text. A paragraph outside a list item holds
        // links of their own ("my [blog] or [LinkedIn]"): one that says nothing alone borrows only a title before it.
        private void AddAll(LeafBlock? leaf, string? note, ItemWords? itemWords, bool onlyBefore = false)
        {
            var main = MainLink();
            // Links that say nothing alone (badges, icons, bare addresses) are left out of a leaf's notes, found once
            // for the block.
            var mute = _links.Where(l => l.Kind is null or LinkTextKind.Pointer or LinkTextKind.Url)
                .Select(l => l.Link)
                .ToList();
            Candidate? before = null;
            foreach (var candidate in _links)
            {
                cancel.ThrowIfCancellationRequested(); // a paragraph may hold a file's worth of links
                if (candidate.Kind is { } kind)
                {
                    Add(candidate, kind, onlyBefore ? before : main, leaf, note, mute, itemWords);
                    before = kind == LinkTextKind.Real && !IsByline(candidate.Link) ? candidate : before;
                }
            }
        }

        private void Add(
            Candidate candidate,
            LinkTextKind kind,
            Candidate? main,
            LeafBlock? leaf,
            string? note,
            List<Inline> mute,
            ItemWords? itemWords
        )
        {
            var link = candidate.Link;
            var location = new SourceLocation(file, link.Line + 1, link.Column + 1);
            var target = candidate.Target.Trim();
            if (LinkText.IsPlaceholder(target))
            {
                diagnostics.Warning(
                    DiagnosticCodes.PlaceholderLink,
                    location,
                    target.Length == 0
                        ? $"empty link target for '{candidate.Text}' skipped"
                        : $"placeholder link target '{target}' for '{candidate.Text}' skipped",
                    "replace it with the post's URL, or remove the link"
                );
                return;
            }

            if (target.StartsWith('#') || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
            {
                return; // in-page anchors and e-mail addresses are not posts
            }

            // Hacker News, Twitter and chat clients show a long address cut short: "…/Visualising-the-Garb...".
            if (target.EndsWith('…') || target.EndsWith("..", StringComparison.Ordinal))
            {
                var end = target[^1] == '…' ? "…" : "...";
                WarnLink(
                    location,
                    $"link '{target}' skipped: it ends in '{end}', an address cut short",
                    "copy the whole address from the post's own page"
                );
                return;
            }

            var url = target;
            if (!Uri.TryCreate(target, UriKind.Absolute, out var parsed) || target.StartsWith('/'))
            {
                var relative = target.Length > 0 && Uri.TryCreate(target, UriKind.Relative, out _);
                if (relative && LinkText.StartsWithHost(target))
                {
                    WarnLink(
                        location,
                        $"link '{target}' skipped: it has no https://, so it is a relative link, not an address",
                        $"did you mean 'https://{target}'?"
                    );
                    return;
                }

                if (relative && baseUri is null)
                {
                    _relative = (_relative.Count == 0 ? (location, target) : _relative.First, _relative.Count + 1);
                    return;
                }

                if (!relative || !Uri.TryCreate(baseUri, target, out parsed))
                {
                    WarnLink(location, $"malformed link '{target}' skipped");
                    return;
                }

                url = parsed.AbsoluteUri;
            }

            // "?utm_source=chatgpt.com" says how the curator came to the post, not which post it is.
            url = PostUrl.WithoutTracking(url);
            if (!PostUrl.TryNormalize(parsed, out var key))
            {
                WarnLink(location, $"link '{target}' skipped: only http and https links are posts");
                return;
            }

            if (PostUrl.IsShortLink(parsed))
            {
                diagnostics.Warning(
                    DiagnosticCodes.ShortLink,
                    location,
                    $"link '{target}' is a short link: it hides the post's address, so the same post listed by its "
                        + "address elsewhere counts as another",
                    "open it in a browser and put the address it leads to in the list"
                );
            }

            // Text that says nothing alone takes the main link's title; the main link then leaves a hole in the note.
            string title;
            var origin = TitleOrigin.LinkText;
            int? wordsYear = null;
            _holes.Clear();
            _holes.Add(link);
            // "slides" or "part 2" below a heading that names a post is that post's too.
            var headingMain = kind is LinkTextKind.Part or LinkTextKind.Medium ? _headingMain : null;
            if (kind == LinkTextKind.Real)
            {
                title = candidate.Text;
                // "* Understanding the GC" over "* [Part I - Generations](…)": a part of the series the words name.
                var isMain = main is null || main.Value.Link == link;
                if (isMain && (itemWords?.Text ?? _seriesAbove) is { } series && LinkText.LeadsWithPart(title))
                {
                    (title, origin) = ($"{series}: {title}", TitleOrigin.Borrowed);
                }
                else if (!isMain && LinkText.LeadsWithPart(title)
                    && LinkText.WithoutPart(main!.Value.Text) is var named && named.Length < main.Value.Text.Length)
                {
                    // "[Modelling, part 1: types](…) and [part 2: evolving models](…)": the main link's series.
                    var joint = main.Value.Text[named.Length..].TrimStart().StartsWith(',') ? ", " : ": ";
                    (title, origin) = (named + joint + title, TitleOrigin.Borrowed);
                }
            }
            else if (main is null && _itemMain is null && itemWords is { } words
                && !(words.Introduces && kind == LinkTextKind.Url))
            {
                // "* Fundamentals of GC" and its address below: the words title it; "slides" or "part 2" add to them,
                // and so does the site of each further address ("ValueStringBuilder (github.com)").
                var alone = kind is LinkTextKind.Url or LinkTextKind.Pointer;
                words.Titled += alone ? 1 : 0;
                var label = candidate.Column ?? (alone && leaf is not null && _links.Count <= MaxLinksWithNotes
                    ? LineLabel(leaf, link, words.Text)
                    : null);
                title = alone && words.Titled == 1 && candidate.Column is null
                    ? LinkText.WithoutSiteName(words.Text, target)
                    : $"{words.Text} ({label ?? LinkText.Qualifier(kind, candidate.Text, parsed)})";
                origin = TitleOrigin.Borrowed;
                wordsYear = words.Year;
            }
            else if ((main?.Text ?? _itemMain ?? headingMain) is { Length: <= MaxBorrowedTitle } mainTitle)
            {
                // "[GC internals, part 1](…) | [part 2](…)": "GC internals (part 2)"; the main link's year and
                // authors are its own ("[Paper (A, 2015)](…) ([slides](…))": "Paper (slides)").
                var own = Dated(mainTitle)?.Title ?? WithoutByline(mainTitle).Title;
                var series = kind == LinkTextKind.Part ? LinkText.WithoutPart(own) : own;
                title = $"{series} ({LinkText.Qualifier(kind, candidate.Text, parsed)})";
                origin = TitleOrigin.Borrowed;
                if (main is { } inBlock)
                {
                    _holes.Add(inBlock.Link);
                }
            }
            else
            {
                title = candidate.Text.Length > 0 && candidate.Text != target ? candidate.Text : url;
                origin = TitleOrigin.Fallback;
            }

            if (note is null)
            {
                if (mute.Count <= MaxMuteHoles)
                {
                    _holes.UnionWith(mute);
                }

                if (kind == LinkTextKind.Real && InSentence(link))
                {
                    _holes.Remove(link);
                }

                note = PlainText.Note(leaf?.Inline, _holes, _scratch);
            }

            // "Coding Canvas: [Code Weaving in .NET](https://codingcanvas.com/…)": the site, shown beside it anyway.
            note = LinkText.IsSiteName(note, parsed) ? "" : note;
            (title, note) = (SafeText.Of(title), SafeText.Of(note)); // no control character enters the model
            // "[Talk](…) (2009)", "2022-03-10 [Post](…)": a note that is only a date is the post's year.
            // A note of numbers alone, not a date, is a count or a rank ("⭐ 350", "#3"), which says nothing alone.
            var year = YearOf(note);
            note = year is not null || !HasLetter(note) ? "" : note;
            // "[Paper](…) (Blackburn, Cheng, 2004)": its authors and year after it, as papers are cited.
            if (year is null && AuthorsAndYear(note) is ({ Length: > 0 } by, var cited))
            {
                (note, year) = (by, cited);
            }

            year ??= candidate.Year ?? wordsYear; // a table's cell of a date, a year before a talk's name
            // "DotNext conference, Moscow (9.12.2016)": one whole date in brackets, as a talks page dates each event.
            year ??= BracketedDate().Matches(note) is [var date] ? PostUrl.AsYear(date.Groups["year"].ValueSpan) : null;
            // "[**Paper** (Fruja & Börger, 2005)](…)": a link's own text ends in its year, after its authors.
            if (origin == TitleOrigin.LinkText && Dated(title) is var (undated, authors, given))
            {
                (title, year) = (undated, year ?? given);
                note = authors.Length == 0 ? note
                    : note.Length == 0 ? authors
                    : $"{authors}: {note}";
            }
            else if (origin == TitleOrigin.LinkText && WithoutByline(title) is (var bare, { } names))
            {
                (title, note) = (bare, note.Length == 0 ? names : $"{names}: {note}");
            }

            Posts.Add(
                new ListedPost(url, key, title, _section, note, Posts.Count + 1, location, origin, IsByline(link), year)
                {
                    Tags = SafeText.Of(candidate.Tags),
                }
            );
        }
    }

    // A list item's own words that title the addresses in and below it, and how many addresses they have titled.
    private sealed class ItemWords(string text)
    {
        public string Text { get; } = text;

        /// <summary>The item's words after its address, when those before it are its title.</summary>
        public string Note { get; init; } = "";

        /// <summary>The year the words open with, when a name in quotes among them is the title.</summary>
        public int? Year { get; init; }

        public int Titled { get; set; }

        /// <summary>Whether the words end in a colon ("Further reading:"): they title no address of their own.
        /// </summary>
        public bool Introduces { get; init; }
    }

    // A link of the block being read: its target as written, its text collapsed and unquoted, what that says (null
    // for an image-only link, which is not a post), the tags a bookmark export gives it, and the header of the table
    // column it sits in when that tells it from the row's other links.
    private readonly record struct Candidate(
        Inline Link,
        string Target,
        string Text,
        LinkTextKind? Kind,
        string Tags = "",
        int? Year = null,
        string? Column = null
    );

    // A name in quotes at the start or after a dash or a colon, of two words or more (`talk - "Diagnosing Leaks"`),
    // or of Chinese or Japanese, written without spaces (`演讲 - "Pinning有什么难的"`).
    [GeneratedRegex(
        @"(?:^|(?<=[-–—:]\s?))[""“](?<name>[^""“”\s]+(?:\s+[^""“”\s]+)+"
            + @"|[^""“”\s]*\p{IsCJKUnifiedIdeographs}[^""“”\s]*)[""”]"
    )]
    private static partial Regex QuotedName();

    // "2022 Internal talk", "2020年dotnetos演讲": a year that opens the words, and the space or "年" (year)
    // after it.
    [GeneratedRegex(@"^(?<year>(?:19|20)\d\d)(?:\s+|年\s*)")]
    private static partial Regex LeadingYear();

    // "(9.12.2016)", "(19-20.05.2017)", "(2020-06-15)", "(June 15, 2020)": a whole date in brackets.
    [GeneratedRegex(
        @"\((?:\d{1,2}(?:-\d{1,2})?[./]\d{1,2}[./](?<year>\d{4})|(?<year>\d{4})-\d{1,2}-\d{1,2}"
            + @"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?<year>\d{4}))\)",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex BracketedDate();

    // The year of a text that is a date alone, or null.
    private static int? YearOf(string text) =>
        DateNote().Match(text) is { Success: true } date ? PostUrl.AsYear(date.Groups["year"].ValueSpan) : null;

    // "2009", "(2009)", "2022-03-10", "March 2022", "10 Mar 2022", "Mar 10, 2022": a date alone.
    [GeneratedRegex(
        @"^\(?(?:(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?"
            + @"(?<year>\d{4})(?:[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?\)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex DateNote();

    // "{:target="_blank"}", "{: .external }", or "{#threads}" at the end of a line after a space.
    [GeneratedRegex(
        @"(?<opening>(?<=^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?)\{:[^{}\n]*\}[ \t]*)"
            + @"|\{:[^{}\n]*\}|(?<=[ \t])\{#[A-Za-z][\w:.-]*(?:[ \t][^{}\n]*)?\}(?=[ \t]*(?:\r|\n|$))",
        RegexOptions.Multiline
    )]
    private static partial Regex AttributeList();

    // "> [!NOTE]", "> [!TIP]": a line that opens a GitHub alert; or a chatbot's citation.
    [GeneratedRegex(
        @"(?<=^[ \t]{0,3}>[ \t]?)(?i:\[!(?:note|tip|important|warning|caution)\])(?=[ \t]*\r?$)"
            + @"|【\d+(?:[:†][^】\n]{0,100})?】|:contentReference\[oaicite:\d+\]\{index=\d+\}",
        RegexOptions.Multiline
    )]
    private static partial Regex AlertOrCitation();

    // "[Post](https://…" whose address ends with a ']', or with no ')' right after it.
    [GeneratedRegex(@"\[[^\[\]\n]+\]\((?<address>(?>https?://[^\s()\[\]<>]+))(?:(?<bracket>\])|(?=\s|$))",
        RegexOptions.IgnoreCase)]
    private static partial Regex UnclosedLink();

    // "Programming C# 5.0. Ian Griffiths. O'Reilly Media. 2012.": a title, its authors and publisher, a year.
    [GeneratedRegex(@"^(?<title>.+?)\.\s+(?<by>.+?)\.\s+(?<year>\d{4})\.?$", RegexOptions.NonBacktracking)]
    private static partial Regex Citation();

    // "[Performance Improvements in .NET 8 by Stephen Toub](…)": the post's title, which may be quoted ("'Hopscotch
    // Hashing' by Maurice Herlihy, Nir Shavit, and Moran Tzafrir"), and its authors after it, or null.
    private static (string Title, string? Names) WithoutByline(string title) =>
        Byline().Match(title) is { Success: true } byline && title[..byline.Index].Any(char.IsLetter)
            ? (LinkText.Unquote(title[..byline.Index]), "by " + byline.Groups["by"].Value)
            : (title, null);

    // " by Stephen Toub", " Paperback by Ben Watson": names at the end of a link's text ("by CLR event tracing" or "by
    // the JIT" names no one), and the month and site of a Medium page's copied title ("by Jane Doe Aug, 2022 Medium").
    [GeneratedRegex(
        @"\s+(?:(?:Paperback|Hardcover|Kindle Edition)\s+)?by\s+(?<by>" + LinkText.PersonNames + ")"
            + @"(?:\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*,?\s+(?:19|20)\d\d\s+Medium)?$",
        RegexOptions.NonBacktracking
    )]
    private static partial Regex Byline();

    // "1. ", "2) ": a heading's number.
    [GeneratedRegex(@"^\d+[.)]\s+")]
    private static partial Regex NumberMark();

    // <span id="talk"/>, <span id='talk'></span>, <a name="talk"></a>: a tag with only an id or name, and no content.
    [GeneratedRegex(
        @"^\s*<(?<tag>span|a)\s+(?:id|name)\s*=\s*(?:""[^""<>]*""|'[^'<>]*'|[^\s""'<>/=]+)\s*/?>(?:</\k<tag>\s*>)?\s*$",
        RegexOptions.IgnoreCase
    )]
    private static partial Regex AnchorLine();

    [GeneratedRegex(@"^ {0,3}#{1,6}[ \t]")]
    private static partial Regex HeadingMark();

    // "---|---", "| :-- | --: |": a pipe table's separator row.
    [GeneratedRegex(@"^\s*(\|\s*)?:?-+:?\s*(\|\s*:?-+:?\s*)+(\|\s*)?$")]
    private static partial Regex TableSeparator();

    // "“Title” - what it is about:": a title in double quotes, then its note.
    [GeneratedRegex(@"^[""“](?<title>[^""“”\n]{2,})[""”]\s*(?:[\-–—:,]\s*(?<note>.*?))?[\s:：]*$")]
    private static partial Regex QuotedTitle();

    // "- [ ] [Post](…)", "- [x] [Post](…)": a reading list kept as a task list. Markdig's own parser also takes the
    // "[x]" of "- [x](https://…)", a link; as on GitHub, a box is one only with white space after it.
    private sealed class TaskBoxes : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline) =>
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new TaskBoxParser());

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
        }
    }

    private sealed class TaskBoxParser : TaskListInlineParser
    {
        public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
            slice.PeekCharExtra(3) is ' ' or '\t' && base.Match(processor, ref slice);
    }

    /// <summary>Collapses runs of white space into one space and trims.</summary>
    internal static string Collapse(string text) => WhiteSpace().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
