using Microsoft.Playwright;

namespace Site.Browser.Tests;

/// <summary>The site works from the keyboard alone, and Exit this page works by button and by Shift three times.</summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class KeyboardTests(DefaultSiteHost site)
{
    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_focus_to_the_main_content()
    {
        var (context, _) = await site.NewContextAsync(1280);
        await using var _context = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync("/learning-briefs/");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Trim());
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.getBoundingClientRect().height > 0"), "The skip link is not shown when focused.");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main-content", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/report-a-concern/")]
    [InlineData("/learning-briefs/whos-in-charge-practice-review/")]
    [InlineData("/search/")]
    public async Task Every_interactive_element_is_reached_by_tab_and_shows_focus(string path)
    {
        var (context, _) = await site.NewContextAsync(1280);
        await using var _context = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        var expected = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex=\"-1\"])')]" +
            ".filter(e => !e.disabled && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').length");

        var reached = new HashSet<string>();
        var unfocusedLooks = new List<string>();
        for (var i = 0; i < expected + 20 && reached.Count < expected; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var state = await page.EvaluateAsync<string[]>("""
                () => {
                  const e = document.activeElement;
                  if (!e || e === document.body) return ['', ''];
                  const s = getComputedStyle(e);
                  const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'
                    || s.backgroundColor === 'rgb(255, 221, 0)' || s.textDecorationThickness !== 'auto';
                  const path = [];
                  for (let n = e; n && n !== document.body; n = n.parentElement) path.unshift(n.tagName + ':' + [...n.parentElement.children].indexOf(n));
                  return [path.join('/'), visible ? 'yes' : (e.outerHTML.slice(0, 120))];
                }
                """);
            if (state[0].Length == 0)
            {
                continue;
            }

            reached.Add(state[0]);
            if (state[1] != "yes")
            {
                unfocusedLooks.Add(state[1]);
            }
        }

        Assert.True(reached.Count >= expected, $"Tab reached {reached.Count} of {expected} interactive elements on {path}.");
        Assert.True(unfocusedLooks.Count == 0, "No visible focus on:\n" + string.Join('\n', unfocusedLooks));
    }

    [Fact]
    public async Task Exit_this_page_button_goes_to_the_configured_destination()
    {
        var (context, offsite) = await site.NewContextAsync(1280);
        await using var _context = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync("/report-a-concern/");

        await page.GetByRole(AriaRole.Button, new() { Name = "Exit this page" }).First.ClickAsync();
        await page.WaitForURLAsync("https://www.bbc.co.uk/weather**");

        Assert.Contains(offsite, url => url.StartsWith("https://www.bbc.co.uk/weather", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pressing_shift_three_times_exits_the_page()
    {
        var (context, _) = await site.NewContextAsync(1280);
        await using var _context = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staying-safe-online/");

        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("Shift");
        }

        await page.WaitForURLAsync("https://www.bbc.co.uk/weather**", new() { Timeout = 10_000 });
        Assert.StartsWith("https://www.bbc.co.uk/weather", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_finds_a_known_page_by_keyboard_alone()
    {
        var (context, _) = await site.NewContextAsync(1280);
        await using var _context = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");

        await page.FocusAsync("#search-q");
        await page.Keyboard.TypeAsync("who's in charge");
        await page.Keyboard.PressAsync("Enter");
        var result = page.Locator("#search-results a[href='/learning-briefs/whos-in-charge-practice-review/']");
        await result.WaitForAsync(new() { Timeout = 10_000 });
        Assert.Contains("result", await page.TextContentAsync("#search-status") ?? "", StringComparison.Ordinal);

        for (var i = 0; i < 60 && await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')") != "/learning-briefs/whos-in-charge-practice-review/"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/learning-briefs/whos-in-charge-practice-review/");
    }
}
