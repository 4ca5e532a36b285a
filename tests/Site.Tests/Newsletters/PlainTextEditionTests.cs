using AngleSharp.Html.Parser;
using Site.Generator.Newsletters;

namespace Site.Tests.Newsletters;

public sealed class PlainTextEditionTests
{
    [Fact]
    public void Lines_wrap_at_word_boundaries_and_a_long_address_stays_whole()
    {
        var lines = TextWrap.Lines("See the guidance (https://test.example.org/go/march-2024/a-very-long-link-id-that-does-not-fit/) today.", 30);

        Assert.Equal(new[] { "See the guidance", "(https://test.example.org/go/march-2024/a-very-long-link-id-that-does-not-fit/)", "today." }, lines);
    }

    [Fact]
    public void Lists_quotes_tables_and_breaks_keep_their_shape()
    {
        var body = new HtmlParser().ParseDocument("""
            <ol><li>First step, which is long enough to need wrapping onto a second line here</li><li>Second</li></ol>
            <blockquote><p>Quoted</p></blockquote>
            <table><thead><tr><th>Course</th><th>Date</th></tr></thead><tbody><tr><td>5a</td><td>May</td></tr></tbody></table>
            <p>Line one<br>Line two <a href="https://x.example/go/a/">link</a></p>
            """).Body!;

        var text = string.Join("\n\n", PlainTextEdition.Blocks(body, 40).Select(b => string.Join('\n', b)));

        Assert.Equal("""
            1. First step, which is long enough to
               need wrapping onto a second line here
            2. Second

            > Quoted

            Course | Date
            5a | May

            Line one
            Line two link (https://x.example/go/a/)
            """.ReplaceLineEndings("\n"), text);
    }
}
