using System.Text.Json;

namespace Site.Search.Tests;

/// <summary>
/// lunr behaviours the builder reproduces on purpose. Each test reads the index real lunr built for a
/// small case (so the behaviour is lunr's, not an assumption) and checks the C# index is the same.
/// </summary>
public sealed class QuirkTests(LunrParityFixture lunr) : IClassFixture<LunrParityFixture>
{
    private sealed record ParsedIndex(
        Dictionary<string, Dictionary<int, double>> Vectors,
        List<string> Terms,
        Dictionary<string, (int Index, Dictionary<string, List<string>> Fields)> Postings);

    private ParsedIndex Lunr(string caseName)
    {
        string json = lunr.LunrIndex(caseName);
        IndexParityTests.AssertSameText(json, LunrParityFixture.BuildWithCSharp(ParityCases.Get(caseName)));
        return Parse(json);
    }

    private static ParsedIndex Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var vectors = new Dictionary<string, Dictionary<int, double>>();
        foreach (var v in doc.RootElement.GetProperty("fieldVectors").EnumerateArray())
        {
            var elements = v[1].EnumerateArray().ToList();
            var map = new Dictionary<int, double>();
            for (int i = 0; i < elements.Count; i += 2)
            {
                map[elements[i].GetInt32()] = elements[i + 1].ValueKind == JsonValueKind.Null ? double.NaN : elements[i + 1].GetDouble();
            }

            vectors[v[0].GetString()!] = map;
        }

        var terms = new List<string>();
        var postings = new Dictionary<string, (int, Dictionary<string, List<string>>)>();
        foreach (var entry in doc.RootElement.GetProperty("invertedIndex").EnumerateArray())
        {
            string term = entry[0].GetString()!;
            terms.Add(term);
            int index = -1;
            var fields = new Dictionary<string, List<string>>();
            foreach (var property in entry[1].EnumerateObject())
            {
                if (property.Name == "_index")
                {
                    index = property.Value.GetInt32();
                }
                else
                {
                    fields[property.Name] = [.. property.Value.EnumerateObject().Select(p => p.Name)];
                }
            }

            postings[term] = (index, fields);
        }

