using System.Collections.Immutable;
using System.Globalization;
using ClrGraph.Reading;

namespace ClrGraph.Curation;

/// <summary>Up to three suggested subsystems for a post, best first; with no evidence, a placeholder.</summary>
internal sealed record PostSuggestion(CurationPost Post, ImmutableArray<SubsystemSuggestion> Subsystems);

/// <summary>One suggested subsystem, how strongly the evidence points to it, and why: strongest first, each readable
/// alone.</summary>
internal sealed record SubsystemSuggestion(string Id, double Score, ImmutableArray<string> Evidence);

/// <summary>
/// Suggests subsystems for unmapped posts from what names each subsystem and from what the curator already decided.
/// Pure and deterministic: ties are broken by ordinal id.
/// </summary>
internal sealed class Suggester
{
    // How much each kind of evidence counts, tuned by leave-one-out on the real lists: words the post shares with a
    // subsystem's names, with posts the curator mapped; mapped posts in the same list item, section and list; how
    // often a subsystem is a mapped post's primary overall; unmapped posts of the section by their own words.
    private const double TextWeight = 3.0;
    private const double LearnedWeight = 0.5;
    private const double ItemWeight = 3.0;
    private const double SectionWeight = 2.0;
    private const double GuessWeight = 1.0;
    private const double GuessShare = 0.2;
    private const double ListWeight = 0.5;
    private const double PriorWeight = 0.3;
    private const double NamedNeighbourShare = 0.7;

    // A second or third suggestion is kept when its score is at least this share of the first's.
    private const double KeepRatio = 0.5;
    private const int MaxSuggestions = 3;
    private const double SummaryWeight = 0.3;
    private const double OwnSummaryWeight = 0.4;
    private const double KeywordPartWeight = 0.35;
    private const double NamePartWeight = 0.5;
    private const double DecidingShare = 0.2;
    private const string SitePrefix = "site:";
    private const string Overview = "overview";
    private const double UndeclaredShare = 0.3;
    private const double ChapterWeight = 2.0;
    private const double ChildShare = 0.5;
    private const double HeadWeight = 1.5;
    private const double SharedWordFloor = 0.5;
    private const double StopKeywordWeight = 1.0;
    private const int SitePosts = 3;

    // Where in a post a word was found.
    private enum Field
    {
        Title,
        Note,
        Section,
        Url,
        Tag,
    }

    private readonly ImmutableArray<Subsystem> _subsystems;
    private readonly Dictionary<string, Subsystem> _byId;
    private readonly Dictionary<string, Dictionary<string, double>> _vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _vocabularyIdf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _stopKeywords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _summaryNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _stopPhrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _byItem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _bySection = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _byList = new(StringComparer.Ordinal);
    private readonly Tally _prior = new(); // the mapped posts' primaries
    private readonly Dictionary<string, string?> _guesses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _guessedBySection = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _guessedByItem = new(StringComparer.Ordinal);
    private readonly HashSet<string> _declared;
    private readonly Dictionary<string, HashSet<string>> _siteFolders;
    private readonly SubsystemSuggestion? _placeholder;
    private readonly bool _declaredOnly;

    /// <summary>Learns from <paramref name="input"/>'s subsystems and mapped posts.</summary>
    public Suggester(CurationInput input)
    {
        _subsystems = input.Subsystems;
        _byId = _subsystems.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _declared = [.. _subsystems.Where(s => s.Declared).Select(s => s.Id)];
        _declaredOnly = _declared.Count > 0 && _declared.Count < _subsystems.Length;
        BuildVocabulary(input.Posts);
        _siteFolders = SiteFolders(input.Posts);
        foreach (var post in input.Posts)
        {
            if (post.Subsystems.IsEmpty)
            {
                continue;
            }

            _prior.Add([post.Subsystems[0]]);
            Add(_bySection, post.Listings.Select(SectionKey).Distinct(StringComparer.Ordinal), post.Subsystems);
            Add(_byList, post.Listings.Select(l => l.File).Distinct(StringComparer.Ordinal), post.Subsystems);
            Add(_byItem, post.Listings.Select(ItemKey).Distinct(StringComparer.Ordinal), post.Subsystems);
            Add(_byWord, LearnedWords(post).Keys, post.Subsystems);
        }

        GuessSections(input.Posts.Where(p => p.Subsystems.IsEmpty));
        _placeholder = Placeholder();
    }

    /// <summary>Suggestions for every unmapped post of <paramref name="input"/>, in input order.</summary>
    public static ImmutableArray<PostSuggestion> SuggestUnmapped(CurationInput input)
    {
        var suggester = new Suggester(input);
        return [.. input.Posts.Where(p => p.Subsystems.IsEmpty).Select(suggester.Suggest)];
    }

