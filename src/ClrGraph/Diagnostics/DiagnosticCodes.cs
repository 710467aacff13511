namespace ClrGraph.Diagnostics;

/// <summary>What a diagnostic code means and how to fix it; the one list behind <c>clrgraph explain</c> and the
/// README.</summary>
/// <param name="Code">The code, <c>CGnnnn</c>.</param>
/// <param name="Title">A short name.</param>
/// <param name="Meaning">What it means.</param>
/// <param name="Fix">How to fix it.</param>
internal sealed record DiagnosticInfo(string Code, string Title, string Meaning, string Fix);

/// <summary>Every diagnostic code ClrGraph reports.</summary>
internal static class DiagnosticCodes
{
    /// <summary>A YAML file is not well-formed.</summary>
    public const string YamlSyntax = "CG0001";

    /// <summary>A key the taxonomy does not know (often a typo), or a key given twice in one mapping.</summary>
    public const string UnknownKey = "CG0002";

    /// <summary>A post names a subsystem id that no subsystem has.</summary>
    public const string UnknownSubsystem = "CG0003";

    /// <summary>A value has the wrong YAML type.</summary>
    public const string WrongType = "CG0004";

    /// <summary>A required key is missing.</summary>
    public const string MissingKey = "CG0005";

    /// <summary>A subsystem id is not of the form <c>[a-z0-9-]+</c>.</summary>
    public const string InvalidId = "CG0006";

    /// <summary>Two subsystems have the same id.</summary>
    public const string DuplicateSubsystem = "CG0007";

    /// <summary>A subsystem's parent is not a known subsystem id.</summary>
    public const string UnknownParent = "CG0008";

    /// <summary>Subsystem parents form a cycle.</summary>
    public const string ParentCycle = "CG0009";

    /// <summary>A post maps to no subsystem.</summary>
    public const string PostWithoutSubsystem = "CG0010";

    /// <summary>Two taxonomy posts have the same normalized URL.</summary>
    public const string DuplicatePost = "CG0011";

    /// <summary>A taxonomy post is in no reading list and has no title.</summary>
    public const string PostWithoutTitle = "CG0012";

    /// <summary>A file is missing or cannot be read.</summary>
    public const string FileUnreadable = "CG0013";

    /// <summary>A file is not valid UTF-8.</summary>
    public const string NotUtf8 = "CG0014";

    /// <summary>A relative link with no front matter <c>url</c> to resolve it against.</summary>
    public const string RelativeLink = "CG0015";

    /// <summary>A link whose URL is malformed or not http(s).</summary>
    public const string MalformedLink = "CG0016";

    /// <summary>A post of a reading list that the taxonomy does not map.</summary>
    public const string UnmappedPost = "CG0017";

    /// <summary>A subsystem that no post covers.</summary>
    public const string SubsystemWithoutPosts = "CG0018";

    /// <summary>The same post has different titles in different places.</summary>
    public const string TitleConflict = "CG0019";

    /// <summary>A colour is not <c>#rrggbb</c>.</summary>
    public const string InvalidColor = "CG0020";

    /// <summary>A post lists the same subsystem twice.</summary>
    public const string DuplicateSubsystemInPost = "CG0021";

    /// <summary>A YAML alias or anchor, which the taxonomy does not allow.</summary>
    public const string YamlAlias = "CG0022";

    /// <summary>An input beyond the limits ClrGraph accepts.</summary>
    public const string InputTooLarge = "CG0023";

    /// <summary>A reading list's front matter is malformed.</summary>
    public const string FrontMatter = "CG0024";

    /// <summary>The output folder cannot be written.</summary>
    public const string OutputUnwritable = "CG0025";

    /// <summary>A post's URL is malformed in the taxonomy.</summary>
    public const string InvalidPostUrl = "CG0026";

    /// <summary>A reading-list link whose target is a placeholder (<c>??</c>, empty, <c>#</c>, <c>TODO</c>).</summary>
    public const string PlaceholderLink = "CG0027";

    /// <summary>A post whose only title is link text that says nothing alone ("part 2", "here", a bare URL).</summary>
    public const string VagueTitle = "CG0028";

