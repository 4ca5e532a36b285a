using Site.Generator.Diagnostics;
using static Site.Tests.Checks.CheckedSite;

namespace Site.Tests.Checks;

public sealed class SecurityRuleTests
{
    [Fact]
    public void A_script_in_content_fails_at_its_line()
    {
        using var site = With("a.md", Page("A", "Text.\n\n<script>\nif (1 < 2) { document.title = '<b>'; }\n</script>\n\nMore.\n"));

        var finding = site.Single("script-in-content");

        Assert.Equal(("a.md", 7, 1, Severity.Error), (finding.File, finding.Line, finding.Column, finding.Severity));
    }

    [Fact]
    public void The_themes_own_scripts_are_not_content()
    {
        using var site = With("a.md", Page("A", "Text.\n"));

        site.None("script-in-content");
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));
    }

    [Fact]
    public void An_inline_event_handler_fails_at_its_element()
    {
        using var site = With("a.md", Page("A", "Press <a href=\"/a/\" onclick=\"track()\">this</a> or\n<img src=\"/files/x.png\" alt=\"X\" onerror=\"steal()\">\n"), ("files/x.png", "x"));

        var findings = site.Findings("inline-event-handler");

        Assert.Equal([(5, 7), (6, 1)], findings.Select(f => (f.Line, f.Column)));
    }

    [Fact]
    public void A_javascript_url_fails_whether_written_in_markdown_or_html()
    {
        using var site = With("a.md", Page("A", "[Print](javascript:print())\n\n<a href=\" JavaScript:alert(1)\">Alert</a>\n"));

        var findings = site.Findings("javascript-url");

        Assert.Equal([5, 7], findings.Select(f => f.Line));
    }
}
