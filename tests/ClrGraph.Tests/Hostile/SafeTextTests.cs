using ClrGraph.Diagnostics;
using ClrGraph.Reading;
using CsCheck;

namespace ClrGraph.Tests.Hostile;

/// <summary>Text from the input cannot reach a terminal or leave a quoted attribute: a test per rule of
/// <see cref="SafeText"/> and <see cref="PostUrl.Safe"/>.</summary>
public class SafeTextTests
{
    private static readonly Gen<string> Hostile = Gen.OneOf(
        Gen.String,
        Gen.Char["\u001B\u0007\0\t\n\r\u007F\u0085\u009B\u202A\u202E\u2066\u2069\u200F\"<>` %\\é🧪\ud800ab"]
            .Array[0, 30]
            .Select(c => new string(c))
    );

    [Theory]
    [InlineData("\u001B]0;pwned\u0007", "\\u001B]0;pwned\\u0007")] // ESC and BEL: retitle a terminal
    [InlineData("a\0b", "a\\u0000b")] // NUL
    [InlineData("del\u007F", "del\\u007F")] // DEL
    [InlineData("\u009B31m", "\\u009B31m")] // C1 CSI: colours a terminal without ESC
    [InlineData("next\u0085line", "next\\u0085line")] // C1 NEL
    [InlineData("abc\u202Egpj.exe", "abc\\u202Egpj.exe")] // right-to-left override
    [InlineData("\u202A\u202B\u202C\u202D", "\\u202A\\u202B\\u202C\\u202D")] // embeddings and pop
    [InlineData("\u2066\u2067\u2068\u2069", "\\u2066\\u2067\\u2068\\u2069")] // isolates
    public void Unsafe_characters_are_shown_as_escapes(string text, string expected)
    {
        Assert.Equal(expected, SafeText.Of(text));
        Assert.Equal(expected, SafeText.ForTerminal(text));
    }

    [Fact]
    public void Tab_and_line_breaks_stay_in_the_model_but_not_on_a_terminal_line()
    {
        Assert.Equal("a\tb\nc\r\nd", SafeText.Of("a\tb\nc\r\nd"));
        Assert.Equal("a\\u0009b\\u000Ac\\u000D\\u000Ad", SafeText.ForTerminal("a\tb\nc\r\nd"));
    }

    [Fact]
    public void Other_text_is_kept_as_it_is()
    {
        const string text = "日本語 עברית \u200F mark, emoji 🧪, \"quotes\" <tags> & \\u001B";
        Assert.Same(text, SafeText.Of(text));
        Assert.Same(text, SafeText.ForTerminal(text));
    }

    [Fact]
    public void No_control_or_bidi_character_survives_and_a_second_pass_changes_nothing() =>
        Hostile.Sample(
            text =>
            {
                var shown = SafeText.ForTerminal(text);
                Assert.DoesNotContain(shown, c => char.IsControl(c) || IsBidiOverride(c));
                Assert.Equal(shown, SafeText.ForTerminal(shown));
                var kept = SafeText.Of(text);
                Assert.DoesNotContain(kept, c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));
                Assert.Equal(kept, SafeText.Of(kept));
            },
            iter: 500
        );

    private static bool IsBidiOverride(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    [Fact]
    public void A_diagnostic_prints_no_control_character()
    {
        var d = new Diagnostic(
            DiagnosticCodes.InvalidId,
            Severity.Error,
            new SourceLocation("list\u001B[2J.md", 3, 4),
            "subsystem id 'g\u0007c\u202E'\nfake: error",
            "hint \0"
        );
        Assert.Equal(
            "list\\u001B[2J.md:3:4: error CG0006: subsystem id 'g\\u0007c\\u202E'\\u000Afake: error (hint \\u0000)",
            d.ToString()
        );
    }

    [Theory]
    [InlineData("https://example.com/x\"onmouseover=\"alert(1)", "https://example.com/x%22onmouseover=%22alert(1)")]
    [InlineData("https://example.com/<script>", "https://example.com/%3Cscript%3E")]
    [InlineData("https://example.com/a b", "https://example.com/a%20b")]
    [InlineData("https://example.com/`x`", "https://example.com/%60x%60")]
    [InlineData("https://example.com/\u001B\u0007\0", "https://example.com/%1B%07%00")]
    [InlineData("https://example.com/{a|b}^\\", "https://example.com/%7Ba%7Cb%7D%5E%5C")]
    [InlineData("https://example.com/é\u202E", "https://example.com/%C3%A9%E2%80%AE")]
    [InlineData("https://example.com/100%", "https://example.com/100%25")]
    [InlineData("https://example.com/%zz", "https://example.com/%25zz")]
    public void Url_characters_not_allowed_in_a_url_are_percent_encoded(string url, string expected) =>
        Assert.Equal(expected, PostUrl.Safe(url));

    [Theory]
    [InlineData("https://example.com/a?x=1&y='2'#frag")]
    [InlineData("https://example.com/a%20b/(c);d,e*f+g!h$i@j:k[l]~m")]
    [InlineData("http://user@example.com:8080/p")]
    public void Url_that_is_already_valid_is_kept(string url) => Assert.Same(url, PostUrl.Safe(url));

    private const string UrlCharacters =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&'()*+,;=%";

    [Fact]
    public void Url_made_safe_holds_only_url_characters_and_stays_as_it_is() =>
        Hostile.Sample(
            url =>
            {
                var safe = PostUrl.Safe("https://example.com/" + url);
                Assert.All(safe, c => Assert.Contains(c, UrlCharacters));
                Assert.Equal(safe, PostUrl.Safe(safe));
            },
            iter: 500
        );
}