    /// <summary>An ignore pattern that matches no link.</summary>
    public const string IgnorePatternUnused = "CG0029";

    /// <summary>A post the taxonomy maps that an ignore pattern also matches.</summary>
    public const string IgnoredPostMapped = "CG0030";

    /// <summary>The graph is too large for the explorer page, which is not written.</summary>
    public const string ExplorerSkipped = "CG0031";

    /// <summary>An output file's name or path is longer than the file system allows.</summary>
    public const string OutputNameTooLong = "CG0040";

    /// <summary>An output folder ClrGraph refuses to write into: the root or the home folder.</summary>
    public const string OutputFolderRefused = "CG0041";

    /// <summary>Another clrgraph run is writing into the same output folder.</summary>
    public const string OutputFolderLocked = "CG0042";

    /// <summary>A symbolic link where ClrGraph writes a file or a folder.</summary>
    public const string OutputSymlink = "CG0043";

    /// <summary>A folder where ClrGraph writes a file, or a file where it writes a folder.</summary>
    public const string OutputPathBlocked = "CG0044";

    /// <summary>Graphviz's <c>dot</c> failed to render a diagram.</summary>
    public const string RendererFailed = "CG0045";

    /// <summary>Graphviz's <c>dot</c> took longer than <c>--render-timeout</c>.</summary>
    public const string RendererTimedOut = "CG0046";

    /// <summary>Rendering was asked for and Graphviz's <c>dot</c> is not on PATH.</summary>
    public const string RendererMissing = "CG0047";

    /// <summary>A path that can name no file: empty, or with a NUL character.</summary>
    public const string InvalidPath = "CG0050";

    /// <summary>An input path names a folder, a device, a FIFO or a socket rather than a regular file.</summary>
    public const string NotRegularFile = "CG0051";

    /// <summary>A post entry pasted from <c>clrgraph suggest</c> and still marked <c>suggested: true</c>.</summary>
    public const string UnreviewedSuggestion = "CG0065";

    /// <summary>A <c>botr:</c>, <c>source:</c> or <c>design-docs:</c> path climbs out with <c>..</c>.</summary>
    public const string PathOutsideRepository = "CG0066";

    /// <summary><c>clrgraph init</c> was asked to write a taxonomy over an existing file.</summary>
    public const string TaxonomyExists = "CG0067";

