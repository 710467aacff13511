using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using static System.FormattableString;

namespace ClrGraph.Validation;

/// <summary>Checks the taxonomy against itself and the lists, and merges them into a <see cref="Corpus"/>.</summary>
internal static partial class CorpusValidator
{
    /// <summary>The most subsystems one post may map to: the real taxonomies map at most eight.</summary>
    public const int MaxSubsystemsPerPost = 64;

    /// <summary>Validates and merges. When <paramref name="someListUnread"/> (a list could not be read, already
    /// reported), posts it may have named are not reported as missing from every list, nor subsystems as without
    /// posts.</summary>
    public static Corpus Validate(
        Taxonomy taxonomy,
        IReadOnlyList<ReadingList> lists,
        bool strict,
        DiagnosticBag diagnostics,
        bool someListUnread = false,
        CancellationToken cancel = default
    )
    {
        var subsystems = CheckSubsystems(taxonomy.Subsystems, diagnostics);
        var (kept, ignored) = Ignore(taxonomy, lists, diagnostics);
        cancel.ThrowIfCancellationRequested();
        var uniqueLists = UniqueIds(kept);
        CheckListsHavePosts(taxonomy, kept, ignored, strict, diagnostics);

        var mappings = CheckMappings(taxonomy.Posts, subsystems, diagnostics);
        CheckSuggested(taxonomy.Posts, strict, diagnostics);
        cancel.ThrowIfCancellationRequested();
        // The lists' links by post (its normalized URL), in order of first appearance, each in the order listed.
        var grouped = uniqueLists
            .SelectMany(l => l.Posts.Select(p => new Link(l.Id, p)))
            .GroupBy(l => l.Listed.Key, StringComparer.Ordinal)
            .ToList();
        cancel.ThrowIfCancellationRequested();
        var skipping = lists.FirstOrDefault(l => l.RelativeLinksSkipped > 0);
        var posts = MergePosts(grouped, mappings, strict, someListUnread, skipping, diagnostics);
        cancel.ThrowIfCancellationRequested();
        // A subsystem counts as covered when a post covers it or one of its descendants. With a list unread, every
        // subsystem is kept and none is said to be without posts.
        var byId = subsystems.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var covered = WithAncestors(posts.SelectMany(p => p.Subsystems), byId);
        foreach (var subsystem in subsystems.Where(s => !someListUnread && s.Declared && !covered.Contains(s.Id)))
        {
            diagnostics.WarningOrError(
                strict,
                DiagnosticCodes.SubsystemWithoutPosts,
                subsystem.IdLocation,
                $"no post covers subsystem '{subsystem.Id}'",
                "map a post to it, or remove it"
            );
        }

        // A built-in subsystem no post covers is left out, unless a subsystem the taxonomy declares hangs below it.
        var alwaysKept = subsystems.Where(s => someListUnread || s.Declared).Select(s => s.Id);
        var inUse = WithAncestors(covered.Concat(alwaysKept), byId);
        return new Corpus([.. subsystems.Where(s => inUse.Contains(s.Id))], uniqueLists, posts)
        {
            Ignored = ignored,
            Known = subsystems,
        };
    }

