using System.Collections.Immutable;
using System.Globalization;
using ClrGraph.Curation;
using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using ClrGraph.Validation;

namespace ClrGraph.Tests.Curation;

/// <summary>How well suggestions agree with the curator's own mappings.</summary>
/// <param name="Posts">Mapped posts evaluated.</param>
/// <param name="TopIsPrimary">Posts whose first suggestion is the curator's primary subsystem.</param>
/// <param name="PrimarySuggested">Posts whose primary subsystem is among the suggestions.</param>
/// <param name="Suggested">Suggestions made in all.</param>
/// <param name="Misses">The posts whose first suggestion is not the primary: key, primary, suggestions, and the
/// post's title with the first suggestion's evidence.</param>
internal sealed record SuggestionQuality(
    int Posts,
    int TopIsPrimary,
    int PrimarySuggested,
    int Suggested,
    ImmutableArray<(string Key, string Primary, string Suggested, string Why)> Misses
)
{
    /// <summary>Share of posts whose first suggestion is the primary.</summary>
    public double Top1 => Posts == 0 ? 0 : (double)TopIsPrimary / Posts;

    /// <summary>Share of posts whose primary is among the suggestions.</summary>
    public double InSuggestions => Posts == 0 ? 0 : (double)PrimarySuggested / Posts;

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Posts} posts: top suggestion = primary {Top1:P1} ({TopIsPrimary}), "
                + $"primary among suggestions {InSuggestions:P1} ({PrimarySuggested}), "
                + $"{(double)Suggested / Math.Max(1, Posts):F2} suggestions a post"
        );
}

/// <summary>Evaluates the suggester on a taxonomy whose posts the curator mapped: each evaluated post's subsystems
/// are hidden and suggested again.</summary>
internal static class SuggestionEvaluation
{
    /// <summary>The curation input of a taxonomy file and its reading lists, validated as <c>suggest</c> reads it.
    /// </summary>
    public static CurationInput Load(string taxonomyPath, IEnumerable<string>? extraLists = null)
    {
        var diagnostics = new DiagnosticBag();
        var taxonomy = TaxonomyReader.ReadFile(taxonomyPath, DisplayPath.Of(taxonomyPath), diagnostics)!;
        var lists = ReadingListReader.ReadAll(ListReference.Of(taxonomy, extraLists ?? []), diagnostics);
        return CurationInput.From(CorpusValidator.Validate(taxonomy, lists, strict: false, diagnostics));
    }

    /// <summary>Ten-fold: every tenth mapped post hidden in turn, with the other nine tenths mapped. Close to
    /// leave-one-out (one post hidden at a time), with ten suggesters learnt instead of one a post.</summary>
    public static SuggestionQuality TenFold(CurationInput input) =>
        Score([.. Enumerable.Range(0, 10).SelectMany(fold => Evaluate(input, i => i % 10 == fold))]);

    /// <summary>Every mapped post for which <paramref name="hide"/> (given its index among the mapped posts) is true,
    /// with only the others mapped: a cold start hides them all.</summary>
    public static SuggestionQuality Hidden(
        CurationInput input,
        Func<int, bool> hide,
        Func<CurationPost, bool>? only = null
    ) => Score(Evaluate(input, hide, only));

    private static List<(CurationPost, PostSuggestion)> Evaluate(
        CurationInput input,
        Func<int, bool> hide,
        Func<CurationPost, bool>? only = null
    )
    {
        var mapped = 0;
        var hidden = input.Posts.Select(p =>
            p.Subsystems.IsEmpty || !hide(mapped++) ? p : p with { Subsystems = [] }
        ).ToImmutableArray();
        var suggester = new Suggester(input with { Posts = hidden });
        return input
            .Posts.Zip(hidden)
            .Where(p => !p.First.Subsystems.IsEmpty && p.Second.Subsystems.IsEmpty && (only?.Invoke(p.First) ?? true))
            .Select(p => (p.First, suggester.Suggest(p.Second)))
            .ToList();
    }

    /// <summary>No post mapped: the built-in tree and the taxonomy's own subsystems alone.</summary>
    public static SuggestionQuality Cold(CurationInput input) => Hidden(input, _ => true);

    /// <summary>Every other mapped post mapped, the rest suggested.</summary>
    public static SuggestionQuality Half(CurationInput input) => Hidden(input, i => i % 2 == 1);

    private static ImmutableArray<string> Ids(PostSuggestion suggestion) =>
        [.. suggestion.Subsystems.Select(s => s.Id)];

    // The title the post is listed under first, the evidence of the first suggestion (what decided a miss), and the
    // primary's when it was suggested too.
    private static string Why(CurationPost post, PostSuggestion suggestion)
    {
        var top = suggestion.Subsystems.FirstOrDefault();
        var primary = suggestion.Subsystems.Skip(1).FirstOrDefault(s => s.Id == post.Subsystems[0]);
        var why = string.Create(
            CultureInfo.InvariantCulture,
            $"\"{post.Listings[0].Title}\" because {string.Join("; ", top?.Evidence ?? [])} ({top?.Score:F2})"
        );
        return primary is null
            ? why
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{why}; the primary {string.Join("; ", primary.Evidence)} ({primary.Score:F2})"
            );
    }

    private static SuggestionQuality Score(List<(CurationPost Post, PostSuggestion Suggestion)> evaluated)
    {
        int top = 0,
            among = 0;
        var misses = ImmutableArray.CreateBuilder<(string, string, string, string)>();
        foreach (var (post, suggestion) in evaluated)
        {
            var ids = Ids(suggestion);
            var primary = post.Subsystems[0];
            var isTop = ids.Length > 0 && ids[0] == primary;
            top += isTop ? 1 : 0;
            among += ids.Contains(primary) ? 1 : 0;
            if (!isTop)
            {
                misses.Add((post.Key, primary, string.Join(",", ids), Why(post, suggestion)));
            }
        }

        var suggested = evaluated.Sum(e => e.Suggestion.Subsystems.Length);
        return new SuggestionQuality(evaluated.Count, top, among, suggested, misses.ToImmutable());
    }
}
