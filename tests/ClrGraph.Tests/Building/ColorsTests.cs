using ClrGraph.Building;

namespace ClrGraph.Tests.Building;

/// <summary>One test per colour rule; expected values worked out by hand from the WCAG 2 formulas.</summary>
public class ColorsTests
{
    [Theory]
    [InlineData("#000000", 0.0)]
    [InlineData("#ffffff", 1.0)]
    [InlineData("#808080", 0.2158605)] // ((128/255 + 0.055) / 1.055)^2.4
    [InlineData("#ff0000", 0.2126)]
    [InlineData("#00ff00", 0.7152)]
    [InlineData("#0000ff", 0.0722)]
    public void Luminance_is_wcag_relative_luminance(string color, double expected) =>
        Assert.Equal(expected, Colors.Luminance(color), precision: 5);

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#ffffff", "#000000", 21.0)]
    [InlineData("#777777", "#777777", 1.0)]
    [InlineData("#808080", "#ffffff", 3.949)] // 1.05 / (0.2158605 + 0.05)
    public void Contrast_is_the_wcag_ratio_whatever_the_order(string a, string b, double expected) =>
        Assert.Equal(expected, Colors.Contrast(a, b), precision: 3);

    [Theory]
    [InlineData("#ff9896", "#000000")] // salmon: white gave 2.1:1 in the old overview
    [InlineData("#c49c94", "#000000")] // tan
    [InlineData("#fdae6b", "#000000")]
    [InlineData("#1f77b4", "#ffffff")] // 4.68:1 with white, 4.49:1 with black
    [InlineData("#8c564b", "#ffffff")]
    [InlineData("#000080", "#ffffff")]
    public void Text_on_a_fill_is_black_or_white_whichever_contrasts_more(string fill, string text) =>
        Assert.Equal(text, Colors.TextOn(fill));

    [Theory]
    [InlineData("#ff9896")]
    [InlineData("#9467bd")]
    [InlineData("#777777")]
    [InlineData("#767676")]
    [InlineData("#2ca02c")]
    public void Black_or_white_text_always_reaches_aa(string fill) =>
        Assert.True(Colors.Contrast(fill, Colors.TextOn(fill)) >= Colors.MinimumContrast);

    [Fact]
    public void Fill_too_light_for_white_text_is_darkened_until_it_reaches_aa()
    {
        var fill = Colors.ReadableFill("#ff7f0e", Colors.White); // 2.5:1 as given
        Assert.True(Colors.Contrast(fill, Colors.White) >= 4.5);
        Assert.True(Colors.Luminance(fill) < Colors.Luminance("#ff7f0e"));
        var (r, g, b) = Colors.Rgb(fill);
        Assert.True(r > g && g > b, "still orange: " + fill);
    }

    [Fact]
    public void Fill_too_dark_for_black_text_is_lightened_until_it_reaches_aa()
    {
        var fill = Colors.ReadableFill("#1f3f7f", Colors.Black);
        Assert.True(Colors.Contrast(fill, Colors.Black) >= 4.5);
        Assert.True(Colors.Luminance(fill) > Colors.Luminance("#1f3f7f"));
    }

    [Fact]
    public void Fill_that_already_reads_is_kept() =>
        Assert.Equal("#d2e4f0", Colors.ReadableFill("#d2e4f0", Colors.Black));

    [Theory]
    [InlineData("#1f77b4", 0.5, "#8fbbda")]
    [InlineData("#000000", 1.0, "#ffffff")]
    public void Tint_mixes_with_white(string color, double amount, string expected) =>
        Assert.Equal(expected, Colors.Tint(color, amount));

    [Fact]
    public void Shade_mixes_with_black() => Assert.Equal("#103c5a", Colors.Shade("#1f77b4", 0.5));
}
