using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Site.Generator.Checks;

namespace Site.Browser.Tests.AxeAgreement;

/// <summary>
/// Deliberately broken pages, checked by our rules and by axe-core in Chromium: for every axe rule we
/// claim to cover, every element axe reports must also be reported by the rule of ours that covers it.
/// Our rules may find more (they are stricter in places); they must not find less.
/// </summary>
public sealed class AxeAgreementTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>axe-core's rule id, and the id of our rule that covers it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Covered = new Dictionary<string, string>
    {
        ["html-has-lang"] = "html-has-lang",
        ["document-title"] = "document-title",
        ["image-alt"] = "image-alt",
        ["link-name"] = "link-name",
        ["button-name"] = "button-name",
        ["heading-order"] = "heading-order",
        ["page-has-heading-one"] = "page-has-heading-one",
        ["empty-heading"] = "empty-heading",
        ["duplicate-id"] = "duplicate-id",
        ["th-has-data-cells"] = "th-has-data-cells",
        ["scope-attr-valid"] = "scope-attr-valid",
        ["label"] = "label",
        ["frame-title"] = "frame-title",
        ["landmark-one-main"] = "landmark-one-main",
        ["landmark-no-duplicate-main"] = "landmark-one-main",
        ["meta-refresh"] = "meta-refresh",
        ["meta-viewport"] = "meta-viewport",
        ["list"] = "list",
        ["listitem"] = "listitem",
    };

    // axe-core 4.14 reports headers without data cells as "needs review", never as violations.
    private static readonly HashSet<string> ReviewedNotViolated = ["th-has-data-cells"];

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FixtureFolder(), "*.html").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Our_rules_report_every_element_axe_reports_for_the_rules_we_cover(string fixture)
    {
        var found = await AxeFindings(fixture);
        var ours = OurFindings(fixture, out var document);

        var missed = new List<string>();
        foreach (var (axeRule, selector) in found)
        {
            var element = document.QuerySelector(selector);
            Assert.True(element is not null, $"axe's selector '{selector}' ({axeRule}) matches nothing in our parse of {fixture}.");
            if (!ours.Any(f => f.Rule == Covered[axeRule] && f.Element == element))
            {
                missed.Add($"{axeRule} at {selector}: {element!.OuterHtml}");
            }
        }

        Assert.True(missed.Count == 0, $"Our rules missed what axe found in {fixture}:\n" + string.Join('\n', missed));
    }

    [Fact]
    public async Task The_fixtures_give_axe_something_to_find_for_every_rule_we_claim()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(FixtureFolder(), "*.html"))
        {
            foreach (var (rule, _) in await AxeFindings(Path.GetFileName(file)))
            {
                seen.Add(rule);
            }
        }

        Assert.Empty(Covered.Keys.Except(seen).Order(StringComparer.Ordinal));
    }

    /// <summary>axe's violations (and, for rules it only ever flags for review, its "incomplete" results) as rule and CSS selector.</summary>
    private async Task<List<(string Rule, string Selector)>> AxeFindings(string fixture)
    {
        var page = await browser.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(new Uri(Path.Combine(FixtureFolder(), fixture)).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = RunOnlyOptions.Rules([.. Covered.Keys]),

                // Deprecated and off by default in axe 4.14; still the clearest statement of the rule.
                Rules = new Dictionary<string, RuleOptions> { ["duplicate-id"] = new() { Enabled = true } },
            });

            var items = result.Violations.Concat(result.Incomplete.Where(i => ReviewedNotViolated.Contains(i.Id)));
            return items.SelectMany(item => item.Nodes.Select(node => (item.Id, node.Target.Selector))).ToList();
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static IReadOnlyList<Finding> OurFindings(string fixture, out IDocument document)
    {
        var path = Path.Combine(FixtureFolder(), fixture);
        document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(File.ReadAllText(path));
        var page = new CheckedPage("/" + Path.GetFileNameWithoutExtension(fixture) + "/", fixture, document, null, []);
        var outcome = SiteChecks.Run([page], new CheckSite
        {
            OutputPaths = new HashSet<string>(StringComparer.Ordinal) { fixture },
            Today = new DateOnly(2026, 11, 23),
            Positions = PositionSource.PublishedHtml,
            OutputFolderName = "fixtures",
        });
        return outcome.Findings;
    }

    private static string FixtureFolder([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "Fixtures");
}
