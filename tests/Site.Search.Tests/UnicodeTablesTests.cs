using Site.Search.Tests.Infrastructure;

namespace Site.Search.Tests;

public sealed class UnicodeTablesTests
{
    [Fact]
    public void Generated_tables_match_the_Unicode_data_of_the_installed_node()
    {
        string generated = Node.Run("unicode-tables.js");
        string committed = File.ReadAllText(Path.Combine(Node.RepoRoot, "src", "Site.Search", "JsUnicodeTables.g.cs"));
        Assert.True(
            generated.ReplaceLineEndings() == committed.ReplaceLineEndings(),
            "node's Unicode data changed: regenerate with node tests/Site.Search.Tests/node/unicode-tables.js > src/Site.Search/JsUnicodeTables.g.cs");
    }
}