    // The subsystems and every one above them.
    private static HashSet<string> WithAncestors(IEnumerable<string> ids, Dictionary<string, Subsystem> byId)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            for (string? current = id; current is not null && all.Add(current); current = byId[current].Parent) { }
        }

        return all;
    }

    // A list with no post is often not the list meant (a README, a list still to be written, a page of profiles).
    private static void CheckListsHavePosts(
        Taxonomy taxonomy,
        IReadOnlyList<ReadingList> lists,
        ImmutableArray<IgnoredLinks> ignored,
        bool strict,
        DiagnosticBag diagnostics
    )
    {
        var named = taxonomy
            .ReadingLists.DistinctBy(r => r.Display, StringComparer.Ordinal)
            .ToDictionary(r => r.Display, r => r.Location, StringComparer.Ordinal);

        // Relative links skipped for want of a url are reported already (CG0015), with the fix.
        for (var i = 0; i < lists.Count; i++)
        {
            var list = lists[i];
            if (!list.Posts.IsEmpty || list.RelativeLinksSkipped > 0)
            {
                continue;
            }

            var links = ignored.IsEmpty ? 0 : ignored[i].Links; // one count a list, in order, when any is ignored
            diagnostics.WarningOrError(
                strict,
                DiagnosticCodes.ListWithoutPosts,
                named.GetValueOrDefault(list.File) ?? SourceLocation.WholeFile(list.File),
                links switch
                {
                    0 => $"reading list '{list.File}' has no link that reads as a post",
                    1 => $"the one link of reading list '{list.File}' is ignored, so it has no post",
                    _ => Invariant($"all {links} links of reading list '{list.File}' are ignored, so it has no post"),
                },
                "check that it is the list you meant, or remove it from 'reading-lists:'"
            );
        }
    }

    // Entries pasted from 'clrgraph suggest' and not yet reviewed: one warning for them all, or an error each.
    private static void CheckSuggested(ImmutableArray<PostMapping> posts, bool strict, DiagnosticBag diagnostics)
    {
        var marked = posts.Where(p => p.Suggested is not null).ToList();
        if (marked.Count == 0)
        {
            return;
        }

        if (!strict)
        {
            diagnostics.Warning(
                DiagnosticCodes.UnreviewedSuggestion,
                marked[0].Suggested!.Value,
                marked.Count == 1
                    ? "1 post is a suggestion not reviewed yet ('suggested: true')"
                    : Invariant($"{marked.Count} posts are suggestions not reviewed yet ('suggested: true'), ")
                        + "the first here",
                "review each, then delete its 'suggested: true' line; --strict makes each an error"
            );
            return;
        }

        foreach (var post in marked)
        {
            diagnostics.Error(
                DiagnosticCodes.UnreviewedSuggestion,
                post.Suggested!.Value,
                $"post '{post.Url}' is a suggestion not reviewed yet",
                "check its subsystems, primary first, then delete its line 'suggested: true'"
            );
        }
    }

    // Drops the links that an ignore pattern matches, renumbering the rest; a pattern that matches nothing is a
    // warning, and one that matches a post the taxonomy maps an error (the curator said both "post" and "not a post").
    private static (IReadOnlyList<ReadingList> Lists, ImmutableArray<IgnoredLinks> Ignored) Ignore(
        Taxonomy taxonomy,
        IReadOnlyList<ReadingList> lists,
        DiagnosticBag diagnostics
    )
    {
        if (taxonomy.Ignore.IsEmpty)
        {
            return (lists, []);
        }

        var patterns = taxonomy.Ignore.Select(p => IgnoreRules.Compile(p.Pattern)).ToArray();
        var used = new bool[patterns.Length];
        int Match(string key)
        {
            var i = Array.FindIndex(patterns, pattern => IgnoreRules.Matches(pattern, key));
            if (i >= 0)
            {
                used[i] = true;
            }

            return i;
        }

        var mapped = new HashSet<string>(StringComparer.Ordinal); // kept as posts, so that the error has no follow-on
        foreach (var post in taxonomy.Posts)
        {
            if (PostUrl.TryNormalize(post.Url, out var key) && Match(key) is >= 0 and var i)
            {
                mapped.Add(key);
                var pattern = taxonomy.Ignore[i];
                diagnostics.Error(
                    DiagnosticCodes.IgnoredPostMapped,
                    post.UrlLocation,
                    $"post '{post.Url}' is mapped under 'posts:', but ignore pattern '{pattern.Pattern}' "
                        + $"at line {pattern.Location.Line} also matches it",
                    "remove the post from 'posts:' if it is not a post, "
                        + "or narrow the pattern so that it leaves the post out"
                );
            }
        }

        var kept = new List<ReadingList>(lists.Count);
        var ignored = ImmutableArray.CreateBuilder<IgnoredLinks>(lists.Count);
        foreach (var list in lists)
        {
            var posts = list.Posts.Where(p => mapped.Contains(p.Key) || Match(p.Key) < 0).ToList();
            var count = list.Posts.Length - posts.Count;
            var renumbered = posts.Select((p, i) => p with { Position = i + 1 });
            kept.Add(count == 0 ? list : list with { Posts = [.. renumbered] });
            ignored.Add(new IgnoredLinks(list.File, count));
        }

        foreach (var unused in taxonomy.Ignore.Where((_, i) => !used[i]))
        {
            diagnostics.Warning(
                DiagnosticCodes.IgnorePatternUnused,
                unused.Location,
                $"ignore pattern '{unused.Pattern}' matches no link",
                "correct or remove it; a pattern is matched against the address without 'https://' and 'www.', "
                    + "and '*' matches any run of characters: twitter.com/*"
            );
        }

        return (kept, ignored.MoveToImmutable());
    }

    private static ImmutableArray<Subsystem> CheckSubsystems(
        ImmutableArray<Subsystem> declared,
        DiagnosticBag diagnostics
    )
    {
        var byId = new Dictionary<string, Subsystem>(StringComparer.Ordinal);
        foreach (var subsystem in declared)
        {
            if (!IdPattern().IsMatch(subsystem.Id))
            {
                var slug = string.Join('-', NotInId().Split(subsystem.Id.ToLowerInvariant()).Where(w => w.Length > 0));
                diagnostics.Error(
                    DiagnosticCodes.InvalidId,
                    subsystem.IdLocation,
                    $"subsystem id '{subsystem.Id}' must be words of lower-case letters and digits joined by "
                        + "single '-'",
                    slug.Length > 0 ? $"did you mean '{slug}'?" : null
                );
                continue;
            }

            if (byId.TryGetValue(subsystem.Id, out var first))
            {
                diagnostics.Error(
                    DiagnosticCodes.DuplicateSubsystem,
                    subsystem.IdLocation,
                    $"subsystem id '{subsystem.Id}' is already declared at line {first.IdLocation.Line}"
                );
                continue;
            }

            if (subsystem.Color is { } color && !ColorPattern().IsMatch(color))
            {
                diagnostics.Error(
                    DiagnosticCodes.InvalidColor,
                    subsystem.ColorLocation ?? subsystem.Location,
                    $"colour '{color}' of subsystem '{subsystem.Id}' is not #rrggbb",
                    "write it quoted, as six hex digits: color: \"#1f77b4\""
                );
            }

            byId.Add(subsystem.Id, subsystem);
        }

        foreach (var subsystem in byId.Values.ToList())
        {
            if (subsystem.Parent is { } parent && !byId.ContainsKey(parent))
            {
                diagnostics.Error(
                    DiagnosticCodes.UnknownParent,
                    subsystem.ParentLocation ?? subsystem.Location,
                    $"unknown parent '{parent}' of subsystem '{subsystem.Id}'",
                    Suggestions.DidYouMean(parent, byId.Keys)
                );
                byId[subsystem.Id] = subsystem with { Parent = null };
            }
        }

        var inCycle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cycle in Subsystem.ParentCycles(byId))
        {
            inCycle.UnionWith(cycle);
            var start = byId[cycle[0]];
            diagnostics.Error(
                DiagnosticCodes.ParentCycle,
                start.ParentLocation ?? start.Location,
                "subsystem parents form a cycle: " + string.Join(" → ", cycle.Append(cycle[0]))
            );
        }

        return
        [
            .. declared
                .Where(s => byId.ContainsKey(s.Id))
                .DistinctBy(s => s.Id)
                .Select(s => inCycle.Contains(s.Id) ? byId[s.Id] with { Parent = null } : byId[s.Id]),
        ];
    }

    private static Dictionary<string, PostMapping> CheckMappings(
        ImmutableArray<PostMapping> posts,
        ImmutableArray<Subsystem> subsystems,
        DiagnosticBag diagnostics
    )
    {
        var known = subsystems.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var byKey = new Dictionary<string, PostMapping>(posts.Length, StringComparer.Ordinal);
        foreach (var post in posts)
        {
            if (!PostUrl.TryNormalize(post.Url, out var key))
            {
                var mended = Mended(post.Url);
                diagnostics.Error(
                    DiagnosticCodes.InvalidPostUrl,
                    post.UrlLocation,
                    $"post url '{post.Url}' is not an absolute http(s) URL",
                    mended is null ? "write the post's whole address, from https://" : $"did you mean '{mended}'?"
                );
                continue;
            }

            if (byKey.TryGetValue(key, out var first))
            {
                diagnostics.Error(
                    DiagnosticCodes.DuplicatePost,
                    post.UrlLocation,
                    $"post '{post.Url}' is already mapped at line {first.UrlLocation.Line} (the same URL once "
                        + "normalized)",
                    "merge the two entries"
                );
                continue;
            }

            // Each pair of a post's subsystems is counted (which are read together): thousands cost their square.
            if (post.Subsystems.Length > MaxSubsystemsPerPost)
            {
                diagnostics.Error(
                    DiagnosticCodes.InputTooLarge,
                    post.Subsystems[MaxSubsystemsPerPost].Location,
                    Invariant($"post '{post.Url}' maps to {post.Subsystems.Length} subsystems, and a post may map to ")
                        + Invariant($"at most {MaxSubsystemsPerPost}"),
                    "keep the subsystems the post explains, its primary first"
                );
                continue;
            }

            if (post.Subsystems.IsEmpty)
            {
                diagnostics.Error(
                    DiagnosticCodes.PostWithoutSubsystem,
                    post.Location,
                    $"post '{post.Url}' maps to no subsystem",
                    "name at least one: subsystems: [gc]"
                );
            }

            var ids = new List<SubsystemReference>();
            foreach (var reference in post.Subsystems)
            {
                if (!known.Contains(reference.Id))
                {
                    diagnostics.Error(
                        DiagnosticCodes.UnknownSubsystem,
                        reference.Location,
                        $"unknown subsystem '{reference.Id}'",
                        Meant(reference.Id, subsystems, known)
                    );
                }
                else if (ids.Exists(r => r.Id == reference.Id))
                {
                    diagnostics.Error(
                        DiagnosticCodes.DuplicateSubsystemInPost,
                        reference.Location,
                        $"subsystem '{reference.Id}' is named twice for this post"
                    );
                }
                else
                {
                    ids.Add(reference);
                }
            }

            // a copy only when one was dropped
            byKey.Add(key, ids.Count == post.Subsystems.Length ? post : post with { Subsystems = [.. ids] });
        }

        return byKey;
    }

    // The address a post's url was meant to be: without the spaces a paste left in it ("https://a.b /c"), with its
    // scheme mistyped ("htps://") or left out ("blog.example/post"); null when none of these makes it one.
    private static string? Mended(string url)
    {
        var mended = string.Concat(url.Where(c => !char.IsWhiteSpace(c)));
        var colon = mended.IndexOf("://", StringComparison.Ordinal);
        var scheme = colon < 0 ? "" : mended[..colon].ToLowerInvariant();
        mended = colon < 0 ? "https://" + mended
            : scheme is not ("http" or "https") && scheme.Contains('t') && Suggestions.Distance(scheme, "https") <= 2
                ? "https" + mended[colon..]
                : mended;
        return mended != url && PostUrl.TryNormalize(mended, out _) ? mended : null;
    }

    // What an unknown id was meant to be: ids with the comma between them left out ("[jit gc]"), block list items
    // whose '- ' is indented past the one above (YAML reads "- jit\n   - gc" as the one id "jit - gc"), a subsystem's
    // name or keyword ("aot", "garbage-collection"), else the id a typo away.
    private static string? Meant(string id, ImmutableArray<Subsystem> subsystems, HashSet<string> known)
    {
        var items = id.Split(" - ");
        if (items.Length > 1 && items.All(known.Contains))
        {
            return $"YAML read the lines '- {string.Join("', '- ", items)}' as one id, as each '- ' after the first is "
                + "indented further than the one above it: line up the '- ' of the list's items";
        }

        var words = id.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words.All(known.Contains))
        {
            return $"these are {words.Length} ids: separate them with commas, [{string.Join(", ", words)}]";
        }

        var spoken = id.Replace('-', ' ');
        bool Names(string text) => string.Equals(text.Replace('-', ' '), spoken, StringComparison.OrdinalIgnoreCase);
        return subsystems.FirstOrDefault(s => s.Keywords.Prepend(s.Name).Any(Names)) is { } named
            ? $"did you mean '{named.Id}'? '{id}' is {(Names(named.Name) ? "its name" : "one of its keywords")}"
            : Suggestions.DidYouMean(id, known);
    }

    private static ImmutableArray<ReadingList> UniqueIds(IReadOnlyList<ReadingList> lists) =>
        [.. lists.Zip(PostUrl.UniqueSlugs(lists.Select(l => l.Id)), (list, id) => list with { Id = id })];

    /// <summary>A reading list's link to a post.</summary>
    private sealed record Link(string ListId, ListedPost Listed);

    private static ImmutableArray<Post> MergePosts(
        List<IGrouping<string, Link>> grouped,
        Dictionary<string, PostMapping> mappings,
        bool strict,
        bool someListUnread,
        ReadingList? skipping,
        DiagnosticBag diagnostics
    )
    {
        var firsts = grouped.Select(g => g.First().Listed).ToList();
        var unlisted = mappings.ExceptBy(firsts.Select(l => l.Key), m => m.Key, StringComparer.Ordinal).ToList();
        var posts = ImmutableArray.CreateBuilder<Post>(firsts.Count + mappings.Count);
        foreach (var listings in grouped)
        {
            var listed = listings.First().Listed;
            var mapping = mappings.GetValueOrDefault(listings.Key);
            if (mapping is null)
            {
                var hint = TryNearest(listed.Key, unlisted, m => m.Key, out var near)
                    ? $"did you mean the taxonomy's '{near.Value.Url}' at line {near.Value.UrlLocation.Line}? "
                        + "correct its url"
                    : "add it under 'posts:' with its subsystems ('clrgraph suggest' proposes them)";
                var message = $"post '{listed.Url}' is not mapped in the taxonomy";
                diagnostics.WarningOrError(strict, DiagnosticCodes.UnmappedPost, listed.Location, message, hint);
            }

            var chosen = ChooseTitle(listings, mapping?.Title is not null, strict, diagnostics);
            posts.Add(
                new Post(
                    listings.Key,
                    Section(listed) ? chosen.Url : listed.Url,
                    NonEmpty(mapping?.Title) ?? chosen.Title,
                    listed.Section,
                    NonEmpty(mapping?.Note) ?? Note(listings.Select(l => SectionNote(l.Listed, chosen))),
                    mapping is null ? [] : [.. mapping.Subsystems.Select(s => s.Id)],
                    [
                        .. listings
                            .DistinctBy(l => l.ListId, StringComparer.Ordinal)
                            .Select(l => new Listing(l.ListId, l.Listed.Section, l.Listed.Position)),
                    ]
                )
                {
                    Suggested = mapping?.Suggested is not null,
                    Year = listings.Select(l => l.Listed.Year).FirstOrDefault(year => year is not null),
                }
            );
        }

        foreach (var (key, mapping) in unlisted)
        {
            if (NonEmpty(mapping.Title) is not { } title)
            {
                // A typo of a listed post's url; else a relative link skipped for want of the list's url may be it.
                var hint = TryNearest(key, firsts, l => l.Key, out var near)
                    ? $"did you mean '{near.Url}' at {near.Location}? "
                        + "correct the url; a title would make this a second post"
                    : someListUnread ? null
                    : skipping is null ? "add 'title:', or add the post to a reading list"
                    : $"{skipping.File} skipped relative links for want of its own address (CG0015), and one may "
                        + "be this post: give the list 'url: https://…' in front matter, or add 'title:'";
                if (hint is not null)
                {
                    var message = $"post '{mapping.Url}' is in no reading list and has no title";
                    diagnostics.Error(DiagnosticCodes.PostWithoutTitle, mapping.UrlLocation, message, hint);
                }

                continue;
            }

            posts.Add(
                new Post(
                    key,
                    mapping.Url.Trim(),
                    title,
                    "",
                    NonEmpty(mapping.Note) ?? "",
                    [.. mapping.Subsystems.Select(s => s.Id)],
                    []
                )
                {
                    Suggested = mapping.Suggested is not null,
                }
            );
        }

        return posts.ToImmutable();
    }

    // Between the different notes of a post listed more than once.
    private const string NoteSeparator = " · ";

    // A link to a section of the post ("[Dynamic PGO](…/#dynamic-pgo) - tiering") adds the section's title to the
    // note: "Dynamic PGO: tiering".
    private static string SectionNote(ListedPost listed, ListedPost chosen) =>
        Section(listed) && listed.Origin == TitleOrigin.LinkText && !SameTitle(listed.Title, chosen.Title)
            ? listed.Title + (listed.Note.Length > 0 ? ": " + listed.Note : "")
            : listed.Note;

    // A note that another of the post's notes holds says nothing new ("Dynamic PGO" beside "Dynamic PGO: tiering");
    // looked for among this many notes at most, so that a post listed thousands of times costs what its notes cost.
    private const int MaxNotesCompared = 32;

    // A post listed more than once keeps every note: each different one once, in the order listed.
    private static string Note(IEnumerable<string> notes)
    {
        var different = notes.Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var kept = different.Count > MaxNotesCompared
            ? different
            : different.Where(n => !different.Any(m => m != n && m.Contains(n, StringComparison.OrdinalIgnoreCase)));
        return string.Join(NoteSeparator, kept);
    }

    // A near miss is the same identity but for letter case, or a few typing errors away.
    private const int NearMiss = 3;

    private static bool TryNearest<T>(string key, IEnumerable<T> candidates, Func<T, string> keyOf, out T nearest)
    {
        // Keys whose lengths differ by more than a near miss are that far apart, at least.
        (nearest, var distance) = candidates
            .Where(c => Math.Abs(keyOf(c).Length - key.Length) <= NearMiss)
            .Select(c => (Candidate: c, Distance: Suggestions.Distance(key, keyOf(c))))
            .DefaultIfEmpty((Candidate: default(T)!, Distance: int.MaxValue))
            .MinBy(c => c.Distance);
        return distance <= NearMiss;
    }

    private static string? NonEmpty(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : ReadingListReader.Collapse(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotInId();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex ColorPattern();
}