    /// <summary>Suggestions for <paramref name="post"/>, which the input left unmapped.</summary>
    public PostSuggestion Suggest(CurationPost post)
    {
        var scores = OwnEvidence(post);
        Score For(string id) => scores.TryGetValue(id, out var s) ? s : scores[id] = new Score();

        AddLearnedEvidence(post, For);
        // Section and list say less about a post whose own words already name a subsystem ("Generic method dispatch").
        AddNeighbourEvidence(post, For, scores.Values.Any(s => s.Named > 0) ? NamedNeighbourShare : 1.0);

        foreach (var (id, score) in scores)
        {
            // A taxonomy that declares subsystems says which ones its curator means to use: the rest of the built-in
            // tree stays available, but counts for less.
            if (_declaredOnly && !_declared.Contains(id))
            {
                score.Total *= UndeclaredShare;
            }

            // The prior only orders subsystems that have other evidence; alone it is no reason to suggest anything.
            if (_prior.Posts > 0)
            {
                score.Total += PriorWeight * _prior.Weights.GetValueOrDefault(id).Weight / _prior.Posts;
            }
        }

        var ranked = Ranked(scores.Where(p => p.Value.Parts.Count > 0)).ToList();
        var close = ranked
            .Take(MaxSuggestions)
            .TakeWhile(p => p.Value.Total >= KeepRatio * ranked[0].Value.Total)
            .ToList();
        // A title names its post's topic: what it names most is offered even when the heading, the note or the
        // neighbours put other subsystems first ("Making .NET Applications Faster" under "PerfView").
        var titled = ranked.Where(p => p.Value.Titled > 0).OrderByDescending(p => p.Value.Titled).FirstOrDefault();
        if (titled.Key is not null && !close.Contains(titled))
        {
            close = [.. close.Take(MaxSuggestions - 1), titled];
        }

        var kept = close.Select(p => new SubsystemSuggestion(p.Key, p.Value.Total, p.Value.Deciding()))
            .ToImmutableArray();
        return new PostSuggestion(post, kept.IsEmpty && _placeholder is { } placeholder ? [placeholder] : kept);
    }

    // Highest score first, ties broken by ordinal id.
    private static IEnumerable<KeyValuePair<string, Score>> Ranked(IEnumerable<KeyValuePair<string, Score>> scores) =>
        scores.OrderByDescending(p => p.Value.Total).ThenBy(p => p.Key, StringComparer.Ordinal);

    // What the post's own words and links name.
    private Dictionary<string, Score> OwnEvidence(CurationPost post)
    {
        var scores = new Dictionary<string, Score>(StringComparer.Ordinal);
        Score For(string id) => scores.TryGetValue(id, out var s) ? s : scores[id] = new Score();

        AddTextEvidence(post, For);
        AddStopPhraseEvidence(post, For);
        AddChapterEvidence(post, For);
        if (!scores.Values.Any(s => s.Named > 0))
        {
            AddStopKeywordEvidence(post, For);
        }

        PreferNamedChildren(scores);
        return scores;
    }

    // The posts of one section are mostly about one subsystem, and those of one line (a talk and its slides) about the
    // same: what an unmapped post's own words name first is weak evidence for the other unmapped posts there, which a
    // cold start gives no mapped neighbours.
    private void GuessSections(IEnumerable<CurationPost> unmapped)
    {
        foreach (var post in unmapped)
        {
            var named = Ranked(OwnEvidence(post).Where(p => p.Value.Named > 0)).Select(p => p.Key).FirstOrDefault();
            if (_guesses.TryAdd(post.Key, named))
            {
                ImmutableArray<string> guess = named is null ? [] : [named];
                Add(_guessedBySection, post.Listings.Select(SectionKey).Distinct(StringComparer.Ordinal), guess);
                Add(_guessedByItem, post.Listings.Select(ItemKey).Distinct(StringComparer.Ordinal), guess);
            }
        }
    }

    // With no evidence at all, the item still needs a subsystem to be valid YAML for the taxonomy: the commonest
    // primary, else the runtime as a whole; the comment says it is a placeholder.
    private SubsystemSuggestion? Placeholder()
    {
        // The weights are in id order, so MaxBy breaks ties by id.
        var commonest = _prior.Weights.Count == 0 ? null : _prior.Weights.MaxBy(p => p.Value.Weight).Key;
        var id =
            commonest
            ?? _subsystems.FirstOrDefault(IsRuntimeAsAWhole)?.Id
            ?? (_subsystems.Any(s => s.Id == Overview) ? Overview : _subsystems.Select(s => s.Id).FirstOrDefault());
        var why = commonest is null
            ? "no evidence: a placeholder"
            : "no evidence: a placeholder, the commonest primary";
        return id is null ? null : new SubsystemSuggestion(id, 0, [why]);
    }

