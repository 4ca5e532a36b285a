using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Site.Browser.Tests;

/// <summary>
/// Every page of the default site at phone, tablet and desktop widths: axe-core finds no WCAG 2.2 A/AA
/// violation, nothing scrolls sideways at 320 px, the console stays clean and no request leaves the site.
/// </summary>
[Collection(DefaultSiteCollection.Name)]
public sealed class EveryPageTests(DefaultSiteHost site)
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    };

    [Theory]
    [InlineData(320)]
    [InlineData(768)]
    [InlineData(1280)]
    public async Task Every_page_passes_axe_and_keeps_to_the_site(int width)
    {
        var problems = new List<string>();
        var (context, offsite) = await site.NewContextAsync(width);
        await using (context)
        {
            // Two tabs at once: the machine has two cores.
            var queue = new Queue<string>(site.Pages);
            await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
            {
                var page = await context.NewPageAsync();
                var console = new List<string>();
                page.Console += (_, message) =>
                {
                    if (message.Type is "error" or "warning")
                    {
                        lock (console)
                        {
                            console.Add($"{page.Url}: {message.Text}");
                        }
                    }
                };
                page.PageError += (_, error) =>
                {
                    lock (console)
                    {
                        console.Add($"{page.Url}: {error}");
                    }
                };

                while (true)
                {
                    string path;
                    lock (queue)
                    {
                        if (!queue.TryDequeue(out path!))
                        {
                            break;
                        }
                    }

                    var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
                    var issues = new List<string>();
                    if (response is null || (response.Status != 200 && path != "/404.html"))
                    {
                        issues.Add($"answered {response?.Status}");
                    }

                    var results = await page.RunAxe(WcagAA);
                    issues.AddRange(results.Violations.Select(v =>
                        $"axe {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}"));
                    if (width == 320)
                    {
                        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                        if (overflow > 0)
                        {
                            issues.Add($"scrolls sideways by {overflow} px at 320 px");
                        }
                    }

                    lock (problems)
                    {
                        problems.AddRange(issues.Select(i => $"{path}: {i}"));
                    }
                }

                lock (problems)
                {
                    problems.AddRange(console.Select(c => $"console: {c}"));
                }

                await page.CloseAsync();
            }));
        }

        problems.AddRange(offsite.Select(url => $"requested another host: {url}"));
        Assert.True(problems.Count == 0, $"{problems.Count} problems at {width} px:\n" + string.Join('\n', problems));
    }
}
