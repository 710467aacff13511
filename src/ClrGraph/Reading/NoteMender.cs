using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace ClrGraph.Reading;

/// <summary>
/// Mends a note where links were left out of it (each marked by a hole): no empty brackets, dangling "by" or doubled
/// commas. One pass over the note's words, each step named for what it mends, so a note of any length costs time in
/// proportion to it.
/// </summary>
internal static class NoteMender
{
    /// <summary>Stands where a link was left out of a note.</summary>
    public const char Hole = '\uFFFC';

    private static readonly SearchValues<char> Punctuation = SearchValues.Create(" .,;:!?()[]-–—|·•");

    // Words that lean on what followed them: "(also [part 2](…))", "by [Jane](…)".
    private static readonly FrozenSet<string> Fillers = Words("also", "see", "and", "or", "by", "via", "plus", "with",
        "from", "cf.", "&");

    // Words that need what the hole held: "by H" anywhere.
    private static readonly FrozenSet<string> Dangling = Words("by", "via", "from");

    // Words that need what the hole held where a clause ends: "and H)", "more H.", "also as H".
    private static readonly FrozenSet<string> DanglingAtEnd = Words("more", "see", "and", "or", "with", "also", "as",
        "&");

    // After these, a hole needs no separator: "(also H, part 3" keeps no comma.
    private static readonly FrozenSet<string> Leading = Words("also", "see", "and", "or", "plus", "with");

    // What separates the items of a list in a note: "part 2, part 3", "part 2 | part 3".
    private static readonly FrozenSet<string> ListSeparators = Words(",", ";", "|", "·", "•");

    // Between two holes, these go with them: "H, H", "H and H".
    private static readonly FrozenSet<string> Joining = Words([.. ListSeparators, "&", "and", "or"]);

    private static FrozenSet<string> Words(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private enum Kind
    {
        Hole,
        Word,
        Separator, // , ; : and the bars and dots between links: | · •
        Open, // ( [
        Close, // ) ]
    }

    private readonly record struct Token(Kind Kind, string Text, bool SpaceBefore)
    {
        public bool Is(FrozenSet<string> words) => Kind is Kind.Word or Kind.Separator && words.Contains(Text);

        public bool IsFiller => Kind is Kind.Hole or Kind.Separator || Is(Fillers);
    }

    // An open bracket: where it is among the kept tokens, and whether it has held only holes and fillers so far.
    private sealed record Bracket(int Start, char Close, bool SpaceBefore)
    {
        public bool OnlyFillers { get; set; } = true;

        public bool HasHole { get; set; }
    }

    /// <summary>The note mended around its holes, and without them.</summary>
    public static string Mend(string text)
    {
        var kept = new List<Token>();
        var brackets = new Stack<Bracket>();
        foreach (var token in Tokens(text))
        {
            switch (token.Kind)
            {
                case Kind.Hole:
                    AddHole(kept, brackets, token.SpaceBefore);
                    break;
                case Kind.Separator when token.Text != ":" && (SeparatorAfterHole(kept) || HoleBetweenSeparators(kept)):
                    break;
                case Kind.Open:
                    kept.Add(token);
                    brackets.Push(new Bracket(kept.Count - 1, token.Text == "(" ? ')' : ']', token.SpaceBefore));
                    break;
                case Kind.Close:
                    var matched = brackets.TryPeek(out var bracket) && bracket.Close == token.Text[0];
                    if (matched && brackets.Pop() is var closed && EmptyBrackets(kept, closed))
                    {
                        AddHole(kept, brackets, closed.SpaceBefore);
                        break;
                    }

                    ClauseEnd(kept);
                    Add(kept, brackets, token);
                    break;
                default:
                    if (token.Text[0] is '.' or '!' or '?')
                    {
                        ClauseEnd(kept);
                    }
                    else if (token.Is(Joining) && token.Kind == Kind.Word && HoleBetweenSeparators(kept))
                    {
                        kept.RemoveAt(kept.Count - 1); // "part 2, H and part 4": the separator goes too, "and" stays
                    }

                    Add(kept, brackets, token);
                    break;
            }
        }

        ClauseEnd(kept);
        var mended = WithoutHoles(kept);
        return mended.AsSpan().ContainsAnyExcept(Punctuation) ? mended : ""; // what is left of "H." is no note
    }

    private static IEnumerable<Token> Tokens(string text)
    {
        var space = false;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var single = c is Hole or ',' or ';' or ':' or '|' or '·' or '•' or '(' or '[' or ')' or ']';
            if ((single || c == ' ') && start >= 0)
            {
                yield return new Token(Kind.Word, text[start..i], space);
                (start, space) = (-1, false);
            }

            if (c == ' ')
            {
                space = true;
            }
            else if (single)
            {
                var kind = c switch
                {
                    Hole => Kind.Hole,
                    '(' or '[' => Kind.Open,
                    ')' or ']' => Kind.Close,
                    _ => Kind.Separator,
                };
                yield return new Token(kind, c.ToString(), space);
                space = false;
            }
            else if (start < 0)
            {
                start = i;
            }
        }
    }