    private void BuildVocabulary(ImmutableArray<CurationPost> posts)
    {
        foreach (var subsystem in _subsystems)
        {
            var words = new Dictionary<string, double>(StringComparer.Ordinal);
            void Put(List<Word> found, Func<Word, double> weight)
            {
                foreach (var word in Words.WithClosedCompounds(found))
                {
                    words[word.Stem] = Math.Max(words.GetValueOrDefault(word.Stem), weight(word));
                }
            }

            // A part with no keywords is described by its summary alone: its words count for a little more.
            Put(Words.OfSummary(subsystem.Summary), _ => subsystem.Keywords.IsEmpty ? OwnSummaryWeight : SummaryWeight);
            Put(Words.Of(subsystem.Id.Replace('-', ' ')), _ => 1.0);
            // A name lists phrases as the keywords do ("Suspension and safe points"); a word of a longer one says more
            // alone than a keyword's word does, as it is the name ("Performance in practice").
            var names = subsystem.Name.Replace(" and ", ",", StringComparison.Ordinal).Split(',');
            var phrases = names
                .Select(name => (Text: name, PartWeight: NamePartWeight))
                .Concat(subsystem.Keywords.Select(keyword => (Text: keyword, PartWeight: KeywordPartWeight)));
            foreach (var (text, partWeight) in phrases)
            {
                // A phrase names the subsystem as a whole; its words alone say less ("single" of "single-file", even
                // "interpreted" of "interpreted code", whose "code" counts only in the phrase).
                var phrase = Words.Of(text);
                var whole = phrase.Count == 1;
                Put(phrase, w => whole || w.Stem.Contains(' ', StringComparison.Ordinal) ? 1.0 : partWeight);
            }

            _vocabulary[subsystem.Id] = words;
            // A part the curator gave no keywords is named by the words of its summary ("Making real .NET applications
            // fast"); one with keywords is named by them, and its summary's words only hint.
            _summaryNames[subsystem.Id] = subsystem.Keywords.IsEmpty
                ? [.. Words.WithClosedCompounds(Words.OfSummary(subsystem.Summary)).Select(w => w.Stem)]
                : [];
            // A keyword on the stop list ("CLR", the runtime as a whole) is in most posts of a list about the runtime.
            var stopped = subsystem.Keywords.Where(Words.IsStopWord);
            _stopKeywords[subsystem.Id] = [.. stopped.Select(k => Words.Stem(k.ToLowerInvariant()))];
            // A keyword of stop words only ("what's new", "under the hood") is the curator's phrase: it counts whole.
            _stopPhrases[subsystem.Id] = [.. subsystem.Keywords
                .Where(k => k.Contains(' ', StringComparison.Ordinal) && Words.Of(k).Count == 0)
                .Select(k => Words.AllOf(k).Select(w => w.Stem).ToArray())];
        }

        // A taxonomy that declares its own tree but not the runtime as a whole has a part of its own for it, named
        // after the runtime ("Runtime design", "The CLR"): that part takes the built-in overview's words.
        foreach (var standIn in _subsystems.Where(IsRuntimeAsAWhole))
        {
            var words = _vocabulary[standIn.Id];
            foreach (var (stem, weight) in _vocabulary[Overview])
            {
                words[stem] = Math.Max(words.GetValueOrDefault(stem), weight);
            }

            _stopKeywords[standIn.Id].UnionWith(_stopKeywords[Overview]);
        }

        // A word that names a parent is evidence for the parent: a child comes first only with words of its own. A
        // child that the taxonomy adds to the tree is the curator's own distinction: its words stay its own, except
        // where its name repeats its parent's ("GC modes" under "GC").
        foreach (var subsystem in _subsystems)
        {
            var words = _vocabulary[subsystem.Id];
            var builtIn = BuiltInSubsystems.ById.ContainsKey(subsystem.Id);
            foreach (var parent in Ancestors(subsystem))
            {
                var above = _vocabulary[parent.Id];
                var shared = builtIn ? above.Keys : NameWords(parent).Intersect(NameWords(subsystem));
                foreach (var stem in shared.ToList())
                {
                    if (words.TryGetValue(stem, out var own) && own <= above.GetValueOrDefault(stem))
                    {
                        words.Remove(stem);
                    }
                }

                // A part the curator carves out of a subsystem, described with that subsystem's own names ("profilers
                // such as PerfView" under the diagnostics), takes them whole: a post that says them is about the part.
                var named = NameWords(parent).ToHashSet(StringComparer.Ordinal);
                var described = builtIn || !HasBuiltInKeywords(parent)
                    ? []
                    : above.Where(p => p.Value >= 1.0 && words.ContainsKey(p.Key) && !named.Contains(p.Key)).ToList();
                foreach (var (stem, weight) in described)
                {
                    words[stem] = Math.Max(words[stem], weight);
                }
            }
        }

        // A word that names many subsystems, or that many posts of the lists share, says little about any one.
        var frequency = _vocabulary
            .Values.SelectMany(v => v.Keys)
            .CountBy(stem => stem, StringComparer.Ordinal)
            .ToDictionary(StringComparer.Ordinal);
        var postFrequency = posts
            .SelectMany(PostWords)
            .SelectMany(stem => new[] { stem, Words.Joined(stem) }.Distinct(StringComparer.Ordinal))
            .Where(frequency.ContainsKey)
            .CountBy(stem => stem, StringComparer.Ordinal)
            .ToDictionary(StringComparer.Ordinal);
        var subsystemCount = Math.Max(1, _subsystems.Length);
        var postCount = Math.Max(1, posts.Length);
        foreach (var (stem, count) in frequency)
        {
            var bySubsystem = Math.Log(1.0 + (double)subsystemCount / count) / Math.Log(1.0 + subsystemCount);
            var byPost = Math.Log(1.0 + (double)postCount / (1 + postFrequency.GetValueOrDefault(stem)))
                / Math.Log(1.0 + postCount);
            // A word most posts share still names its subsystem ("GC" in a list about the GC): it keeps half.
            _vocabularyIdf[stem] = bySubsystem * Math.Max(SharedWordFloor, byPost);
        }
    }

