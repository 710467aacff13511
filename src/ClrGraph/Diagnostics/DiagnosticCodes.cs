using YamlDotNet.Serialization;

namespace ClrGraph.Diagnostics;

/// <summary>What a diagnostic code means and how to fix it; the one list behind <c>clrgraph explain</c> and the
/// README.</summary>
/// <param name="Code">The code, <c>CGnnnn</c>.</param>
/// <param name="Title">A short name.</param>
/// <param name="Meaning">What it means.</param>
/// <param name="Fix">How to fix it.</param>
internal sealed record DiagnosticInfo(string Code, string Title, string Meaning, string Fix);

/// <summary>Every diagnostic code ClrGraph reports; what each means and how to fix it is in <c>codes.yaml</c>, an
/// embedded resource.</summary>
internal static class DiagnosticCodes
{
    public const string YamlSyntax = "CG0001";
    public const string UnknownKey = "CG0002";
    public const string UnknownSubsystem = "CG0003";
    public const string WrongType = "CG0004";
    public const string MissingKey = "CG0005";
    public const string InvalidId = "CG0006";
    public const string DuplicateSubsystem = "CG0007";
    public const string UnknownParent = "CG0008";
    public const string ParentCycle = "CG0009";
    public const string PostWithoutSubsystem = "CG0010";
    public const string DuplicatePost = "CG0011";
    public const string PostWithoutTitle = "CG0012";
    public const string FileUnreadable = "CG0013";
    public const string NotUtf8 = "CG0014";
    public const string RelativeLink = "CG0015";
    public const string MalformedLink = "CG0016";
    public const string UnmappedPost = "CG0017";
    public const string SubsystemWithoutPosts = "CG0018";
    public const string TitleConflict = "CG0019";
    public const string InvalidColor = "CG0020";
    public const string DuplicateSubsystemInPost = "CG0021";
    public const string YamlAlias = "CG0022";
    public const string InputTooLarge = "CG0023";
    public const string FrontMatter = "CG0024";
    public const string OutputUnwritable = "CG0025";
    public const string InvalidPostUrl = "CG0026";
    public const string PlaceholderLink = "CG0027";
    public const string VagueTitle = "CG0028";
    public const string IgnorePatternUnused = "CG0029";
    public const string IgnoredPostMapped = "CG0030";
    public const string ExplorerSkipped = "CG0031";
    public const string ShortLink = "CG0032";
    public const string ListWithoutPosts = "CG0033";
    public const string OutputNameTooLong = "CG0040";
    public const string OutputFolderRefused = "CG0041";
    public const string OutputFolderLocked = "CG0042";
    public const string OutputSymlink = "CG0043";
    public const string OutputPathBlocked = "CG0044";
    public const string RendererFailed = "CG0045";
    public const string RendererTimedOut = "CG0046";
    public const string RendererMissing = "CG0047";
    public const string InvalidPath = "CG0050";
    public const string NotRegularFile = "CG0051";
    public const string UnreviewedSuggestion = "CG0065";
    public const string PathOutsideRepository = "CG0066";
    public const string TaxonomyExists = "CG0067";
    public const string CommentInValue = "CG0068";
    public const string OutputIsInput = "CG0069";

    /// <summary>Every code with its meaning and fix, in code order.</summary>
    public static IReadOnlyList<DiagnosticInfo> All { get; } = Load();

    /// <summary>Finds a code's explanation, or null.</summary>
    public static DiagnosticInfo? Find(string code) =>
        All.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>What <c>clrgraph explain</c> prints: a code's meaning and fix, or every code and title when
    /// <paramref name="code"/> is null; null for an unknown code.</summary>
    public static string? Explain(string? code) =>
        code is null ? string.Concat(All.Select(i => $"{i.Code}  {i.Title}\n"))
        : Find(code) is { } found ? $"{found.Code}: {found.Title}\n\n{found.Meaning}\n\nFix: {found.Fix}\n"
        : null;

    private static List<DiagnosticInfo> Load()
    {
        const string Resource = "ClrGraph.Diagnostics.codes.yaml";
        using var stream = typeof(DiagnosticCodes).Assembly.GetManifestResourceStream(Resource)!;
        using var reader = new StreamReader(stream);
        var codes = new Deserializer().Deserialize<Dictionary<string, Dictionary<string, string>>>(reader);
        return [.. codes.Select(c => new DiagnosticInfo(c.Key, c.Value["title"], c.Value["meaning"], c.Value["fix"]))];
    }
}
