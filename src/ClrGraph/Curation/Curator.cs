using System.Collections.Immutable;
using ClrGraph.Diagnostics;
using ClrGraph.Pipeline;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Curation;

/// <summary><c>clrgraph init</c>: a starter taxonomy for reading lists that no taxonomy maps yet.</summary>
internal static class Curator
{
    /// <summary>Reads the lists, proposes ignore patterns and a mapping for every other link, and writes the
    /// taxonomy, unless the file exists already.</summary>
    public static InitResult Init(InitRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var file = Path.GetFullPath(request.TaxonomyFile);
        var display = DisplayPath.Of(file);
        if (File.Exists(file) || Directory.Exists(file))
        {
            diagnostics.Error(
                DiagnosticCodes.TaxonomyExists,
                SourceLocation.WholeFile(display),
                $"'{display}' exists already; init never overwrites a file",
                "pass --out FILE for another file, or remove this one"
            );
            return new InitResult(diagnostics.Sorted(), 0, 0);
        }

        var folder = Path.GetDirectoryName(file)!;
        var references = request
            .Lists.Select(p => new ListReference(Path.GetFullPath(p), DisplayPath.Of(p), null))
            .DistinctBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
        var lists = ReadingListReader.ReadAll(references, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new InitResult(diagnostics.Sorted(), 0, 0);
        }

        var ignore = NotPosts.Propose(lists);
        var taxonomy = new Taxonomy(
            display,
            folder,
            [.. references],
            BuiltInSubsystems.All,
            [],
            [.. ignore.Select(p => new IgnorePattern(p.Pattern, SourceLocation.WholeFile(display)))]
        );
        // The validator leaves the ignored links out and merges the rest; every post is unmapped, which is no news.
        var corpus = CorpusValidator.Validate(taxonomy, lists, strict: false, new DiagnosticBag());
        var suggestions = Suggester.SuggestUnmapped(CurationInput.From(corpus));
        var relative = references.Select(r => Path.GetRelativePath(folder, r.Path).Replace('\\', '/'));
        var yaml = Starter(relative, ignore, suggestions);
        // Written whole under another name, then given its own without overwriting: a full disk leaves no empty
        // taxonomy behind that the next init would refuse to replace.
        var temp = Path.Combine(folder, $".{Path.GetFileName(file)}.{Environment.ProcessId}.tmp");
        var created = false;
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0))
            {
                created = true;
                stream.Write(new System.Text.UTF8Encoding(false).GetBytes(yaml));
            }

            File.Move(temp, file, overwrite: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (created)
            {
                OutputFolder.TryDelete(temp);
            }

            diagnostics.Error(
                OutputFolder.CodeOf(e),
                SourceLocation.WholeFile(display),
                "cannot write the taxonomy: " + OutputFolder.Reason(e),
                OutputFolder.WriteHint(e, "pass --out FILE for another file")
            );
        }

        return new InitResult(diagnostics.Sorted(), suggestions.Length, ignore.Length);
    }

    // The taxonomy's YAML, \n line ends: the reading lists (relative to its folder), ignore: patterns for the links
    // that are clearly not posts, and a suggested mapping for every other link, marked 'suggested: true'.
    private static string Starter(
        IEnumerable<string> lists,
        ImmutableArray<ProposedIgnore> ignore,
        ImmutableArray<PostSuggestion> suggestions
    )
    {
        var width = ignore.IsEmpty ? 0 : ignore.Max(p => YamlScalar.Of(p.Pattern).Length);
        var patterns = ignore.Select(p =>
            $"  - {YamlScalar.Of(p.Pattern).PadRight(width)}  # {SuggestionFormatter.OneLine(p.Comment)}\n"
        );
        return """
            # A starter taxonomy written by 'clrgraph init'. The subsystems are ClrGraph's built-in tree; see
            # docs/taxonomy.md to add or change one.
            # 1. Check the ignore: patterns (links that are not posts) and add the ones that are missing.
            # 2. Review each post: put its primary subsystem first, correct the others, then delete its line
            #    'suggested: true'. 'clrgraph check --strict' passes once every post is reviewed.

            """
            + "reading-lists:\n"
            + string.Concat(lists.Select(list => $"  - {YamlScalar.Of(list)}\n"))
            + (ignore.IsEmpty ? "" : "\nignore:\n" + string.Concat(patterns))
            + "\nposts:\n"
            + SuggestionFormatter.Format(suggestions);
    }
}
