using System.Text.RegularExpressions;
using ClrGraph.Reading;

namespace ClrGraph.Curation;

/// <summary>A word of a text, stemmed for matching, with the form it was written in for evidence.</summary>
/// <param name="Stem">The matching form: lower case, lightly stemmed; two words joined by a space for a phrase.</param>
/// <param name="Written">The word as the text has it.</param>
internal readonly record struct Word(string Stem, string Written);

/// <summary>
/// Splits titles, notes, headings and URL paths into words that can be matched against a subsystem's vocabulary:
/// camel case split (<c>TryStartNoGCRegion</c>), light stemming, stop words dropped, the runtime's acronyms and their
/// spelled-out forms made one word, and adjacent pairs kept as phrases (<c>hard limit</c>).
/// </summary>
internal static partial class Words
{
    // Dropped before matching, compared as stems: function words, URL parts, (after the blank line) words every list
    // about the runtime uses, which name no part of it, and (after the second) words a summary uses to describe a part
    // ("a running runtime", "for experiments"), which name none either.
    private static readonly HashSet<string> StopWords = new(
        """
        a about after all also an and any are as at be been before being between but by can could do doe
        does don each en for from get got ha had has have how i if in into is it its just let like make me
        more most much my new no not of on one or other our out over own part so some than that the their
        them then there these they thi this those through to too two under up use using very via wa was way
        we what when where which while who why will with without you your www com org net dotnet http https
        html htm aspx md blob master main archive post posts blog index en-us us b s t ii iii iv
        every many few must should would may might shall need know ever never always often here now only same
        still yet whether mostly closely rather either once itself whose look take see

        .net clr coreclr rotor system core overview collection common introduction intro guide deep dive
        internal internals microsoft understand tip trick note series episode video talk slide book chapter
        article sample resource include such start getting reference link managed useful further reading read
        material topic

        running experiment inspect faster build give involve
        """.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(Stem),
        StringComparer.Ordinal
    );

    // Words that name a part of the runtime only in a phrase ("code heap", "write barrier", "lock statement",
    // "expression trees", "C# compiler", "language features", "time stamps", "performance improvements by release"),
    // never alone: C# has the "fixed statement", "fixed keyword" and "stackalloc expressions" too, every post on the
    // runtime is about a program in some language, everything takes time, a release build is no release of .NET,
    // every package is a library, and a shared framework or web host shares no generic code.
    private static readonly HashSet<string> PhraseOnly = new(
        "code write work load statement expression keyword c# language time release library shared"
            .Split(' ').Select(Stem),
        StringComparer.Ordinal
    );

    // Spelled-out forms and their acronym, so that "garbage collector" and "GC" meet; applied to stems.
    private static readonly (string[] Words, string Acronym)[] Phrases =
    [
        (["garbage", "collector"], "gc"),
        (["garbage", "collection"], "gc"),
        (["just", "in", "time"], "jit"),
        (["ahead", "of", "time"], "aot"),
        (["ready", "to", "run"], "r2r"),
        (["readytorun"], "r2r"),
        (["thread", "pool"], "threadpool"),
        (["large", "object", "heap"], "loh"),
        (["common", "language", "runtime"], "clr"),
        (["net", "framework"], ".net"), // the product, not a framework of its own
        (["run", "time"], "runtime"), // "at run time", "run-time-config": the runtime, not a phrase of its own
        (["code", "generation"], "codegen"), // the JIT's work: "generation" alone is the GC's
        (["il", "generation"], "codegen"),
        (["cil", "generation"], "codegen"),
        (["source", "generation"], "sourcegen"), // the C# compiler's source generators, no part of the runtime
        (["source", "generator"], "sourcegen"),
        (["next", "generation"], "nextgen"), // "The Next Generation of .NET": a new release
        (["web", "hosting"], "webhost"), // a web server's, ASP.NET's host: no generics, not the runtime's host
        (["web", "host"], "webhost"),
        (["generic", "host"], "webhost"),
        (["intermediate", "language"], "il"),
        (["msil"], "il"),
        (["cil"], "il"),
        (["ryujit"], "jit"),
        (["core", "lib"], "corelib"), // "CoreLib" is one name: "Harmony.Lib" or "Lib" alone is no part of it
        (["channel", "9"], "channel9"), // Microsoft's video site, not System.Threading.Channels
        (["stack", "overflow"], "stackoverflow"), // the site, not a stack
    ];