        return new ParsedIndex(vectors, terms, postings);
    }

    private static double Bm25(int documents, int withTerm, int tf, double fieldLength, double averageLength, double boost = 1)
    {
        double idf = Math.Log(1 + Math.Abs((documents - withTerm + 0.5) / (withTerm + 0.5)));
        double score = idf * (2.2 * tf) / ((1.2 * (1 - 0.75 + (0.75 * (fieldLength / averageLength)))) + tf) * boost;
        return Math.Round(score * 1000, MidpointRounding.AwayFromZero) / 1000;
    }

    [Fact]
    public void A_token_of_punctuation_only_becomes_the_empty_term_and_counts_towards_field_length()
    {
        var index = Lunr("quirk-empty-token");
        Assert.Equal("", index.Terms[0]);
        Assert.Equal(["A"], index.Postings[""].Fields["body"]);

        // Body of A: "—", "child", "…" -> terms "", "child", "" (length 3), of B: "child" (length 1), so the
        // average body length is 2. "child" is in 4 document fields.
        int child = index.Postings["child"].Index;
        Assert.Equal(Bm25(2, 4, 1, 3, 2), index.Vectors["body/A"][child]);
        Assert.Equal(Bm25(2, 4, 1, 1, 2), index.Vectors["body/B"][child]);
    }

    [Fact]
    public void Document_frequency_counts_a_document_once_per_field_containing_the_term()
    {
        var index = Lunr("quirk-df-across-fields");
        int child = index.Postings["child"].Index;

        // "child" is in the title and the body of document 1 only, yet idf sees two documents.
        Assert.Equal(Bm25(3, 2, 1, 1, 1), index.Vectors["title/1"][child]);
        Assert.NotEqual(Bm25(3, 1, 1, 1, 1), index.Vectors["title/1"][child]);
    }

    [Fact]
    public void Average_field_length_is_taken_over_all_documents_including_those_without_the_field()
    {
        var index = Lunr("quirk-average-over-all-documents");
        int red = index.Postings["red"].Index;

        // Only document 1 has a summary (4 terms); the average is 4 / 4 documents = 1, not 4.
        Assert.Equal(Bm25(4, 1, 1, 4, 1), index.Vectors["summary/1"][red]);
        Assert.NotEqual(Bm25(4, 1, 1, 4, 4), index.Vectors["summary/1"][red]);
    }

    [Fact]
    public void Every_field_appears_in_every_posting_even_when_empty()
    {
        var index = Lunr("quirk-df-across-fields");
        foreach (var (_, fields) in index.Postings.Values)
        {
            Assert.Equal(["title", "summary", "body"], fields.Keys);
        }

        Assert.Empty(index.Postings["child"].Fields["summary"]);
    }

    [Fact]
    public void Terms_are_sorted_by_UTF16_code_units_not_code_points()
    {
        var index = Lunr("quirk-utf16-order");

        // U+1F600 is stored as D83D DE00, which sorts before U+FF5A although the code point is larger.
        Assert.Equal(["xaq", "xzq", "x\u00e9q", "x\u00ffq", "x\u0101q", "x😀q", "x\uff5aq"], index.Terms);
    }

    [Fact]
    public void Integer_like_refs_come_first_in_postings_in_numeric_order()
    {
        var index = Lunr("integer-refs-out-of-order");

        // Refs were added as 10, 2, b, 1, a, 007, 4294967295, 4294967294, 0, -1, 1.5: JavaScript objects list
        // array-index keys (up to 4294967294) first, ascending, then the rest in insertion order.
        Assert.Equal(["0", "1", "2", "10", "4294967294", "b", "a", "007", "4294967295", "-1", "1.5"], index.Postings["child"].Fields["title"]);

        // Field vectors keep insertion order: their keys ("title/10") are never array indexes.
        Assert.StartsWith("title/10", index.Vectors.Keys.First(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_boost_of_zero_or_NaN_counts_as_one()
    {
        var index = Lunr("document-boosts");
        int child = index.Postings["child"].Index;
        double unboosted = index.Vectors["title/b9"][child];
        Assert.Equal(unboosted, index.Vectors["title/b3"][child]);
        Assert.Equal(unboosted, index.Vectors["title/b4"][child]);
        Assert.Equal(2 * unboosted, index.Vectors["title/b1"][child], 3);
    }

    [Fact]
    public void Scores_are_written_as_JavaScript_numbers_including_exponents_and_null()
    {
        string json = lunr.LunrIndex("document-boosts");
        Assert.Equal(json, LunrParityFixture.BuildWithCSharp(ParityCases.Get("document-boosts")));
        Assert.Contains("e+2", json, StringComparison.Ordinal); // boost 1e25
        Assert.Matches(@",0\.00[1-9][,\]]", json); // boost 0.02: thousandths without trailing zeros
        Assert.Contains(",null", json, StringComparison.Ordinal); // an infinite boost: JSON.stringify(Infinity)
        Assert.Contains(",-0.", json, StringComparison.Ordinal); // a negative boost
        Assert.DoesNotContain(".0,", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Stop_words_are_removed_after_trimming_but_stems_that_equal_stop_words_stay()
    {
        Assert.Null(LunrPipeline.Process("(the)"));
        Assert.Null(LunrPipeline.Process("the."));
        Assert.Equal("the", LunrPipeline.Process("thes")); // stemmed after the filter
        Assert.Null(LunrPipeline.Process("wants"));
        Assert.Equal("want", LunrPipeline.Process("want"));
    }

    [Fact]
    public void Trimmer_strips_non_ASCII_letters_at_the_edges_of_a_token()
    {
        Assert.Equal("caf", LunrPipeline.Process("café"));
        Assert.Equal("røskøbing", LunrPipeline.Process("ærøskøbing")); // no a, e, i, o, u, y left before "ing"
        Assert.Equal("", LunrPipeline.Process("北京"));
        Assert.Equal("naïv", LunrPipeline.Process("naïve"));
    }
}