    private static void Add(List<Token> kept, Stack<Bracket> brackets, Token token)
    {
        kept.Add(token);
        if (brackets.TryPeek(out var bracket))
        {
            bracket.OnlyFillers &= token.IsFiller;
        }
    }

    // A hole joins the one before it, with what joins them: "H, H" and "H and H" are one hole; "by H" loses its "by".
    private static void AddHole(List<Token> kept, Stack<Bracket> brackets, bool spaceBefore)
    {
        DanglingWord(kept);
        AdjacentHoles(kept);
        if (kept.Count == 0 || kept[^1].Kind != Kind.Hole)
        {
            Add(kept, brackets, new Token(Kind.Hole, Hole.ToString(), spaceBefore));
        }

        if (brackets.TryPeek(out var bracket))
        {
            bracket.HasHole = true;
        }
    }

    // "by H": the word goes with the hole.
    private static void DanglingWord(List<Token> kept)
    {
        if (kept.Count > 0 && kept[^1].Is(Dangling))
        {
            kept.RemoveAt(kept.Count - 1);
        }
    }

    // "H H", "H, H", "H and H": the hole being added is the one before it.
    private static void AdjacentHoles(List<Token> kept)
    {
        if (kept.Count >= 2 && kept[^1].Is(Joining) && kept[^2].Kind == Kind.Hole)
        {
            kept.RemoveAt(kept.Count - 1);
        }
    }

    // "(H)", "(also H, H)": brackets that held only holes and fillers are a hole.
    private static bool EmptyBrackets(List<Token> kept, Bracket bracket)
    {
        if (!bracket.OnlyFillers || !bracket.HasHole)
        {
            return false;
        }

        kept.RemoveRange(bracket.Start, kept.Count - bracket.Start);
        return true;
    }

    // "(H, part 3", "also H, part 3", a note starting "H, …": the separator after the hole goes.
    private static bool SeparatorAfterHole(List<Token> kept) =>
        kept.Count > 0
        && kept[^1].Kind == Kind.Hole
        && (kept.Count == 1 || kept[^2].Kind == Kind.Open || kept[^2].Is(Leading));

    // "A, H, C": the hole and its second separator go.
    private static bool HoleBetweenSeparators(List<Token> kept)
    {
        if (kept.Count < 2 || kept[^1].Kind != Kind.Hole || !kept[^2].Is(ListSeparators))
        {
            return false;
        }

        kept.RemoveAt(kept.Count - 1);
        return true;
    }

    // At a clause's end, "and H)", "more H.", "and H": the word goes with the hole, and so does one before it ("also
    // as H"); then "(slides, H)", "…, see H." and "…, H": the separator before the hole goes.
    private static void ClauseEnd(List<Token> kept)
    {
        while (kept.Count >= 2 && kept[^1].Kind == Kind.Hole && kept[^2].Is(DanglingAtEnd))
        {
            var hole = kept[^1];
            kept.RemoveRange(kept.Count - 2, 2);
            AdjacentHoles(kept);
            if (kept.Count == 0 || kept[^1].Kind != Kind.Hole)
            {
                kept.Add(hole);
            }
        }

        if (kept.Count >= 2 && kept[^1].Kind == Kind.Hole && kept[^2].Kind == Kind.Separator)
        {
            kept.RemoveAt(kept.Count - 2);
        }
    }

    // Each hole goes with the spaces around it; one space stays between two words.
    private static string WithoutHoles(List<Token> kept)
    {
        var builder = new StringBuilder();
        var afterHole = false;
        for (var i = 0; i < kept.Count; i++)
        {
            var token = kept[i];
            if (token.Kind != Kind.Hole)
            {
                if (token.SpaceBefore && !afterHole && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(token.Text);
                afterHole = false;
                continue;
            }

            while (i + 1 < kept.Count && kept[i + 1].Kind == Kind.Hole)
            {
                i++;
            }

            var next = i + 1 < kept.Count ? kept[i + 1].Text[0] : '\0';
            var previous = builder.Length > 0 ? builder[^1] : '\0';
            var glued =
                previous is '\0' or '(' or '[' || next is '\0' or ',' or ';' or ':' or '.' or '!' or '?' or ')' or ']';
            if (!glued)
            {
                builder.Append(' ');
            }

            afterHole = true;
        }

        return builder.ToString();
    }
}
