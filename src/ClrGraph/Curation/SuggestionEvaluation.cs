using System.Collections.Immutable;
using System.Globalization;

namespace ClrGraph.Curation;

/// <summary>How well suggestions agree with the curator's own mappings.</summary>
/// <param name="Posts">Mapped posts evaluated.</param>
/// <param name="TopIsPrimary">Posts whose first suggestion is the curator's primary subsystem.</param>
/// <param name="PrimarySuggested">Posts whose primary subsystem is among the suggestions.</param>
/// <param name="Suggested">Suggestions made in all.</param>
/// <param name="Misses">The posts whose primary was not suggested: key, primary, suggestions.</param>
internal sealed record SuggestionQuality(
    int Posts,
    int TopIsPrimary,
    int PrimarySuggested,
    int Suggested,
    ImmutableArray<(string Key, string Primary, string Suggested)> Misses
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

/// <summary>Leave-one-out evaluation: each mapped post's subsystems are hidden in turn and suggested again.</summary>
internal static class SuggestionEvaluation
{
    /// <summary>Evaluates the suggester on every mapped post of <paramref name="input"/>.</summary>
    public static SuggestionQuality LeaveOneOut(CurationInput input, SuggestionWeights? weights = null)
    {
        int posts = 0,
            top = 0,
            among = 0,
            suggested = 0;
        var misses = ImmutableArray.CreateBuilder<(string, string, string)>();
        var all = input.Posts;
        for (var i = 0; i < all.Length; i++)
        {
            var post = all[i];
            if (post.Subsystems.IsEmpty)
            {
                continue;
            }

            var hidden = post with { Subsystems = [] };
            var suggester = new Suggester(input with { Posts = all.SetItem(i, hidden) }, weights);
            var ids = suggester.Suggest(hidden).Subsystems.Select(s => s.Id).ToList();
            var primary = post.Subsystems[0];
            posts++;
            suggested += ids.Count;
            if (ids.Count > 0 && string.Equals(ids[0], primary, StringComparison.Ordinal))
            {
                top++;
            }

            if (ids.Contains(primary, StringComparer.Ordinal))
            {
                among++;
            }
            else
            {
                misses.Add((post.Key, primary, string.Join(",", ids)));
            }
        }

        return new SuggestionQuality(posts, top, among, suggested, misses.ToImmutable());
    }
}
