using Site.Generator.Diagnostics;
using static Site.Tests.Checks.CheckedSite;

namespace Site.Tests.Checks;

public sealed class PublishingRuleTests
{
    private const string Brief = "date: 2024-01-10\nsource: multi-agency-audit\n";

    private const string Scrutiny = "date: 2024-01-10\nscrutineer: Jane Doe\nrecommendations:\n  - recommendation: Publish the data.\n    response: We will.\n    owner: Business unit\n    status: in-progress\n    due: 2024-06-01\n";

    [Fact]
    public void A_passed_review_date_is_a_warning_at_the_review_by_line()
    {
        using var site = With("a.md", Page("A", "Text.\n", "review-by: 2025-01-31\n"));

        var finding = site.Single("review-by-passed");

        Assert.Equal(("a.md", 4, Severity.Warning), (finding.File, finding.Line, finding.Severity));
        Assert.Contains("31 January 2025", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_date_still_to_come_passes()
    {
        using var site = With("a.md", Page("A", "Text.\n", "review-by: 2027-01-31\n"));

        site.None("review-by-passed");
    }

    [Fact]
    public void A_page_without_a_summary_is_a_warning_at_its_title()
    {
        using var site = With("a.md", "---\ntitle: A\n---\nText.\n");

        var finding = site.Single("missing-summary");

        Assert.Equal(("a.md", 2, Severity.Warning), (finding.File, finding.Line, finding.Severity));
    }

    [Fact]
    public void A_learning_brief_over_one_printed_page_fails_and_a_short_one_passes()
    {
        var longBody = string.Concat(Enumerable.Range(1, 12).Select(i => $"## Part {i}\n\n" + string.Join(' ', Enumerable.Repeat("Practitioners should record the child's views.", 8)) + "\n\n"));
        using var site = With("learning-briefs/long.md", Page("Long", longBody, Brief),
            ("learning-briefs/short.md", Page("Short", "## Why it matters\n\nNeglect is the most common reason for a child protection plan.\n", Brief)));

        var finding = site.Single("learning-brief-length");

        Assert.Equal(("learning-briefs/long.md", 2, Severity.Error), (finding.File, finding.Line, finding.Severity));
        Assert.Contains("one printed page", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scrutiny_response_over_two_printed_pages_fails_and_a_short_one_passes()
    {
        var longBody = string.Concat(Enumerable.Range(1, 30).Select(i => $"## Part {i}\n\n" + string.Join(' ', Enumerable.Repeat("The partnership will publish its data every quarter.", 8)) + "\n\n"));
        using var site = With("scrutiny-responses/long.md", Page("Long", longBody, Scrutiny),
            ("scrutiny-responses/short.md", Page("Short", "## Summary\n\nWe accepted every recommendation.\n", Scrutiny)));

        var finding = site.Single("scrutiny-response-length");

        Assert.Equal(("scrutiny-responses/long.md", 2), (finding.File, finding.Line));
        Assert.Contains("2 printed pages", finding.Message, StringComparison.Ordinal);
    }
}