    /// <summary>Every code with its meaning and fix, in code order.</summary>
    public static IReadOnlyList<DiagnosticInfo> All { get; } =
    [
        new(
            YamlSyntax,
            "YAML syntax error",
            "The taxonomy (or a reading list's YAML front matter) is not well-formed YAML; the position is "
                + "where the parser stopped.",
            "Fix the YAML at that line: check indentation, unbalanced quotes and brackets, and a missing "
                + "space after ':'. A plain value that contains ': ' (a colon and a space) or ' #', or starts with "
                + "one of [ ] { } & * ! | > ' \" % @ `, must be quoted: note: \"Tiered JIT: how it works\" (inside "
                + "double quotes write \\\" for a quote). The messages 'mapping values are not allowed in this "
                + "context' and 'found invalid mapping' usually mean such an unquoted ': '."
        ),
        new(
            UnknownKey,
            "unknown or repeated key",
            "A key that the taxonomy format does not have, usually a misspelling such as 'subsytems', or a key given "
                + "twice in the same mapping. Neither is ignored, because the data under it would be lost.",
            "Use the key the hint suggests, or remove it; keep one of two repeated keys. Keys are kebab-case: "
                + "reading-lists, subsystems, posts, id, name, summary, parent, color, botr, source, design-docs, url, "
                + "title, note."
        ),
        new(
            UnknownSubsystem,
            "unknown subsystem",
            "A post's 'subsystems' names an id that no subsystem declares.",
            "Use an existing id (the hint names the closest one) or declare the subsystem under 'subsystems:'."
        ),
        new(
            WrongType,
            "wrong type",
            "A value has the wrong shape: for example a single string where a list is expected, or a list where text "
                + "is expected.",
            "Write the value in the shape the message names, e.g. 'subsystems: [gc, jit]'."
        ),
        new(
            MissingKey,
            "missing key",
            "A required key is missing: 'id' and 'name' for a subsystem, 'url' and 'subsystems' for a post.",
            "Add the key."
        ),
        new(
            InvalidId,
            "invalid subsystem id",
            "A subsystem id must be lower-case letters, digits and hyphens ([a-z0-9-]+), since it becomes part of node "
                + "ids and file formats.",
            "Rename the id, e.g. 'Type Loader' to 'type-loader'."
        ),
        new(
            DuplicateSubsystem,
            "duplicate subsystem id",
            "Two subsystems declare the same id; both places are named.",
            "Rename or merge one of them."
        ),
        new(
            UnknownParent,
            "unknown parent",
            "A subsystem's 'parent' is not the id of a declared subsystem.",
            "Use an existing id (see the hint) or '~' for a top-level subsystem."
        ),
        new(
            ParentCycle,
            "parent cycle",
            "Following 'parent' from a subsystem leads back to it, so it has no top-level ancestor.",
            "Break the cycle: one of the subsystems named must be top-level or have another parent."
        ),
        new(
            PostWithoutSubsystem,
            "post without subsystem",
            "A post in the taxonomy has an empty 'subsystems' list.",
            "Name at least one subsystem; the first is the post's primary subsystem."
        ),
        new(
            DuplicatePost,
            "duplicate post",
            "Two entries under 'posts:' have the same URL once normalized (http/https, 'www.', case of the host, "
                + "trailing slash and fragment do not count); both lines are named.",
            "Merge the two entries into one."
        ),
        new(
            PostWithoutTitle,
            "post without title",
            "A post in the taxonomy appears in no reading list, so nothing gives it a title. Often its URL "
                + "differs from a listed one by letter case or a typo: the hint then names the closest listed URL "
                + "with its file and line. Not reported while a reading list cannot be read (CG0013), since that "
                + "list may name the post.",
            "If the hint names a listed URL, correct the post's 'url' to it (adding a title would make a "
                + "second post). Otherwise add 'title:' to the post, or add the post to a reading list."
        ),
        new(
            FileUnreadable,
            "file missing or unreadable",
            "A taxonomy or reading-list file does not exist or cannot be read. While a reading list cannot "
                + "be read, the follow-on checks that depend on it (posts in no reading list, CG0012; subsystems "
                + "without posts, CG0018) are not reported.",
            "Check the path (reading lists are relative to the taxonomy file) and the file's permissions."
        ),
        new(
            NotUtf8,
            "not UTF-8",
            "The file is not valid UTF-8 text (or is binary); the position is the first invalid byte.",
            "Save the file as UTF-8."
        ),
        new(
            RelativeLink,
            "relative link",
            "A link in a reading list is relative and the list has no front matter 'url' to resolve it against, so it "
                + "is skipped.",
            "Make the link absolute, or add 'url=' (or 'url:' in YAML front matter) with the list's own address."
        ),
        new(
            MalformedLink,
            "malformed link",
            "A link's target is not a valid absolute http(s) URL, so it is skipped.",
            "Correct the URL in the reading list."
        ),
        new(
            UnmappedPost,
            "unmapped post",
            "A post of a reading list has no entry under 'posts:' in the taxonomy. It still appears in the graph, with "
                + "no subsystem. A warning, or an error with --strict.",
            "Add '- url: …' with its 'subsystems:' to the taxonomy."
        ),
        new(
            SubsystemWithoutPosts,
            "subsystem without posts",
            "No post covers the subsystem. A warning, or an error with --strict.",
            "Map a post to it, or remove the subsystem."
        ),
        new(
            TitleConflict,
            "title conflict",
            "The same post (by normalized URL) has different titles in different reading lists; the first one is used. "
                + "A warning, or an error with --strict.",
            "Make the titles agree, or set 'title:' on the post in the taxonomy, which overrides every list."
        ),
        new(
            InvalidColor,
            "invalid colour",
            "A 'color' is not of the form #rrggbb.",
            "Write the colour as six hex digits, quoted: color: \"#1f77b4\"."
        ),
        new(
            DuplicateSubsystemInPost,
            "subsystem named twice",
            "A post's 'subsystems' lists the same id more than once.",
            "Remove the repetition."
        ),
        new(
            YamlAlias,
            "YAML alias",
            "The taxonomy uses YAML anchors or aliases (& and *), which it does not support: they make the file hard "
                + "to review and can blow up in size.",
            "Write the values out."
        ),
        new(
            InputTooLarge,
            "input too large",
            "An input is beyond what ClrGraph accepts (the message names the limit): a file over the size limit, "
                + "nesting too deep, or too many items.",
            "Split the input, or check that the file is what you meant to read."
        ),
        new(
            FrontMatter,
            "front matter",
            "A reading list's front matter (YAML between '---' lines, or 'key=value' lines ended by '~~~~~~') is "
                + "malformed.",
            "Fix the front matter; keys are title, tags, summary and url."
        ),
        new(
            OutputUnwritable,
            "output folder not writable",
            "The output folder or a file in it cannot be created, written or replaced: no permission, a full disk, "
                + "an immutable file. The message names the file and the reason. Nothing in the folder was changed.",
            "Free some space, fix the permissions or attributes (ls -l, lsattr) of the file named, or choose another "
                + "--out folder."
        ),
        new(
            InvalidPostUrl,
            "invalid post URL",
            "A post's 'url' in the taxonomy is not an absolute http(s) URL.",
            "Write the full address, starting with https://."
        ),
        new(
            PlaceholderLink,
            "placeholder link target",
            "A link in a reading list has a placeholder instead of an address ('??', '', '#', 'TODO', 'url'), so it is "
                + "skipped: the post it stands for is missing from the graph.",
            "Replace the placeholder with the post's URL, or remove the link."
        ),
        new(
            VagueTitle,
            "link text says nothing alone",
            "A post's title is link text that means nothing out of context ('part 2', 'here', 'more', 'Source', a "
                + "bare URL) and neither its list item's main link nor another list gives it a better one. Sub-links "
                + "such as '(also [part 2](…))' take their title from the item's main link instead, e.g. 'Managed "
                + "object internals (part 2)'.",
            "Give the link a descriptive text, or set 'title:' for the post in the taxonomy, which wins over every "
                + "list."
        ),
        new(
            IgnorePatternUnused,
            "ignore pattern matches nothing",
            "A pattern under 'ignore:' matches no link of any reading list, so it does nothing: often a "
                + "typo, or a pattern written with a path the links do not have. Patterns are matched against a "
                + "post's address without 'http(s)://' and 'www.', its host in lower case, ignoring letter case; "
                + "'*' matches any run of characters, and 'host/*' also matches the bare 'host'. A warning.",
            "Correct the pattern (e.g. 'twitter.com/*' for every Twitter link, 'github.com/adamsitnik' for "
                + "one page) or remove it."
        ),
        new(
            IgnoredPostMapped,
            "ignored post is mapped",
            "A post under 'posts:' is also matched by a pattern under 'ignore:', so the taxonomy says both "
                + "that it is a post and that it is not.",
            "Remove the post from 'posts:' if the link is not a post; otherwise narrow the pattern (e.g. "
                + "'github.com/dotnet' rather than 'github.com/*') so that it leaves the post out."
        ),
        new(
            ExplorerSkipped,
            "graph too large for the explorer",
            "The graph has more nodes than a browser page can hold (explorer.html's limit), so explorer.html is not "
                + "written; every other format is. A warning: the export still succeeds.",
            "Open clrgraph.gexf in Gephi, or export a smaller taxonomy (fewer reading lists) for the explorer."
        ),
        new(
            OutputNameTooLong,
            "output file name too long",
            "An output file's name (over 255 bytes) or its whole path is longer than the file system allows; a "
                + "diagram's file name is its subsystem's id. Nothing in the output folder was changed.",
            "Shorten the subsystem id the message names, or choose an --out folder with a shorter path."
        ),
        new(
            OutputFolderRefused,
            "output folder refused",
            "The output folder is the file system's root or your home folder, where an export would mix its files "
                + "with everything else there.",
            "Choose a folder of its own, e.g. --out output."
        ),
        new(
            OutputFolderLocked,
            "output folder in use",
            "Another clrgraph run holds the output folder's lock file (.clrgraph-lock, which names its process); two "
                + "runs writing one folder would mix their files. A lock left by a process that no longer runs is "
                + "taken over.",
            "Wait for the other run to finish. If no clrgraph is running, delete the lock file the message names."
        ),
        new(
            OutputSymlink,
            "symbolic link in the output folder",
            "A file or folder where ClrGraph writes (such as subsystems/) is a symbolic link. ClrGraph never writes "
                + "or removes anything through a link, since the files it points to are not ClrGraph's.",
            "Replace the link by a real folder, or remove it, or choose another --out folder."
        ),
        new(
            OutputPathBlocked,
            "something else where an output file goes",
            "A folder has the name of a file ClrGraph writes (a folder named subsystems.csv), or a file has the name "
                + "of a folder it writes into. Nothing in the output folder was changed.",
            "Rename or move the folder or file the message names."
        ),
        new(
            RendererFailed,
            "Graphviz failed",
            "Graphviz's dot, run for --render, could not be started or ended with an error; the message quotes "
                + "what it printed. Nothing in the output folder was changed.",
            "Read dot's message; check the Graphviz installation (dot -V), or export without --render."
        ),
        new(
            RendererTimedOut,
            "Graphviz timed out",
            "Graphviz's dot, run for --render, took longer than --render-timeout seconds (60 by default) and was "
                + "stopped. Nothing in the output folder was changed.",
            "Raise --render-timeout, or use --layout Sfdp, which lays out large graphs much faster."
        ),
        new(
            RendererMissing,
            "Graphviz not found",
            "--render asks for pictures, which Graphviz's dot draws, and dot is not on PATH.",
            "Install Graphviz (Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz; Windows: "
                + "winget install graphviz) so that 'dot' is on PATH, or export without --render."
        ),
        new(
            InvalidPath,
            "invalid path",
            "A path given on the command line or in the taxonomy can name no file: it is empty, or it holds a NUL "
                + "character.",
            "Give the path of the file, e.g. --taxonomy taxonomy/taxonomy.yaml."
        ),
        new(
            NotRegularFile,
            "not a regular file",
            "An input path names a folder, a device (such as /dev/zero), a named pipe (FIFO) or a socket. ClrGraph "
                + "reads only regular files, so that an input is read to its end quickly and without waiting.",
            "Give the path of a text file; to read generated input, write it to a file first."
        ),
        new(
            UnreviewedSuggestion,
            "suggestion not reviewed",
            "A post under 'posts:' still carries 'suggested: true': its subsystems were proposed by 'clrgraph suggest' "
                + "or 'clrgraph init' and nobody has read them yet. 'check' counts these in one warning; with "
                + "--strict each is an error, so that a pasted mapping never passes review unread.",
            "Read the item: put the post's primary subsystem first and remove wrong ones, then delete the line "
                + "'suggested: true'."
        ),
        new(
            PathOutsideRepository,
            "path climbs out with '..'",
            "A 'botr:', 'source:' or 'design-docs:' path contains a '..' segment. These paths name files in "
                + "dotnet/runtime (or its Book of the Runtime folder) and become links; one that climbs out would "
                + "point somewhere else.",
            "Write the path from the repository's root, e.g. src/coreclr/gc/, or the chapter's file name."
        ),
        new(
            TaxonomyExists,
            "taxonomy file exists",
            "'clrgraph init' writes a new taxonomy and never overwrites a file, so that a curator's work is never "
                + "lost; the file it was to write exists already. Nothing was written.",
            "Pass --out FILE to write the starter taxonomy elsewhere, or remove or rename the existing file."
        ),
    ];

    /// <summary>Finds a code's explanation, or null.</summary>
    public static DiagnosticInfo? Find(string code) =>
        All.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>What <c>clrgraph explain</c> prints: a code's meaning and fix, or every code and title when
    /// <paramref name="code"/> is null; null for an unknown code.</summary>
    public static string? Explain(string? code) =>
        code is null ? string.Concat(All.Select(i => $"{i.Code}  {i.Title}\n"))
        : Find(code) is { } found ? $"{found.Code}: {found.Title}\n\n{found.Meaning}\n\nFix: {found.Fix}\n"
        : null;
}
