using ClrGraph.Reading;

namespace ClrGraph.Tests.Reading;

/// <summary>Each step of mending a note around the holes (H) that left-out links leave.</summary>
public class NoteMenderTests
{
    [Theory]
    [InlineData("A H H C", "A C")] // adjacent holes
    [InlineData("A H and H, C", "A, C")]
    [InlineData("A (also H, H) C", "A C")] // empty brackets
    [InlineData("A by (H) C", "A C")] // empty brackets, then a dangling word
    [InlineData("A [see H] C", "A C")]
    [InlineData("A (H B) C", "A (B) C")] // brackets that keep a word
    [InlineData("A by H C", "A C")] // dangling word
    [InlineData("A, then more H.", "A, then.")] // dangling word where the clause ends
    [InlineData("A explained, see also H.", "A explained.")] // and the separator before them
    [InlineData("A series on B, also as H", "A series on B")] // two dangling words
    [InlineData("H, part 3", "part 3")] // separator after a hole
    [InlineData("(also H, part 3)", "(also part 3)")]
    [InlineData("(slides, H)", "(slides)")] // separator before a hole
    [InlineData("A: B, H", "A: B")]
    [InlineData("A, H, C", "A, C")] // hole between separators
    [InlineData("part 2, H and part 4", "part 2 and part 4")]
    [InlineData("H | part 2 | part 3", "part 2 | part 3")] // bars and dots between links are separators
    [InlineData("H | H · part 3", "part 3")]
    [InlineData("part 1 • H • part 3", "part 1 • part 3")]
    [InlineData("https://a.example/x H", "https://a.example/x")]
    [InlineData("H.", "")] // what is left is no note
    public void A_note_is_mended_around_its_holes(string note, string mended)
    {
        Assert.Equal(mended, NoteMender.Mend(note.Replace('H', NoteMender.Hole)));
    }

    [Fact]
    public void Brackets_nested_100000_deep_around_a_hole_mend_to_nothing()
    {
        var note = "A " + new string('(', 100_000) + NoteMender.Hole + new string(')', 100_000) + " B";
        Assert.Equal("A B", NoteMender.Mend(note));
    }

    [Fact]
    public void A_note_of_100000_holes_between_commas_keeps_its_words()
    {
        var note = "A, " + string.Join(", ", Enumerable.Repeat(NoteMender.Hole, 100_000)) + ", B";
        Assert.Equal("A, B", NoteMender.Mend(note));
    }
}