    // A declared top-level subsystem whose name says "runtime" or "CLR", in a taxonomy that leaves the built-in
    // overview out of the subsystems it declares.
    private bool IsRuntimeAsAWhole(Subsystem subsystem) =>
        _declaredOnly
        && !_declared.Contains(Overview)
        && _byId.ContainsKey(Overview)
        && subsystem is { Declared: true, Parent: null, Id: not Overview }
        && Words.Of(subsystem.Name).Concat(Words.DroppedOf(subsystem.Name))
            .Any(w => w.Stem == Words.Stem("runtime") || _stopKeywords[Overview].Contains(w.Stem));

    // Whether the curator left a built-in subsystem's keywords as they are, rather than writing its own.
    private static bool HasBuiltInKeywords(Subsystem subsystem) =>
        BuiltInSubsystems.ById.TryGetValue(subsystem.Id, out var builtIn)
        && subsystem.Keywords.SequenceEqual(builtIn.Keywords, StringComparer.Ordinal);

    // The subsystems above <paramref name="subsystem"/>, nearest first; a cycle in the parents is walked once.
    private IEnumerable<Subsystem> Ancestors(Subsystem subsystem)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { subsystem.Id };
        for (var up = subsystem.Parent; up is not null && seen.Add(up) && _byId.TryGetValue(up, out var above);
            up = above.Parent)
        {
            yield return above;
        }
    }

    // The words of a subsystem's id and name.
    private static IEnumerable<string> NameWords(Subsystem subsystem) =>
        Words.Of(subsystem.Id.Replace('-', ' ')).Concat(Words.Of(subsystem.Name)).Select(w => w.Stem);

    // The distinct words of a post's titles and notes.
    private static IEnumerable<string> PostWords(CurationPost post) =>
        post.Listings.SelectMany(l => Words.Of(l.Title).Concat(Words.OfNote(l.Note)))
            .Select(w => w.Stem)
            .Distinct(StringComparer.Ordinal);

    private void AddTextEvidence(CurationPost post, Func<string, Score> score)
    {
        // Each word counts once, in the first place where it counts most, and once more in the heading: the
        // curator's heading ("ARM64") says again what the author's title says ("Arm64 Hardware Intrinsics").
        var best = Texts(post)
            .SelectMany(t => t.Words, (t, word) => (t.Field, Word: word))
            .GroupBy(found => (found.Word.Stem, found.Field == Field.Section))
            .Select(places => places.MaxBy(found => WeightOf(found.Field)))
            .ToList();

        var head = HeadWords(post);
        foreach (var subsystem in _subsystems)
        {
            var vocabulary = _vocabulary[subsystem.Id];
            var matched = new List<(Field Field, Word Word, double Weight, bool Names)>();
            foreach (var (field, word) in best)
            {
                var stem = word.Stem;
                var key = KeyIn(vocabulary, stem);
                if (vocabulary.TryGetValue(key, out var weight))
                {
                    var phrase = stem.Contains(' ', StringComparison.Ordinal) ? 2.0 : 1.0;
                    var lead = field == Field.Title && head.Contains(stem) ? HeadWeight : 1.0;
                    var scored = lead * phrase * weight * WeightOf(field) * _vocabularyIdf[key];
                    var names = weight >= NamePartWeight || _summaryNames[subsystem.Id].Contains(key);
                    matched.Add((field, word, scored, names));
                }
            }

            foreach (var group in matched.GroupBy(m => m.Field).OrderBy(g => g.Key))
            {
                var deciding = Deciding(group, m => m.Weight, m => m.Word.Written).Select(m => m.Word);
                var words = string.Join(", ", Shown(deciding).Select(Quote));
                var name = group.Key == Field.Url ? "URL" : group.Key.ToString().ToLowerInvariant();
                // A title names its topic with a word that names the subsystem, not with a word of a built-in summary
                // or a part of a keyword ("usages" of "memory usage", "table" of "card table").
                var titled = group.Key is Field.Title or Field.Tag && group.Any(m => m.Names);
                score(subsystem.Id).Add(TextWeight * group.Sum(m => m.Weight), $"{name} words {words}", true, titled);
            }
        }
    }

    // A word as a vocabulary has it: a phrase also meets the word written without its space ("PerfView" in a title,
    // "perfview" as a keyword), whichever weighs more.
    private static string KeyIn(Dictionary<string, double> vocabulary, string stem) =>
        vocabulary.GetValueOrDefault(Words.Joined(stem)) > vocabulary.GetValueOrDefault(stem)
            ? Words.Joined(stem)
            : stem;

    // The first word of a post's title that a subsystem's name or keywords use whole, with the phrases it starts:
    // a title names its topic first ("Arm64 Hardware Intrinsics APIs", "GC Perf Infrastructure").
    private HashSet<string> HeadWords(CurationPost post)
    {
        var title = post.Listings.Select(l => l.Title).FirstOrDefault(t => t != post.Url);
        var words = Words.Of(title);
        var head = words.FirstOrDefault(w =>
            _vocabulary.Values.Any(v => v.GetValueOrDefault(KeyIn(v, w.Stem)) >= 1));
        if (head.Stem is null)
        {
            return [];
        }

        var first = head.Stem.Split(' ')[0];
        return [.. words.Select(w => w.Stem).Where(s => s.Split(' ')[0] == first)];
    }

    // A title or tags that say a keyword made of stop words only, word for word.
    private void AddStopPhraseEvidence(CurationPost post, Func<string, Score> score)
    {
        var texts = post.Listings.Where(l => l.Title != post.Url).Select(l => l.Title)
            .Concat(post.Listings.Select(l => l.Tags))
            .Select(t => Words.AllOf(t))
            .ToList();
        foreach (var (id, phrases) in _stopPhrases)
        {
            foreach (var phrase in phrases)
            {
                var said = texts
                    .SelectMany(words => Enumerable.Range(0, Math.Max(0, words.Count - phrase.Length + 1))
                        .Where(i => phrase.Index().All(p => words[i + p.Index].Stem == p.Item))
                        .Select(i => string.Join(' ', words[i..(i + phrase.Length)].Select(w => w.Written))))
                    .FirstOrDefault();
                if (said is not null)
                {
                    score(id).Add(TextWeight * phrase.Length, $"title words {Quote(said)}", true, true);
                }
            }
        }
    }

    // A title whose only subsystem word is a keyword on the stop list ("Vance Morrison: CLR Through the Years") is
    // about that keyword's subsystem.
    private void AddStopKeywordEvidence(CurationPost post, Func<string, Score> score)
    {
        var dropped = post.Listings.Where(l => l.Title != post.Url).SelectMany(l => Words.DroppedOf(l.Title)).ToList();
        foreach (var (id, keywords) in _stopKeywords)
        {
            if (dropped.FirstOrDefault(w => keywords.Contains(w.Stem)) is { Stem: not null } word)
            {
                score(id).Add(StopKeywordWeight, $"title words {Quote(word.Written)}, no part named", named: true);
            }
        }
    }

    // The parent's words were taken out of a child's vocabulary, so a child named by words of its own is the more
    // specific of the two: it inherits part of its parent's score, and can come first.
    private void PreferNamedChildren(Dictionary<string, Score> scores)
    {
        foreach (var subsystem in _subsystems)
        {
            if (
                subsystem.Parent is { } parent
                && scores.TryGetValue(subsystem.Id, out var child)
                && child.Named > 0
                && scores.TryGetValue(parent, out var above)
                && above.Named > 0
            )
            {
                child.Total += ChildShare * above.Named;
            }
        }
    }

    // A link to a Book of the Runtime chapter is about the subsystems the tree files that chapter under.
    private void AddChapterEvidence(CurationPost post, Func<string, Score> score)
    {
        if (
            !Uri.TryCreate(post.Url, UriKind.Absolute, out var uri)
            || !uri.AbsolutePath.Contains("/botr/", StringComparison.OrdinalIgnoreCase)
        )
        {
            return;
        }

        var file = uri.AbsolutePath[(uri.AbsolutePath.LastIndexOf('/') + 1)..];
        // A chapter says more about a subsystem that has few chapters than about one that has many.
        var owners = _subsystems.Where(s => s.Botr.Contains(file, StringComparer.OrdinalIgnoreCase)).ToList();
        // A chapter filed under a subsystem and one of its parts is about the subsystem first: they trade places.
        var chapters = owners.ToDictionary(o => o.Id, o => o.Botr.Length, StringComparer.Ordinal);
        foreach (var part in owners)
        {
            foreach (var above in Ancestors(part))
            {
                if (chapters.TryGetValue(above.Id, out var count) && count > chapters[part.Id])
                {
                    (chapters[above.Id], chapters[part.Id]) = (chapters[part.Id], count);
                }
            }
        }

        var shares = owners.Sum(o => 1.0 / chapters[o.Id]);
        foreach (var owner in owners)
        {
            var weight = TextWeight * ChapterWeight / chapters[owner.Id] / shares;
            score(owner.Id).Add(weight, $"the Book of the Runtime files {Quote(file)} under it", named: true);
        }
    }

    private void AddLearnedEvidence(CurationPost post, Func<string, Score> score)
    {
        if (_prior.Posts == 0)
        {
            return;
        }

        var matches = new List<(string Id, double Weight, string Written, int Covering, int Total)>();
        foreach (var (stem, written) in LearnedWords(post))
        {
            if (_byWord.TryGetValue(stem, out var tally) && tally.Posts >= 2)
            {
                // Rarer words say more; a word every mapped post has says nothing.
                var idf = Math.Log((double)(_prior.Posts + 1) / tally.Posts);
                foreach (var (id, (weight, covering)) in tally.Weights)
                {
                    matches.Add((id, weight / (tally.Posts + 1.0) * idf, written, covering, tally.Posts));
                }
            }
        }

        foreach (var words in matches.GroupBy(m => m.Id, StringComparer.Ordinal))
        {
            var strongest = words
                .OrderByDescending(w => w.Weight)
                .ThenBy(w => w.Written, StringComparer.Ordinal)
                .First();
            var what = strongest.Written.StartsWith(SitePrefix, StringComparison.Ordinal)
                ? "on " + strongest.Written[SitePrefix.Length..]
                : "with \"" + strongest.Written + "\"";
            var why = string.Create(
                CultureInfo.InvariantCulture,
                $"{strongest.Covering} of {strongest.Total} mapped posts {what} cover it"
            );
            score(words.Key).Add(LearnedWeight * words.Sum(w => w.Weight), why);
        }
    }

    private void AddNeighbourEvidence(CurationPost post, Func<string, Score> score, double share)
    {
        var seenSections = new HashSet<string>(StringComparer.Ordinal);
        var seenLists = new HashSet<string>(StringComparer.Ordinal);
        var mates = new Tally();
        foreach (var listing in post.Listings)
        {
            if (_byItem.TryGetValue(ItemKey(listing), out var item))
            {
                mates.Add(item);
            }

            if (_guessedByItem.TryGetValue(ItemKey(listing), out var guessedItem))
            {
                // A line's posts (a talk and its slides) share a topic more surely than a section's: as with the
                // mapped posts, the line counts more than the section.
                var why = (int n, int of) => $"the words of {n} of {of} other unmapped posts on its line";
                Spread(OthersThan(post, guessedItem), share * GuessWeight * ItemWeight / SectionWeight, score, why);
            }

            var key = SectionKey(listing);
            if (seenSections.Add(key))
            {
                var name = listing.Section.Length == 0 ? "(before the first heading)" : Quote(listing.Section);
                if (_bySection.TryGetValue(key, out var section))
                {
                    var why = (int n, int of) => $"section {name} ({n} of {of} mapped posts there)";
                    Spread(section, share * SectionWeight, score, why);
                }

                if (_guessedBySection.TryGetValue(key, out var guessed))
                {
                    var why = (int n, int of) => $"the words of {n} of {of} other unmapped posts in section {name}";
                    Spread(OthersThan(post, guessed), share * GuessWeight, score, why);
                }
            }

            if (seenLists.Add(listing.File) && _byList.TryGetValue(listing.File, out var list))
            {
                var why = (int n, int of) => $"list {listing.File} ({n} of {of} mapped posts there)";
                Spread(list, share * ListWeight, score, why);
            }
        }

        if (mates.Posts > 0)
        {
            Spread(mates, ItemWeight, score, (n, of) => $"same list item as {n} of {of} mapped posts");
        }
    }

    // What the other unmapped posts of a place guessed: the post's own guess taken out.
    private Tally OthersThan(CurationPost post, Tally guessed) =>
        _guesses.TryGetValue(post.Key, out var own) ? guessed.Without(own) : guessed;

    private static void Spread(Tally tally, double weight, Func<string, Score> score, Func<int, int, string> describe)
    {
        foreach (var (id, (covered, covering)) in tally.Weights)
        {
            var share = covered / (tally.Posts + 1.0);
            score(id).Add(weight * share, describe(covering, tally.Posts));
        }
    }

    /// <summary>Words that mapped posts teach about (title, note, URL path, site): stem → written.</summary>
    private Dictionary<string, string> LearnedWords(CurationPost post)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var host = Host(post.Url);
        var folders = host is null ? null : _siteFolders.GetValueOrDefault(host);
        // The section is evidence of its own; the site's folders are the site's, as its host is.
        var texts = Texts(post).Where(t => t.Field != Field.Section)
            .SelectMany(t => t.Words, (t, w) => (t.Field, Word: w))
            .Where(t => t.Field != Field.Url || folders is null || !folders.Contains(t.Word.Stem));
        foreach (var (_, word) in texts)
        {
            words.TryAdd(word.Stem, word.Written);
        }

        if (host is not null)
        {
            words.TryAdd(SitePrefix + host, SitePrefix + host);
        }

        return words;
    }

    // The site of a URL (its host without "www."), or null.
    private static string? Host(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? PostUrl.Site(uri) : null;

    // By host, the words in the URLs of at least half its posts, when it has a few: the site's own folders
    // ("/presentations/", "/Syl/syllabus/info"), which say where a post is, not what it is about.
    private static Dictionary<string, HashSet<string>> SiteFolders(ImmutableArray<CurationPost> posts)
    {
        var folders = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var site in posts.GroupBy(p => Host(p.Url)).Where(g => g.Key is not null && g.Count() >= SitePosts))
        {
            var counts = site
                .SelectMany(p => Words.OfUrlPath(p.Url).Select(w => w.Stem).Distinct(StringComparer.Ordinal))
                .CountBy(stem => stem, StringComparer.Ordinal);
            folders[site.Key!] = [.. counts.Where(c => 2 * c.Value >= site.Count()).Select(c => c.Key)];
        }

        return folders;
    }

    private static IEnumerable<(Field Field, List<Word> Words)> Texts(CurationPost post)
    {
        foreach (var listing in post.Listings)
        {
            // A bare link's title is its URL, whose words are the URL's.
            if (listing.Title != post.Url)
            {
                yield return (Field.Title, Words.Of(listing.Title));
            }

            yield return (Field.Note, Words.OfNote(listing.Note));
            // A curator's own tags ("gc,jit", from a bookmark export) say what the post is about as its title does.
            yield return (Field.Tag, Words.Of(listing.Tags));
            // The innermost heading that says something ("Kestrel" of "Kestrel › Articles"): outer ones (often the
            // list's own title) say least about one post.
            var headings = listing.Section.Split(SectionPath.Separator).Reverse().Select(Words.Of);
            yield return (Field.Section, headings.FirstOrDefault(h => h.Count > 0, []));
        }

        // An address spells its title again: "…/string-split-and-int-array-allocations" gives no "string" that the
        // title's "String.Split" left out.
        var named = post.Listings.Where(l => l.Title != post.Url).SelectMany(l => Words.DottedPartsOf(l.Title))
            .ToHashSet(StringComparer.Ordinal);
        yield return (Field.Url, [.. Words.OfUrlPath(post.Url).Where(w => !w.Stem.Split(' ').Any(named.Contains))]);
    }

    // How much a word counts in each place.
    private static double WeightOf(Field field) =>
        field switch
        {
            Field.Title or Field.Tag => 1.0,
            Field.Note => 0.6,
            _ => 0.5,
        };

    private static string SectionKey(CurationListing listing) => listing.File + "\n" + listing.Section;

    // Links written on one line are taken as one list item: "[GC](a) (also [part 2](b))".
    private static string ItemKey(CurationListing listing) =>
        listing.File + "\n" + listing.Line.ToString(CultureInfo.InvariantCulture);

    // Adds a post that covers these subsystems to the tally of each key.
    private static void Add(Dictionary<string, Tally> tallies, IEnumerable<string> keys, ImmutableArray<string> ids)
    {
        foreach (var key in keys)
        {
            (tallies.TryGetValue(key, out var tally) ? tally : tallies[key] = new Tally()).Add(ids);
        }
    }

    /// <summary>The written forms to show: phrases, then single words outside them, at most four.</summary>
    private static List<string> Shown(IEnumerable<Word> words)
    {
        var all = words.ToList();
        var phrases = all.Where(w => w.Stem.Contains(' ', StringComparison.Ordinal)).Select(w => w.Written).ToList();
        var singles = all.Where(w => !w.Stem.Contains(' ', StringComparison.Ordinal))
            .Where(w => !phrases.Any(p => p.Split(' ').Contains(w.Written, StringComparer.Ordinal)))
            .Select(w => w.Written);
        return [.. phrases.Concat(singles).Distinct(StringComparer.Ordinal).Take(4)];
    }

    // The parts worth a fifth of the strongest or more, strongest first, then by text.
    private static IOrderedEnumerable<T> Deciding<T>(IEnumerable<T> parts, Func<T, double> weight, Func<T, string> text)
    {
        var strongest = parts.Max(weight);
        return parts
            .Where(p => weight(p) >= DecidingShare * strongest)
            .OrderByDescending(weight)
            .ThenBy(text, StringComparer.Ordinal);
    }

    private static string Quote(string text) => "\"" + text + "\"";

    /// <summary>A subsystem's score so far and the evidence behind it.</summary>
    private sealed class Score
    {
        public double Total { get; set; }

        /// <summary>The part of <see cref="Total"/> that the post's own words and links gave.</summary>
        public double Named { get; set; }

        /// <summary>The part of <see cref="Named"/> that the post's title and tags gave.</summary>
        public double Titled { get; set; }

        public List<(double Weight, string Text)> Parts { get; } = [];

        /// <summary>The texts of the evidence that decided, strongest first, each once.</summary>
        public ImmutableArray<string> Deciding()
        {
            var texts = Suggester.Deciding(Parts, p => p.Weight, p => p.Text).Select(p => p.Text);
            return [.. texts.Distinct(StringComparer.Ordinal)];
        }

        public void Add(double weight, string why, bool named = false, bool titled = false)
        {
            Total += weight;
            Named += named ? weight : 0;
            Titled += titled ? weight : 0;
            Parts.Add((weight, why));
        }
    }

    /// <summary>How many mapped posts cover each subsystem (primary 1, others 0.5) out of how many posts.</summary>
    private sealed class Tally
    {
        public int Posts { get; private set; }

        /// <summary>By subsystem: its weight, and how many of the posts name it.</summary>
        public SortedDictionary<string, (double Weight, int Covering)> Weights { get; } = new(StringComparer.Ordinal);

        /// <summary>This tally of primaries with one post, whose primary is <paramref name="id"/>, taken out, and
        /// the subsystems that less than a fifth of the rest name, or only one of three or more: "2 of 10 posts" and
        /// "1 of 4" are no lead.</summary>
        public Tally Without(string? id)
        {
            var rest = new Tally { Posts = Posts - 1 };
            foreach (var (other, (weight, _)) in Weights)
            {
                var left = other == id ? weight - 1 : weight;
                if (left > 0 && left >= GuessShare * rest.Posts && (left >= 2 || rest.Posts <= 2))
                {
                    rest.Weights[other] = (left, (int)left);
                }
            }

            return rest;
        }

        /// <summary>Adds the posts of <paramref name="other"/>.</summary>
        public void Add(Tally other)
        {
            Posts += other.Posts;
            foreach (var (id, (weight, covering)) in other.Weights)
            {
                Add(id, weight, covering);
            }
        }

        public void Add(ImmutableArray<string> subsystems)
        {
            Posts++;
            foreach (var (i, id) in subsystems.Distinct(StringComparer.Ordinal).Index())
            {
                Add(id, i == 0 ? 1.0 : 0.5, 1);
            }
        }

        private void Add(string id, double weight, int covering)
        {
            var (sum, count) = Weights.GetValueOrDefault(id);
            Weights[id] = (sum + weight, count + covering);
        }
    }
}