    /// <summary>The words of <paramref name="text"/> and its adjacent pairs, in order.</summary>
    public static List<Word> Of(string? text)
    {
        var single = AllOf(BookOfTheRuntime().Replace(text ?? "", "BOTR"));
        single.RemoveAll(w => w.Stem.Length < 2);
        var words = new List<Word>();
        for (var i = 0; i < single.Count; i++)
        {
            if (Matters(single[i]))
            {
                if (!PhraseOnly.Contains(single[i].Stem))
                {
                    words.Add(single[i]);
                }

                if (i + 1 < single.Count && Matters(single[i + 1]) && !IsPartOf(single[i + 1], single[i]))
                {
                    var next = single[i + 1];
                    words.Add(new Word(single[i].Stem + " " + next.Stem, single[i].Written + " " + next.Written));
                }
            }
        }

        return words;
    }

    /// <summary>The words of a list item's note, less the authors it names ("by Don Box, Chris Sells") and the
    /// aside after them ("(11.10.2019, Dotnetos Conference)", "(Israel)"): a person's name is no word of a subsystem,
    /// even where it spells one ("Box"), nor is where and when a talk was given.</summary>
    public static List<Word> OfNote(string? note) => Of(Authors().Replace(Byline().Replace(note ?? "", " "), " "));

    /// <summary>Whether the stop list drops <paramref name="word"/>: a keyword may be one ("CLR", which names the
    /// runtime as a whole and is in every list about it).</summary>
    public static bool IsStopWord(string word) => StopWords.Contains(Stem(word.ToLowerInvariant()));

    /// <summary>The words of <paramref name="text"/> that the stop list drops, camel case split, spelled-out
    /// phrases as their acronym ("Common Language Runtime": CLR).</summary>
    public static IEnumerable<Word> DroppedOf(string? text) => AllOf(text).Where(w => StopWords.Contains(w.Stem));

    /// <summary>Every word of <paramref name="text"/>, stop words included, spelled-out phrases as their acronym.
    /// </summary>
    public static List<Word> AllOf(string? text)
    {
        var words = Split(text ?? "").Select(raw => new Word(Stem(raw.ToLowerInvariant()), raw)).ToList();
        Join(words);
        return words;
    }

    /// <summary>The words of a subsystem's summary, less the parts of its hyphenated compounds ("high" of
    /// "high-resolution"), which name little alone: the compound stays, as a phrase.</summary>
    public static List<Word> OfSummary(string? summary)
    {
        var parts = Compound().Matches(summary ?? "").SelectMany(m => m.Value.Split('-')).ToHashSet();
        return
        [
            .. Of(summary).Where(w => w.Stem.Contains(' ', StringComparison.Ordinal) || !parts.Contains(w.Written)),
        ];
    }

    /// <summary><paramref name="words"/>, each phrase followed by its words written as one ("micro benchmark":
    /// microbenchmark), so that a vocabulary's "micro-benchmarks" meets a title's "Microbenchmark".</summary>
    public static IEnumerable<Word> WithClosedCompounds(IEnumerable<Word> words) =>
        words.SelectMany(w => w.Stem.Contains(' ', StringComparison.Ordinal)
            ? [w, new Word(Joined(w.Stem), Joined(w.Written))]
            : new[] { w });

    /// <summary>A phrase's words written as one.</summary>
    public static string Joined(string phrase) => phrase.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The words of a URL's path (the host and query left out).</summary>
    public static List<Word> OfUrlPath(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return [];
        }

        // An archive copy (web.archive.org/web/2019…/http://blogs.example.co.il/…) is about the page it copies,
        // whose host is no word of it ("il").
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        var copied = path.IndexOf("://", StringComparison.Ordinal);
        if (copied > 0 && Uri.TryCreate(path[(path.LastIndexOf('/', copied) + 1)..], UriKind.Absolute, out var inner))
        {
            return OfUrlPath(inner.AbsoluteUri);
        }

        // A file in a repository (github.com/dotnet/runtime/blob/main/docs/…) is about its path, not the repository.
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var github = uri.Host.EndsWith("github.com", StringComparison.OrdinalIgnoreCase);
        if (github && segments is [_, _, "blob" or "tree", _, ..])
        {
            path = string.Join(' ', segments[4..]);
        }

