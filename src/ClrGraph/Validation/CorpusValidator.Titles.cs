using ClrGraph.Diagnostics;
using ClrGraph.Reading;

namespace ClrGraph.Validation;

/// <summary>Which of a post's titles across the lists stands, and which differences are worth a diagnostic.</summary>
internal static partial class CorpusValidator
{
    /// <summary>
    /// The posts whose title comes from a later listing, by slot: those whose first title says nothing alone (a URL,
    /// "part 2") where another list has a real one. Reports title conflicts (CG0019) and titles that say nothing in any
    /// list (CG0028), unless the taxonomy sets the title.
    /// </summary>
    private static Dictionary<int, ListedPost> ChooseTitles(
        List<ListedPost> firsts,
        List<(ListedPost Listed, int Slot)> repeats,
        Dictionary<string, PostMapping> mappings,
        bool strict,
        DiagnosticBag diagnostics
    )
    {
        var better = new Dictionary<int, ListedPost>();
        foreach (var (listed, slot) in repeats)
        {
            var best = better.GetValueOrDefault(slot, firsts[slot]);
            if (listed.Origin < best.Origin)
            {
                better[slot] = listed;
            }
        }

        foreach (var (listed, slot) in repeats)
        {
            var used = better.GetValueOrDefault(slot, firsts[slot]);
            if (listed.Origin != TitleOrigin.LinkText || used.Origin != TitleOrigin.LinkText || listed == used
                || SameTitle(listed.Title, used.Title))
            {
                continue;
            }

            if (mappings.GetValueOrDefault(listed.Key)?.Title is null)
            {
                diagnostics.WarningOrError(
                    strict,
                    DiagnosticCodes.TitleConflict,
                    listed.Location,
                    $"title '{listed.Title}' differs from '{used.Title}' at {used.Location}, which is used",
                    "make them agree, or set 'title:' on the post in the taxonomy"
                );
            }
        }

        for (var slot = 0; slot < firsts.Count; slot++)
        {
            var first = firsts[slot];
            if (
                first.TitleIsFallback
                && !better.ContainsKey(slot)
                && mappings.GetValueOrDefault(first.Key)?.Title is null
            )
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
        }

        return better;
    }

    // "GC pauses  and Safe Points" and "GC Pauses and safe points" are one title written twice.
    private static bool SameTitle(string a, string b) =>
        string.Equals(ReadingListReader.Collapse(a), ReadingListReader.Collapse(b), StringComparison.OrdinalIgnoreCase);
}
