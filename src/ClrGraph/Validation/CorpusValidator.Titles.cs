using ClrGraph.Diagnostics;
using ClrGraph.Reading;

namespace ClrGraph.Validation;

/// <summary>Which of a post's titles across the lists stands, and which differences are worth a diagnostic.</summary>
internal static partial class CorpusValidator
{
    /// <summary>
    /// The listing whose title a post takes: its first, unless that says nothing alone (a URL, "part 2") or links a
    /// section of the post ("[Dynamic PGO](…/#dynamic-pgo)") and a later listing has a better one. Reports title
    /// conflicts (CG0019) but a section's title, and titles that say nothing in any list (CG0028), unless the taxonomy
    /// sets the title (<paramref name="titled"/>).
    /// </summary>
    private static ListedPost ChooseTitle(
        IGrouping<string, Link> listings,
        bool titled,
        bool strict,
        DiagnosticBag diagnostics
    )
    {
        var first = listings.First().Listed;
        // Every later listing with a title other than the first's.
        var repeats = listings.Skip(1).Select(l => l.Listed).Where(l => l.Title != first.Title).ToList();
        var used = repeats.Where(l => Rank(l) < Rank(first)).OrderBy(Rank).FirstOrDefault(first);
        if (titled)
        {
            return used;
        }

        foreach (var listed in repeats)
        {
            if (listed.Origin != TitleOrigin.LinkText || used.Origin != TitleOrigin.LinkText || listed == used
                || SameTitle(listed.Title, used.Title) || (Section(listed) && !Section(used)))
            {
                continue;
            }

            diagnostics.WarningOrError(
                strict,
                DiagnosticCodes.TitleConflict,
                listed.Location,
                $"title '{listed.Title}' differs from '{used.Title}' at {used.Location}, which is used",
                Section(listed) && Section(used)
                    ? "both link places in one post: set 'title:' on the post in the taxonomy to the post's own title"
                    : "make them agree, or set 'title:' on the post in the taxonomy"
            );
        }

        if (first.TitleIsFallback && used == first)
        {
            var message =
                first.Title == first.Url
                    ? $"post '{first.Url}' has only its URL as a title, and no list gives it a better one"
                    : $"link text '{first.Title}' says nothing alone, and no list gives post '{first.Url}' a "
                        + "better title";
            diagnostics.Warning(
                DiagnosticCodes.VagueTitle,
                first.Location,
                message,
                "give the link a descriptive text, or set 'title:' for the post in the taxonomy"
            );
        }

        return used;
    }

    // Titles written for the link first, then borrowed ones, then those that say nothing; a link to the post before
    // one to a section of it.
    private static int Rank(ListedPost listed) => (2 * (int)listed.Origin) + (Section(listed) ? 1 : 0);

    private static bool Section(ListedPost listed) => PostUrl.IsSection(listed.Url);

    // "GC pauses  and Safe Points" and "GC Pauses and safe points" are one title written twice.
    private static bool SameTitle(string a, string b) =>
        string.Equals(ReadingListReader.Collapse(a), ReadingListReader.Collapse(b), StringComparison.OrdinalIgnoreCase);
}