        // A blog engine's folder for every post (Qiita's "/user/items/…") is no word of one, nor is a repository
        // host's folder of a branch ("/-/tree/main/").
        return
        [
            .. Of(path.Replace('/', ' ').Replace('-', ' ').Replace('_', ' ').Replace('.', ' '))
                .Where(w => w.Stem is not ("item" or "tree")),
        ];
    }

    /// <summary>The stems of the parts of <paramref name="text"/>'s dotted names ("String.Split": string, split),
    /// which its words leave out but for the last.</summary>
    public static HashSet<string> DottedPartsOf(string? text) =>
    [
        .. Token().Matches(text ?? "")
            .Where(m => !m.Groups["whole"].Success && m.Value.Contains('.', StringComparison.Ordinal))
            .SelectMany(m => m.Value.Split('.', StringSplitOptions.RemoveEmptyEntries))
            .SelectMany(part => Hump().Split(part))
            .Select(part => Stem(part.ToLowerInvariant())),
    ];

    /// <summary>Lightly stems plural and verb endings: "collections" meets "collection", "inlining" "inline".</summary>
    public static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        // "ss", "us" and "is" are no plural: "class", "status", "analysis".
        word = word switch
        {
            { Length: > 5 } when word.EndsWith("ing", StringComparison.Ordinal) => word[..^3],
            { Length: > 4 } when word.EndsWith("ed", StringComparison.Ordinal) => word[..^2],
            { Length: > 3 } when word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i') => word[..^1],
            _ => word,
        };
        return word.Length > 4 && word.EndsWith('e') ? word[..^1] : word;
    }

    // A dotted name is followed by its last part ("System.Private.CoreLib": Core, Lib), which makes no phrase with it.
    private static bool IsPartOf(Word part, Word dotted) =>
        dotted.Written.Contains('.', StringComparison.Ordinal)
        && dotted.Written.Contains(Joined(part.Written), StringComparison.Ordinal);

    // Stop words and numbers say nothing about a subsystem.
    private static bool Matters(Word word) => !StopWords.Contains(word.Stem) && !word.Stem.All(char.IsAsciiDigit);

    /// <summary>Replaces a spelled-out phrase by its acronym, in place.</summary>
    private static void Join(List<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (phrase, acronym) in Phrases)
            {
                if (words.Skip(i).Take(phrase.Length).Select(w => w.Stem).SequenceEqual(phrase.Select(Stem)))
                {
                    var written = string.Join(' ', words.GetRange(i, phrase.Length).Select(w => w.Written));
                    words.RemoveRange(i, phrase.Length);
                    words.Insert(i, new Word(acronym, written));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Letters and digits, split at camel-case humps ("NoGCRegion": No, GC, Region) and punctuation; names that
    /// punctuation belongs to stay whole: <c>C#</c>, <c>F#</c>, <c>C++</c>, <c>.NET</c>, and dotted names such as
    /// <c>System.Threading.Channels</c>, which are followed by their last part (Channels): the parts before it name
    /// where the thing is ("System.Threading"), not what it is.
    /// </summary>
    private static IEnumerable<string> Split(string text)
    {
        foreach (Match match in Token().Matches(text))
        {
            var token = match.Value;
            var whole = match.Groups["whole"].Success;
            var dotted = token.Contains('.', StringComparison.Ordinal);
            if (whole || dotted)
            {
                yield return token;
            }

            var split = whole ? [] : token.Split('.', StringSplitOptions.RemoveEmptyEntries);
            var parts = dotted ? split.TakeLast(1) : split;
            foreach (var word in parts.SelectMany(part => Hump().Split(part)))
            {
                yield return word;
            }
        }
    }

    // C#, F#, C++ whole; else letters and digits with the dots of a dotted name (a letter either side) and the one
    // that starts ".NET".
    [GeneratedRegex(
        @"(?<whole>[\p{L}\p{Nd}][#+]{1,2}|[\p{L}\p{Nd}]{2}[#+])"
            + @"|(?:(?<![\p{L}\p{Nd}])\.(?=(?i:net)(?![\p{L}\p{Nd}])))?"
            + @"[\p{L}\p{Nd}](?:[\p{L}\p{Nd}]|(?<=\p{L})\.(?=\p{L}))*",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Token();

    // Where a camel-case word starts: aB, or the C of ABCde (GCRegion); a single capital stays with the word after it,
    // which it belongs to (NGen, IList).
    [GeneratedRegex(@"(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu}\p{Lu})(?=\p{Lu}\p{Ll}\p{Ll})")]
    private static partial Regex Hump();

    [GeneratedRegex(@"\w+(?:-\w+)+")]
    private static partial Regex Compound();

    // "by Don Box, Chris Sells", bold or not; "by PerfView" names a tool, not a person.
    [GeneratedRegex(
        @"\bby\s+(?:\*\*|__)?" + LinkText.PersonNames,
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking
    )]
    private static partial Regex Authors();

    // "by SELA (Israel)", "by Kevin Gosse, Christophe Nasarre (16.08.2019, DotNext)": capitalised names, then an aside.
    [GeneratedRegex(
        @"\bby\s+(?:\*\*|__)?(?:(?:\p{Lu}[\p{L}'’.\-]*|and|&)[\s,]*)+(?:\*\*|__)?\s*\([^()]*\)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking
    )]
    private static partial Regex Byline();

    [GeneratedRegex(@"\bBook of the Runtime\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BookOfTheRuntime();
}
