using System.Text;

namespace Site.Search.Tests;

public sealed class BuilderApiTests
{
    private static readonly SearchField[] Fields = [new("title", 10), new("body")];

    private static string Write(LunrIndexBuilder builder)
    {
        using var stream = new MemoryStream();
        builder.WriteTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void An_empty_builder_writes_an_empty_index()
    {
        Assert.Equal(
            "{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"],\"fieldVectors\":[],\"invertedIndex\":[],\"pipeline\":[\"stemmer\"]}",
            Write(new LunrIndexBuilder(Fields)));
    }

    [Fact]
    public void A_small_index_has_lunrs_shape()
    {
        // The string lunr.js 2.3.9 prints for the same document (JSON.stringify of the built index).
        var builder = new LunrIndexBuilder(Fields);
        builder.Add("0", ["Neglect", "Children neglected"]);
        Assert.Equal(
            "{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"],\"fieldVectors\":[[\"title/0\",[0,1.823]],[\"body/0\",[0,0.182,1,0.288]]],"
            + "\"invertedIndex\":[[\"children\",{\"_index\":1,\"title\":{},\"body\":{\"0\":{}}}],[\"neglect\",{\"_index\":0,\"title\":{\"0\":{}},\"body\":{\"0\":{}}}]],"
            + "\"pipeline\":[\"stemmer\"]}",
            Write(builder));
    }

    [Fact]
    public void Writing_twice_gives_the_same_bytes_and_documents_can_still_be_added()
    {
        var builder = new LunrIndexBuilder(Fields);
        builder.Add("a", ["Child", "Plan"]);
        string first = Write(builder);
        Assert.Equal(first, Write(builder));
        builder.Add("b", ["Family", "Help"]);
        Assert.NotEqual(first, Write(builder));
        Assert.Equal(2, builder.DocumentCount);
        Assert.Equal(4, builder.TermCount);
    }

    [Fact]
    public void A_repeated_ref_is_refused()
    {
        var builder = new LunrIndexBuilder(Fields);
        builder.Add("a", ["Child", "Plan"]);
        Assert.Throws<ArgumentException>(() => builder.Add("a", ["Other", "Text"]));
    }

    [Fact]
    public void The_number_of_values_must_match_the_fields()
    {
        var builder = new LunrIndexBuilder(Fields);
        Assert.Throws<ArgumentException>(() => builder.Add("a", ["Only one"]));
        Assert.Throws<ArgumentNullException>(() => builder.Add(null!, ["a", "b"]));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("_index")]
    [InlineData("0")]
    [InlineData("42")]
    [InlineData("constructor")]
    [InlineData("__proto__")]
    [InlineData("toString")]
    public void Field_names_lunr_cannot_index_faithfully_are_refused(string name) =>
        Assert.Throws<ArgumentException>(() => new LunrIndexBuilder([new SearchField(name)]));

    [Fact]
    public void A_repeated_field_is_refused() =>
        Assert.Throws<ArgumentException>(() => new LunrIndexBuilder([new SearchField("title"), new SearchField("title", 2)]));

    [Theory]
    [InlineData("0", true, 0u)]
    [InlineData("4294967294", true, 4294967294u)]
    [InlineData("4294967295", false, 0u)]
    [InlineData("007", false, 0u)]
    [InlineData("-1", false, 0u)]
    [InlineData("1.5", false, 0u)]
    [InlineData("", false, 0u)]
    [InlineData("12345678901", false, 0u)]
    public void Array_index_keys_are_recognised_as_JavaScript_does(string key, bool expected, uint value)
    {
        Assert.Equal(expected, LunrIndexBuilder.IsArrayIndex(key, out uint parsed));
        Assert.Equal(value, parsed);
    }
}
