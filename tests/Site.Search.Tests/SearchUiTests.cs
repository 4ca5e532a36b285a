using System.Globalization;
using System.Text;
using Site.Search.Tests.Infrastructure;

namespace Site.Search.Tests;

/// <summary>
/// Runs the node tests of theme/src/js/search.js (query cleaning, matching, filters, snippets and the
/// page behaviour on a fake DOM) against an index the C# builder writes for site-like documents.
/// </summary>
public sealed class SearchUiTests
{
    [Fact]
    public void Search_script_tests_pass_against_an_index_built_in_CSharp()
    {
        string dir = Node.TempDirectory("search-ui");
        var docs = ParityCases.Get("site-fields").Docs;
        var builder = new LunrIndexBuilder(ParityCases.SiteFields);
        var documents = new Json().Raw("[");
        for (int i = 0; i < docs.Length; i++)
        {
            var values = docs[i].Values;
            builder.Add(i.ToString(CultureInfo.InvariantCulture), values);
            string typeField = values[4]!;
            int space = typeField.IndexOf(' ', StringComparison.Ordinal);
            string body = values[3] ?? "";
            DateOnly? date = i % 3 == 2 ? null : new DateOnly(2024, 1, 1).AddDays(i * 17);
            if (i > 0)
            {
                documents.Raw(",");
            }

            documents.Raw("{\"url\":").String(i == 0 ? "/learning-briefs/child-d/" : $"/pages/{i}/")
                .Raw(",\"title\":").String(values[0])
                .Raw(",\"type\":").String(typeField[..space])
                .Raw(",\"typeLabel\":").String(typeField[(space + 1)..])
                .Raw(",\"summary\":").String(values[1])
                .Raw(",\"date\":").String(date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Raw(",\"dateText\":").String(date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))
                .Raw(",\"audience\":").Array(values[5]!.Split(' '), (j, a) => j.String(a))
                .Raw(",\"excerpt\":").String(body.Length > 400 ? body[..400] + "…" : body)
                .Raw("}");
        }

        documents.Raw("]").WriteTo(Path.Combine(dir, "documents.json"));
        using (var index = File.Create(Path.Combine(dir, "lunr-index.json")))
        {
            builder.WriteTo(index);
        }

        Node.EnsureLunr();
        string output;
        try
        {
            output = Node.Exec(
                "node",
                Node.ScriptDirectory,
                TimeSpan.FromMinutes(2),
                new Dictionary<string, string> { ["SEARCH_FIXTURE_DIR"] = dir },
                "--test", "--test-reporter=spec", Path.Combine(Node.ScriptDirectory, "search.test.js"));
        }
        catch (InvalidOperationException e)
        {
            Assert.Fail("search.js tests failed:\n" + e.Message);
            return;
        }
        finally
        {
            Node.DeleteDirectory(dir);
        }

        Assert.Contains("fail 0", output, StringComparison.Ordinal);
    }
}
