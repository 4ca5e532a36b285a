using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Site.Browser.Tests;

/// <summary>Learning briefs print on one A4 page, scrutiny response briefs on at most two, without the site's chrome.</summary>
[Collection(DefaultSiteCollection.Name)]
public sealed partial class PrintTests(DefaultSiteHost site)
{
    [Fact]
    public async Task Every_learning_brief_prints_on_one_page_and_every_scrutiny_brief_on_at_most_two()
    {
        var (context, _) = await site.NewContextAsync(1280);
        await using var _context = context;
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        var briefs = site.Pages.Where(p => Regex.IsMatch(p, "^/(learning-briefs|scrutiny-responses)/[^/]+/$") && !p.Contains("/page/", StringComparison.Ordinal)).ToList();
        Assert.True(briefs.Count >= 9, $"Expected the default site's briefs, found {briefs.Count}.");

        foreach (var path in briefs)
        {
            await page.GotoAsync(path);
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = false });
            var pages = PageObject().Count(System.Text.Encoding.Latin1.GetString(pdf));
            var limit = path.StartsWith("/learning-briefs/", StringComparison.Ordinal) ? 1 : 2;
            if (pages > limit)
            {
                failures.Add($"{path} prints on {pages} pages (at most {limit}).");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task Print_hides_navigation_and_shows_where_links_go()
    {
        var (context, _) = await site.NewContextAsync(1280);
        await using var _context = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync("/toolkits/exploitation/");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator("header").First.IsVisibleAsync());
        Assert.False(await page.Locator("footer").First.IsVisibleAsync());
        Assert.False(await page.Locator("nav").First.IsVisibleAsync());
        var shown = await page.EvaluateAsync<string>("""
            () => { const a = [...document.querySelectorAll('main a[href^="http"]')][0]; return a ? getComputedStyle(a, '::after').content : 'none'; }
            """);
        Assert.Contains("http", shown, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageObject();
}
