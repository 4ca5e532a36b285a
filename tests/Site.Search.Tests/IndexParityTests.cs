using System.Text;
using System.Text.Json;
using Site.Search.Tests.Infrastructure;

namespace Site.Search.Tests;

/// <summary>
/// Builds every parity case with real lunr.js (one node run for all of them) and with the C# builder,
/// then runs each case's queries in lunr against both indexes (a second node run).
/// </summary>
public sealed class LunrParityFixture
{
    private readonly Lazy<Dictionary<string, string>> _lunrIndexes;
    private readonly Lazy<Dictionary<string, JsonElement>> _queryResults;

    public LunrParityFixture()
    {
        _lunrIndexes = new Lazy<Dictionary<string, string>>(BuildWithLunr);
        _queryResults = new Lazy<Dictionary<string, JsonElement>>(RunQueries);
    }

    public string LunrIndex(string caseName) => _lunrIndexes.Value[caseName];

    public JsonElement QueryResults(string caseName) => _queryResults.Value[caseName];

    internal static string BuildWithCSharp(IndexCase testCase)
    {
        var builder = new LunrIndexBuilder(testCase.Fields);
        foreach (var doc in testCase.Docs)
        {
            if (doc.Boost is { } boost)
            {
                builder.Add(doc.Ref, doc.Values, boost);
            }
            else
            {
                builder.Add(doc.Ref, doc.Values);
            }
        }

        using var stream = new MemoryStream();
        builder.WriteTo(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string WriteCases(string dir)
    {
        string path = Path.Combine(dir, "cases.json");
        new Json().Array(ParityCases.All, (j, c) =>
        {
            j.Raw("{\"name\":").String(c.Name).Raw(",\"fields\":").Array(c.Fields, (jf, f) =>
                jf.Raw("{\"name\":").String(f.Name).Raw(",\"boost\":").Number(f.Boost).Raw("}"));
            j.Raw(",\"docs\":").Array(c.Docs, (jd, d) =>
            {
                jd.Raw("{\"ref\":").String(d.Ref).Raw(",\"values\":").Array(d.Values, (jv, v) => jv.String(v));
                if (d.Boost is { } boost)
                {
                    jd.Raw(",\"boost\":").Number(boost);
                }

                jd.Raw("}");
            });
            j.Raw(",\"queries\":").Array(c.Queries, (jq, q) => jq.String(q)).Raw("}");
        }).WriteTo(path);
        return path;
    }

    private static Dictionary<string, string> BuildWithLunr()
    {
        string dir = Node.TempDirectory("lunr-build");
        string output = Path.Combine(dir, "lunr.txt");
        Node.Run("lunr-build.js", WriteCases(dir), output);
        string[] lines = File.ReadAllText(output, Encoding.UTF8).Split('\n');
        Node.DeleteDirectory(dir);
        var result = new Dictionary<string, string>();
        for (int i = 0; i < ParityCases.All.Count; i++)
        {
            result[ParityCases.All[i].Name] = lines[i];
        }

        return result;
    }

    private Dictionary<string, JsonElement> RunQueries()
    {
        string dir = Node.TempDirectory("lunr-query");
        string indexes = Path.Combine(dir, "csharp.txt");
        File.WriteAllText(indexes, string.Join('\n', ParityCases.All.Select(BuildWithCSharp)), new UTF8Encoding(false));
        string output = Path.Combine(dir, "results.json");
        Node.Run("lunr-query.js", WriteCases(dir), indexes, output);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(output));
        Node.DeleteDirectory(dir);
        var result = new Dictionary<string, JsonElement>();
        int i = 0;
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            result[ParityCases.All[i++].Name] = item.Clone();
        }

        return result;
    }
}

public sealed class IndexParityTests(LunrParityFixture lunr) : IClassFixture<LunrParityFixture>
{
    public static IEnumerable<object[]> CaseNames() => ParityCases.Names();

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Serialized_index_is_byte_identical_to_lunr(string caseName)
    {
        var testCase = ParityCases.Get(caseName);
        string expected = lunr.LunrIndex(caseName);
        string actual = LunrParityFixture.BuildWithCSharp(testCase);
        AssertSameText(expected, actual);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Lunr_finds_the_same_results_with_the_same_scores_in_the_CSharp_index(string caseName)
    {
        var results = lunr.QueryResults(caseName);
        Assert.True(results.GetArrayLength() > 0);
        foreach (var query in results.EnumerateArray())
        {
            string q = query.GetProperty("query").GetString()!;
            string own = query.GetProperty("lunr").GetRawText();
            string loaded = query.GetProperty("csharp").GetRawText();
            Assert.True(own == loaded, $"Query '{q}': lunr's index gave {own}, the C# index gave {loaded}");
        }
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void The_search_pages_loader_finds_what_lunr_Index_load_finds(string caseName)
    {
        foreach (var query in lunr.QueryResults(caseName).EnumerateArray())
        {
            string q = query.GetProperty("query").GetString()!;
            string loaded = query.GetProperty("csharp").GetRawText();
            string page = query.GetProperty("page").GetRawText();
            Assert.True(loaded == page, $"Query '{q}': lunr.Index.load gave {loaded}, search.js's loadIndex gave {page}");
        }
    }

    [Fact]
    public void Queries_find_documents_in_the_realistic_cases()
    {
        // Guards against a parity test that passes because nothing matches anything.
        foreach (string name in new[] { "english-prose", "site-fields", "generated-corpus" })
        {
            var results = lunr.QueryResults(name);
            int nonEmpty = results.EnumerateArray().Count(q => q.GetProperty("csharp") is { ValueKind: JsonValueKind.Array } a && a.GetArrayLength() > 0);
            Assert.True(nonEmpty >= 5, $"{name}: only {nonEmpty} queries found anything");
        }

        var neglect = lunr.QueryResults("site-fields").EnumerateArray().Single(q => q.GetProperty("query").GetString() == "negl*");
        Assert.Contains(neglect.GetProperty("csharp").EnumerateArray(), r => r[0].GetString() == "1");
    }

    internal static void AssertSameText(string expected, string actual)
    {
        if (expected == actual)
        {
            return;
        }

        int i = 0;
        while (i < expected.Length && i < actual.Length && expected[i] == actual[i])
        {
            i++;
        }

        int from = Math.Max(0, i - 120);
        string Around(string s) => s.Substring(Math.Min(from, s.Length), Math.Min(240, Math.Max(0, s.Length - from)));
        Assert.Fail($"Outputs differ at character {i} (lengths {expected.Length} vs {actual.Length}).\nlunr: …{Around(expected)}…\nC#:   …{Around(actual)}…");
    }
}
