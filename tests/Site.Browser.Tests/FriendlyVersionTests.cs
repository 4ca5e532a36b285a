using Microsoft.Playwright;

namespace Site.Browser.Tests;

/// <summary>Each friendly version links to its full version and back, as a reader would follow them.</summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class FriendlyVersionTests(DefaultSiteHost site)
{
    [Fact]
    public async Task The_arrangements_and_their_friendly_version_link_both_ways()
    {
        var (context, _) = await site.NewContextAsync(768);
        await using var _context = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync("/arrangements/");

        await page.GetByRole(AriaRole.Link, new() { Name = "Read the version for parents and young people" }).ClickAsync();
        await page.WaitForURLAsync("**/arrangements/for-parents-and-young-people/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Read the full version" }).ClickAsync();
        await page.WaitForURLAsync("**/arrangements/");
    }
}
