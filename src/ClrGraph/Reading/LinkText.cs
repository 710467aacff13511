using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ClrGraph.Reading;

/// <summary>What a link's text says about its post: a title of its own, or words that need the main link.</summary>
internal enum LinkTextKind
{
    /// <summary>A title of its own.</summary>
    Real,

    /// <summary>A part of a series: "part 2", "Part II", "(part 3)".</summary>
    Part,

    /// <summary>The kind of thing behind the link: "slides", "video", "source", "blog".</summary>
    Medium,

    /// <summary>A pointer that says nothing at all: "here", "more", "link", "this".</summary>
    Pointer,

    /// <summary>A URL (an autolink, a bare URL, or link text that is an address) or no text.</summary>
    Url,
}

/// <summary>Cleans link texts and headings, and tells which link texts say nothing alone.</summary>
internal static partial class LinkText
{
    private static readonly FrozenSet<string> Media = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "source", "source code", "code", "slides", "slide deck", "deck", "video", "blog", "blog post", "post",
        "article", "pdf", "talk", "talks", "videos", "articles", "demo", "repo", "repository", "github", "youtube",
        "recording", "transcript", "podcast", "docs", "documentation", "paper", "website", "site", "sample",
        "samples", "gist", "archive", "archived", "mirror", "summary", "notes", "abstract", "write-up", "writeup",
        "benchmark", "benchmarks", "event", "meetup", "listings", "code listings", "download", "reference",
        "api reference", "guide", "devblog", "devblog post", "spec", "feature spec", "github repo", "page", "doc",
        "tutorial", "video tutorial", "source reference",
        "幻灯片", "视频", "スライド", "動画",
        "слайды", "видео", "презентация", "запись"
    );

    private static readonly FrozenSet<string> Pointers = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "here", "this", "link", "more", "read more", "more here", "click here", "see here", "this post", "this one",
        "this article", "this link", "the post", "it", "there", "continued", "cont", "next", "previous", "follow-up",
        "read", "read it", "read here", "see", "see more", "view", "visit", "open", "go", "watch", "x", "links",
        "refs", "references", "resources", "see also", "related", "another", "another one", "one more",
        "原文", "原文链接", "原文地址", "链接", "这里", "点击这里", "此处", "更多"
    );

    private static readonly FrozenSet<string> FieldLabels = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "url", "link", "address", "web", "website", "web site", "site", "homepage", "home page"
    );

    private static readonly FrozenSet<string> PlaceholderWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "TODO", "TBD", "FIXME", "url", "link"
    );

    // "part 2", "Part II", "pt. 3", "Chapter 4", "episode 12", "part 2 of 3", "#2", "2", "second part", "its sequel",
    // "Часть 2", "续" (continued), "第二部分" (the second part);
    // a roman numeral only after a word, so that "CLI" or "X" stays a title.
    private const string Number = @"(?:\d+|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten)";

    /// <summary>The names of one or more people as a byline writes them: two or more capitalised words each ("Stephen
    /// Toub", "James S. Miller", "Jan van Wijk"), joined by commas, '&amp;' or "and" (", and" too), perhaps "et al". A
    /// word with a capital inside ("ReadyToRun", "GC") names a thing, not a person.</summary>
    public const string PersonNames =
        PersonName + @"(?:\s*(?:,\s*(?:&|\band\b)?|&|\band\b)\s*" + PersonName + @")*(?:\s+et al\.?)?";

    private const string PersonName = NameWord + @"(?:\s+(?:(?:van|von|de|der|da|di|du|le)\s+)?" + NameWord + ")+";

    // "Stephen", "S.", "O'Brien", "Jean-Philippe", "Gérald".
    private const string NameWord = @"\p{Lu}\p{Ll}*(?:['’\-]\p{Lu}?\p{Ll}+)*\.?";

    // "part ", "Chapter ", "pt. ", "ep ", "Teil ", "Часть ": the word before a part's number.
    private const string PartWord =
        @"(?:(?:part|chapter|episode|volume|teil|partie|parte|часть|część)\s+|(?:pt|ch|ep|vol)(?:\.\s*|\s+))";

    [GeneratedRegex(
        "^"
            + PartWord
            + Number
            + @"(?:\s*(?:of|/)\s*"
            + Number
            + ")?$"
            + @"|^#?\d+(?:\s*(?:of|/)\s*\d+)?$"
            + @"|^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|next|final|last)\s+part$"
            + @"|^(?:(?:the|its|a)\s+)?(?:sequel|follow-?up|continuation)$"
            + @"|^(?:续|续篇|下篇|第[0-9一二三四五六七八九十]+(?:部分|部|篇|章|回))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex PartPattern();

    // "Part I - Generations", "Chapter 2: Pinning": a part of a series, then its own words.
    [GeneratedRegex(
        "^" + PartWord + Number + @"\s*[-–—:.,)]\s*\w",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex PartLead();

    // ", part 1", " (Part 2)": the part of a series a title ends in, after a word, and the part's own words after it
    // (", Part 1. The layout").
    [GeneratedRegex(
        @"(?<=\w)[\s,:;–—-]*\(?" + PartWord + Number + @"\)?(?:\s*[-–—:.]\s+\w.*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex PartEnd();

    /// <summary>The series a title names without the part it ends in: "GC internals" of "GC internals, part 1" and
    /// of "GC internals, Part 1. Marking".</summary>
    public static string WithoutPart(string title)
    {
        // The part is at the end: only the last few characters are looked at, however long the title.
        var from = Math.Max(0, title.Length - 64);
        var match = PartEnd().Match(title, from);
        return match.Success && match.Index > from ? title[..match.Index] : title;
    }

    /// <summary>Whether a title opens with the part of a series it is: "Part I - Generations".</summary>
    public static bool LeadsWithPart(string text) => PartLead().IsMatch(text);

    /// <summary>The text with the links and images Markdig could not read (an address with spaces or a site
    /// template: <c>[CLRMD]({{ base }}/…)</c>, <c>![Talk](/images/talk 1.png)</c>) written as their words: a link as
    /// its text, an image as nothing. Written literally, their markup is no part of a title or a note.</summary>
    public static string WithoutUnreadLinks(string text) =>
        text.Contains("](", StringComparison.Ordinal)
            ? UnreadLink().Replace(text, m => m.Value[0] == '!' ? "" : m.Groups["text"].Value)
            : text;

    [GeneratedRegex(@"!?\[(?<text>[^\[\]\n]*)\]\([^()\n]*\)", RegexOptions.NonBacktracking)]
    private static partial Regex UnreadLink();

    /// <summary>A wiki link (<c>[[garbage collection]]</c>, as Obsidian, Foam and GitHub wikis write them): a link to
    /// another note of the curator's, not to a post.</summary>
    [GeneratedRegex(@"\[\[[^\[\]\n]+\]\]", RegexOptions.NonBacktracking)]
    public static partial Regex WikiLink();

    /// <summary>The text with each wiki link as the words it shows: "about [[JIT]] tiering" is "about JIT tiering",
    /// <c>[[Text|https://…]]</c> is "Text".</summary>
    public static string WithWikiLinksAsWords(string text) =>
        text.Contains("[[", StringComparison.Ordinal)
            ? WikiLink().Replace(text, m => WikiParts(m.Value).Shown)
            : text;

    // A wiki link's page or address, and the words it shows: its first part that is no address.
    private static (string? Address, string Shown) WikiParts(string link)
    {
        var parts = link[2..^2].Split('|');
        var address = parts.FirstOrDefault(p => p.Contains("://", StringComparison.Ordinal));
        return (address?.Trim(), (parts.FirstOrDefault(p => p != address) ?? address ?? "").Trim());
    }

    /// <summary>
    /// Text written as a link that Markdown does not read as one, each within a line of <paramref name="text"/>: where
    /// it starts, what is wrong with it and how to mend it. Text and address swapped (<c>[https://…](Title)</c>), an
    /// address with spaces (<c>[Title](14 to 2 seconds)</c>), or a space between <c>]</c> and <c>(</c>
    /// (<c>[Title] (https://…)</c>); shape by shape, not in text order.
    /// </summary>
    public static IEnumerable<(int Index, string Problem, string Hint)> Unread(string text)
    {
        foreach (Match match in ReferenceShape().Matches(text))
        {
            var label = match.Groups["label"].Length > 0 ? match.Groups["label"].Value : match.Groups["text"].Value;
            var end = match.Index + match.Length;
            var image = match.Index > 0 && text[match.Index - 1] == '!';
            if (!image && (end == text.Length || text[end] != '(')) // "[x][Title](…)": a box, then a link
            {
                yield return (match.Index, $"its reference [{label}] is defined nowhere; the post is skipped",
                    $"add a line '[{label}]: https://…' to the list, or write the link as [title](https://…)");
            }
        }

        foreach (Match match in WikiLink().Matches(text))
        {
            // "[[Text|https://…]]", as a GitHub wiki links outside itself; "[[note]]" links a note, not a post.
            if (WikiParts(match.Value) is ({ } target, var shown))
            {
                yield return (match.Index, "it is a wiki link, which Markdown does not read; the post is skipped",
                    $"write it as [{shown}]({target})");
            }
        }

        foreach (Match match in SwappedMarks().Matches(text))
        {
            var (shown, target) = (match.Groups["text"].Value.Trim(), match.Groups["target"].Value.Trim());
            yield return (match.Index, "its parentheses and brackets are swapped; the post is skipped",
                $"write it as [{shown}]({target})");
        }

        foreach (Match match in GluedAddress().Matches(text))
        {
            var address = match.Groups["address"];
            const string Problem = "no space before its address, so Markdown reads it as text; the post is skipped";
            yield return (address.Index, Problem, $"put a space or a line break before {address.Value}");
        }

        foreach (Match match in LinkShape().Matches(text))
        {
            if (match.Index > 0 && text[match.Index - 1] == '!')
            {
                continue; // an image Markdig could not read is no post either way (see WithoutUnreadLinks)
            }

            var (shown, target) = (match.Groups["text"].Value.Trim(), match.Groups["target"].Value.Trim());
            var spaced = match.Groups["gap"].Length > 0;
            var problem =
                LooksLikeUrl(shown) && !target.Contains("://", StringComparison.Ordinal)
                    ? ("its text and address are swapped; the post is skipped", $"write it as [{target}]({shown})")
                : spaced && shown.Length > 1 && LooksLikeUrl(target) && !target.Contains(' ', StringComparison.Ordinal)
                    ? ("a space between ] and ( leaves the address without its title", "remove the space")
                : target.Contains("{{", StringComparison.Ordinal)
                    ? ("its address is a template that only the site's generator fills in; the post is skipped",
                        "write the post's full address")
                : !spaced && target.Contains(' ', StringComparison.Ordinal) && !target.StartsWith('<')
                    ? ("its address has spaces; the post is skipped", LooksLikeUrl(target)
                        ? $"write each space in it as %20: ({target.Replace(" ", "%20", StringComparison.Ordinal)})"
                        : "put the post's URL between the parentheses")
                : default;
            if (problem != default)
            {
                yield return (match.Index, problem.Item1, problem.Item2);
            }
        }
    }

    /// <summary>Where the first Markdown link to a web address in <paramref name="line"/> starts, or -1; images
    /// are not links.</summary>
    public static int FirstWebLink(string line) =>
        LinkShape()
            .Matches(line)
            .FirstOrDefault(m => (m.Index == 0 || line[m.Index - 1] != '!') && LooksLikeUrl(m.Groups["target"].Value))
            ?.Index ?? -1;

    [GeneratedRegex(@"\[(?<text>[^\[\]\n]+)\](?<gap>[ \t]*)\((?<target>[^()\n]*)\)", RegexOptions.NonBacktracking)]
    private static partial Regex LinkShape();

    // "[Title][label]" or "[Title][]": a reference link, read as a link only where a line "[label]: https://…"
    // defines its label.
    [GeneratedRegex(@"\[(?<text>[^\[\]\n]+)\]\[(?<label>[^\[\]\n^]*)\]", RegexOptions.NonBacktracking)]
    private static partial Regex ReferenceShape();

    // "Options:https://…", "Background GC<br>https://…": an address right after a word, a colon or a line break
    // tag, which GitHub and Markdig link only after a space, a line's start or one of *_~(.
    [GeneratedRegex(@"(?:[\p{L}\p{Nd}:：、。]|<br\s*/?>)(?<address>https?://[^\s<>()]+)",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex GluedAddress();

    // "(Title)[https://…]": a link with its two halves' marks swapped.
    [GeneratedRegex(@"\((?<text>[^()\n]+)\)\[(?<target>https?://[^\[\]\s]+)\]", RegexOptions.NonBacktracking)]
    private static partial Regex SwappedMarks();

    /// <summary>Whether a link's target that is no absolute URL starts with a host, as an address written without
    /// <c>https://</c> does (<c>www.example.com/post</c>, <c>devblogs.microsoft.com/dotnet/…</c>), rather than a
    /// file (<c>docs/gc.md</c>, <c>gc.md</c>), even in a folder named like a site (<c>ado.net/ado.net-tracing.md</c>: a
    /// Markdown file is a page of the list's repository, not of a web site).</summary>
    public static bool StartsWithHost(string target)
    {
        var host = target.Split('/', '?', '#')[0];
        var tld = host[(host.LastIndexOf('.') + 1)..].ToLowerInvariant();
        var path = target.Split('?', '#')[0];
        var www = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        var markdown = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        return HostShape().IsMatch(host) && (www || (!FileExtensions.Contains(tld) && !markdown));
    }

    private static readonly HashSet<string> FileExtensions =
    [
        "md", "markdown", "html", "htm", "txt", "pdf", "aspx", "php", "png", "jpg", "gif", "svg", "yml", "yaml",
        "json", "xml", "cs", "zip",
    ];

    [GeneratedRegex(@"^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}$")]
    private static partial Regex HostShape();

    /// <summary>The text without one pair of quotes (straight or typographic) or brackets around all of it, and
    /// without emphasis marks that open it and close nothing (`[***Contention, poor performance](…)`).</summary>
    public static string Unquote(string text)
    {
        if (text.Length > 1 && text[0] is '*' or '_' && text.TrimStart(text[0]) is var rest
            && rest.Length > 0 && char.IsLetterOrDigit(rest[0]) && text.Length - rest.Length <= 3
            && !rest.Contains(text[0], StringComparison.Ordinal))
        {
            text = rest;
        }

        if (text.Length < 3)
        {
            return text;
        }

        var (open, close) = (text[0], text[^1]);
        var matched =
            (open, close) is ('"', '"') or ('\'', '\'') or ('“', '”') or ('‘', '’')
                or ('„', '“') or ('„', '”') or ('«', '»') or ('‹', '›') or ('[', ']');

        // "Foo" and "Bar" starts and ends with a quote but is not wrapped in one pair.
        var inner = text.AsSpan(1, text.Length - 2);
        return matched && !inner.Contains(open) && !inner.Contains(close) ? inner.Trim().ToString() : text;
    }

    /// <summary>A title copied from a browser tab, without the name of the post's site before or after it: on
    /// dotnetos.org, "Dictionary implementation in C# - Dotnetos - courses &amp; conferences" is "Dictionary
    /// implementation in C#"; on paulbutler.org, "Paul Butler – What does it mean to listen on a port?" is the
    /// question; anywhere, "Internals of the POH - .NET Blog" is "Internals of the POH".</summary>
    public static string WithoutSiteName(string text, string target)
    {
        var separators = TitleSeparator().Matches(text);
        if (separators.Count == 0 || !Uri.TryCreate(target, UriKind.Absolute, out var url)
            || url.AbsolutePath.Length <= 1)
        {
            return text; // a home page's title names its site
        }

        // "Pinning | by Someone | The Startup | Medium": Medium's tab names the author after the title, then the
        // publication or the date, then the site; the title is what comes before "by".
        var byline = separators.FirstOrDefault(s =>
            text.AsSpan(s.Index + s.Length).StartsWith("by ", StringComparison.OrdinalIgnoreCase));
        if (byline is not null)
        {
            return text[..byline.Index];
        }

        var names = SiteNames(url);
        bool NamesSite(string part) =>
            Letters(part) is { Length: >= 4 } letters && names.Exists(n => letters.Contains(n) || n.Contains(letters));

        for (var i = 0; i < separators.Count; i++)
        {
            var end = i + 1 < separators.Count ? separators[i + 1].Index : text.Length;
            var start = separators[i].Index + separators[i].Length;
            if (NamesSite(text[start..end]) || (end == text.Length && BlogName().IsMatch(text[start..end])))
            {
                var (title, first) = (text[..separators[i].Index], text[..separators[0].Index]);
                var site = url.Host.StartsWith("www.", StringComparison.Ordinal) ? url.Host[4..] : url.Host;
                // "Pinning – Jane Doe – Medium": Medium's older tab puts the author or the publication between; a
                // name has no number and is no part ("GC – Part 2 – Medium" is a title of two parts).
                var medium = site == "medium.com" || site.EndsWith(".medium.com", StringComparison.Ordinal);
                var afterFirst = separators[0].Index + separators[0].Length;
                if (i == 1 && end == text.Length && medium && IsName(text[afterFirst..separators[1].Index]))
                {
                    return first;
                }

                // A question's tab on Stack Overflow names its first tag before it: "c# - How does the GC work".
                var questions = QuestionSites.Contains(site)
                    || site.EndsWith(".stackexchange.com", StringComparison.Ordinal);
                return i > 0 && questions && QuestionTag().IsMatch(first) ? title[afterFirst..] : title;
            }
        }

        // After the site's name, a title has words: "Microsoft DevBlogs - C#" names a part of the site.
        var rest = text[(separators[0].Index + separators[0].Length)..];
        return NamesSite(text[..separators[0].Index]) && rest.Trim().Contains(' ') ? rest : text;
    }

    /// <summary>Whether <paramref name="text"/> is only the name of <paramref name="url"/>'s site ("Coding Canvas"
    /// on codingcanvas.com, "Developer.com"), which the site shown beside every post already says.</summary>
    public static bool IsSiteName(string text, Uri url)
    {
        // No name of a site is longer than its host: most notes are, and need no look at the host's names.
        var letters = Letters(text);
        return letters.Length >= 4
            && letters.Length <= Math.Max(url.Host.Length, url.IdnHost.Length)
            && (letters == Letters(PostUrl.Site(url)) || SiteNames(url).Contains(letters));
    }

    // The names in a site's host that may be its own: "dotnetos" of dotnetos.org, not "blog" of a blog host; a shared
    // host's name only on its own pages ("github" of github.com, not of someone.github.io).
    private static List<string> SiteNames(Uri url)
    {
        var labels = url.Host.Split('.');
        var own = labels.Length - (labels[0] == "www" ? 1 : 0) == 2;
        return [.. labels.Select(Letters).Where(n => n.Length >= 4 && (own || !SharedHosts.Contains(n)))];
    }

    private static string Letters(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    // Host names that many authors' sites share: no site's own name.
    private static readonly FrozenSet<string> SharedHosts = FrozenSet.Create(
        "blog", "blogs", "docs", "learn", "github", "gitlab", "wordpress", "blogspot", "medium", "substack"
    );

    [GeneratedRegex(@"\s+[-–—|·]\s+")]
    private static partial Regex TitleSeparator();

    // A blog's name last in a tab's title: "… - .NET Blog", "… | Engineering Blog", "… - DEV Community".
    [GeneratedRegex(@"^(?:\S+\s+){0,3}(?:blogs?|community)$", RegexOptions.IgnoreCase)]
    private static partial Regex BlogName();

    private static bool IsName(string words) =>
        !words.Any(char.IsDigit) && !words.StartsWith("part ", StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> QuestionSites = FrozenSet.Create(
        "stackoverflow.com", "superuser.com", "serverfault.com"
    );

    // A tag as Stack Overflow writes it: "c#", ".net-core", "garbage-collection"; in its tab's title, "-" is a space
    // (".net 4.0").
    [GeneratedRegex(@"^[a-z0-9#+.-]+(?: [a-z0-9#+.-]+){0,2}$")]
    private static partial Regex QuestionTag();

    /// <summary>Whether a heading names a table of contents ("Contents", "📚 Table of Contents", "TOC").</summary>
    public static bool IsContents(string heading) =>
        heading[heading.TakeWhile(c => !char.IsLetter(c)).Count()..].ToLowerInvariant()
            is "contents" or "table of contents" or "toc";

    /// <summary>A heading as a section name: without a trailing colon, wrapping quotes or the marks it opens or ends
    /// with ("📕 Articles", "Event Viewer ⚠️"), unless it is only marks.</summary>
    public static string Heading(string text)
    {
        var words = EdgeMarks().Replace(text, "");
        return TrimColon(Unquote(TrimColon(words.Length > 0 ? words : text)));
    }

    // "🟡 StringPool", "VMMap 📝": the marks a heading opens or ends with (a rating, a status, what a tool
    // inspects) name nothing, and a diagram's font may have no glyph for them. An emoji is a surrogate pair.
    private const string Marks = @"(?:[\p{So}\p{Sk}\p{Cf}\p{Mn}\s]|\p{Cs})+";

    [GeneratedRegex("^" + Marks + "|" + Marks + "$", RegexOptions.NonBacktracking)]
    private static partial Regex EdgeMarks();

    private static string TrimColon(string text) =>
        text.Length > 0 && text[^1] is ':' or '：' ? text.TrimEnd(':', '：', ' ') : text;

    /// <summary>Whether words name the field an address is written in ("**URL**:", "Website:"), not a post.</summary>
    public static bool IsFieldLabel(string words) =>
        FieldLabels.Contains(Heading(words.Trim('*', '_', ' ')));

    /// <summary>Whether a link target is a stand-in for an address not written yet.</summary>
    public static bool IsPlaceholder(string target) =>
        target.AsSpan().TrimStart('?').IsEmpty
        || target is "#" or "..." or "…" or "x" or "xxx" or "http://" or "https://"
        || PlaceholderWords.Contains(target);

    /// <summary>What a (cleaned) link text says about its post.</summary>
    /// <param name="text">The link text, collapsed and unquoted.</param>
    /// <param name="target">The link's target as written.</param>
    public static LinkTextKind Classify(string text, string target)
    {
        if (text.Length == 0 || text == target || LooksLikeUrl(text) || IsHostOf(text, target))
        {
            return LinkTextKind.Url;
        }

        if (text.Length > 24)
        {
            return LinkTextKind.Real; // every text below is short; most real titles are not
        }

        if (!text.Any(char.IsLetterOrDigit) || EmojiShortcode().IsMatch(text))
        {
            return LinkTextKind.Pointer; // "🔗", "→", "#", or GitHub's ":scroll:"
        }

        var words = Plain(text);
        return Pointers.Contains(words) ? LinkTextKind.Pointer
            : Media.Contains(Medium(WithoutRepository(words, target))) ? LinkTextKind.Medium
            : PartPattern().IsMatch(words) ? LinkTextKind.Part
            : !words.Any(char.IsLetter) ? LinkTextKind.Pointer // "+1", "2008": no word, and no part's number
            : LinkTextKind.Real;
    }

    [GeneratedRegex(@"^(?::[a-z0-9_+\-]+:\s*)+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmojiShortcode();

    /// <summary>What tells a sub-link's post apart from its main link's: "part 2", "slides", or the site.</summary>
    public static string Qualifier(LinkTextKind kind, string text, Uri url) =>
        kind switch
        {
            LinkTextKind.Part => Medium(Plain(text)),
            LinkTextKind.Medium => Medium(WithoutRepository(Plain(text), url.AbsoluteUri)).ToLowerInvariant(),
            _ => url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host,
        };

    /// <summary>Whether a label or heading only points at what follows ("Refs:", "See also", "More:").</summary>
    public static bool Points(string text) => Classify(text.Trim(), "") == LinkTextKind.Pointer;

    // The words without praise, which says nothing of the post: "this great article" points as "this article" does,
    // and "a great video" is a video. ("Awesome talks" names an awesome list.)
    private static string Plain(string text) => Praise().Replace(Words(text), "");

    // The medium without the words that only point at it: "Associated Slides", "the full video".
    private static string Medium(string words) => PointingWords().Replace(words, "");

    [GeneratedRegex(
        @"^(?:(?:the|a|its|my|our|his|her|their|associated|accompanying|related|full|original|recorded|session|"
            + @"download|example|official)\s+)+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex PointingWords();

    [GeneratedRegex(
        @"\b(?:(?:really|very|truly|quite|super)\s+)?(?:great|excellent|nice|good|interesting|useful|helpful|"
            + @"detailed|in-depth|brilliant|fantastic|amazing|wonderful|superb)\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex Praise();

    // "devblogs.microsoft.com" or "microsoft.com" for a link to https://devblogs.microsoft.com/…: the site, as a
    // chatbot's citations and some lists name their links.
    private static bool IsHostOf(string text, string target)
    {
        if (!text.Contains('.', StringComparison.Ordinal) || !Uri.TryCreate(target, UriKind.Absolute, out var url))
        {
            return false;
        }

        var host = PostUrl.Site(url);
        var named = text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
        return host.Equals(named, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + named, StringComparison.OrdinalIgnoreCase);
    }

    // The words without the name of the GitHub repository the link goes to, which only says where the medium is:
    // "CoreCLR source reference" of a link into github.com/dotnet/coreclr is its "source reference".
    private static string WithoutRepository(string words, string target) =>
        words.Contains(' ', StringComparison.Ordinal)
        && Uri.TryCreate(target, UriKind.Absolute, out var url)
        && url.Host.Equals("github.com", StringComparison.OrdinalIgnoreCase)
        && url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) is [_, var repository, ..]
        && words.Length > repository.Length + 1
        && words.StartsWith(repository + " ", StringComparison.OrdinalIgnoreCase)
            ? words[(repository.Length + 1)..]
            : words;

    private static bool LooksLikeUrl(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    // The words alone: "(part 3)" and "more…" say what "part 3" and "more" say.
    private static string Words(string text)
    {
        var words = text.AsSpan().Trim().TrimEnd(".…!:,;»›→ ").Trim();
        while (words.Length >= 2 && ((words[0] == '(' && words[^1] == ')') || (words[0] == '[' && words[^1] == ']')))
        {
            words = words[1..^1].Trim();
        }

        return words.Length == text.Length ? text : words.ToString();
    }
}
