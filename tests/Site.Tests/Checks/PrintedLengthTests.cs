using AngleSharp.Html.Parser;
using Site.Generator.Checks.Publishing;

namespace Site.Tests.Checks;

public sealed class PrintedLengthTests
{
    private const string Content =
        "<p>One two three.</p><ul><li>Four</li><li hidden>Five six</li></ul>"
        + "<div aria-hidden=\"true\"><p>Seven</p><h2>Eight</h2></div>"
        + "<table><tr><td>Nine, ten</td></tr></table><section><h3>Eleven</h3></section>";

    [Fact]
    public void Words_and_blocks_are_counted_leaving_out_hidden_elements_and_what_they_hold()
    {
        var main = new HtmlParser().ParseDocument($"<main>{Content}</main>").QuerySelector("main")!;

        var length = PrintedLength.Of(main);

        // p, the visible li, tr and h3; the words of those four.
        Assert.Equal((7, 4), (length.Words, length.Blocks));
        Assert.Equal(7 + (PrintedLength.WordsPerBlock * 4), length.Size);
    }

    [Fact]
    public void Main_inside_a_hidden_element_puts_no_blocks_on_paper()
    {
        var main = new HtmlParser().ParseDocument($"<div hidden><main>{Content}</main></div>").QuerySelector("main")!;

        Assert.Equal(0, PrintedLength.Of(main).Blocks);
    }
}
