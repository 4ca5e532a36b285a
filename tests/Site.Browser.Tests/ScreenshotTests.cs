namespace Site.Browser.Tests;

/// <summary>
/// Screenshots of key pages at three widths, kept as test artifacts (TestResults/screenshots) for a
/// reviewer to look at; the test checks each is a real, non-empty image.
/// </summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class ScreenshotTests(DefaultSiteHost site)
{
    public static string Folder => Path.Combine(DefaultSiteHost.RepositoryRoot, "TestResults", "screenshots");

    [Theory]
    [InlineData(320)]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task Key_pages_are_captured_for_review(int width)
    {
        Directory.CreateDirectory(Folder);
        var (context, _) = await site.NewContextAsync(width);
        await using var _context = context;
        var page = await context.NewPageAsync();
        foreach (var (name, path) in new[]
        {
            ("home", "/"),
            ("learning-brief", "/learning-briefs/whos-in-charge-practice-review/"),
            ("newsletter", "/newsletters/december-2023/"),
            ("search", "/search/?q=neglect"),
        })
        {
            await page.GotoAsync(path);
            var file = Path.Combine(Folder, $"{name}-{width}.png");
            var png = await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            Assert.True(png.Length > 5_000, $"{file} is suspiciously small.");
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        }
    }
}
