using Site.Generator.Checks.PlainLanguage;
using Site.Generator.Diagnostics;
using static Site.Tests.Checks.CheckedSite;

namespace Site.Tests.Checks;

public sealed class PlainLanguageRuleTests
{
    private const string ForFamilies = "audience: [families]\n";

    private const string Glossary = "- term: MASH\n  stands-for: Multi-Agency Safeguarding Hub\n  meaning: The team that decides what happens next.\n";

    // Ordinary professional prose: about 30 words a sentence and 1.9 syllables a word, a reading age over 20.
    private static readonly string HardText = string.Join(' ', Enumerable.Repeat(
        "The partnership's arrangements require each organisation to evidence effective governance, to demonstrate " +
        "timely information sharing with other agencies and to evaluate the impact of its interventions on outcomes for children.", 6));

    private static readonly string EasyText = string.Join(' ', Enumerable.Repeat(
        "If you are worried about a child, call us. We will listen to you. We will help the child and the family.", 8));

    [Fact]
    public void A_family_page_above_the_target_reading_age_is_a_warning_at_the_start_of_its_text()
    {
        using var site = With("help.md", Page("Help", HardText + "\n", ForFamilies));

        var finding = site.Single("reading-age");

        Assert.Equal(("help.md", 6, 1, Severity.Warning), (finding.File, finding.Line, finding.Column, finding.Severity));
        Assert.Contains("should be readable at 11", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_family_page_and_a_hard_practitioner_page_pass_the_reading_age()
    {
        using var easy = With("help.md", Page("Help", EasyText + "\n", ForFamilies));
        using var practitioners = With("guide.md", Page("Guide", HardText + "\n", "audience: [practitioners]\n"));

        easy.None("reading-age");
        practitioners.None("reading-age");
    }

    [Fact]
    public void A_friendly_version_is_held_to_plain_language_whatever_its_audience()
    {
        using var site = With("arrangements/easy.md", Page("Easy read", HardText + "\n", "friendly-version-of: arrangements/index.md\n"),
            ("arrangements/index.md", Page("Arrangements", "Full text.\n")));

        Assert.Single(site.Findings("reading-age"));
    }

    [Fact]
    public void The_reading_age_target_comes_from_the_settings()
    {
        using var site = new CheckedSite(
            new Dictionary<string, string> { ["help.md"] = Page("Help", HardText + "\n", ForFamilies) },
            Settings + "checks:\n  reading-age: 30\n");

        site.None("reading-age");
    }

    [Fact]
    public void A_sentence_over_25_words_is_a_warning_at_its_own_line_inside_the_paragraph()
    {
        using var site = With("help.md", Page("Help",
            "We help families.\nIf you are worried about a child because of something you have seen or heard at home or at school or online then you should call us straight away today.\nThank you.\n",
            ForFamilies));

        var finding = site.Single("long-sentence");

        Assert.Equal(("help.md", 7), (finding.File, finding.Line));
        Assert.Contains("30 words", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_to_avoid_are_reported_once_each_with_the_plain_alternative()
    {
        using var site = With("help.md", Page("Help", "We want to help.\n\nIn order to help we utilise our team.\nWe utilised it before.\n", ForFamilies));

        var findings = site.Findings("words-to-avoid");

        Assert.Equal(2, findings.Count);
        var utilise = findings.Single(f => f.Message.Contains("utilise", StringComparison.Ordinal));
        Assert.Equal(("help.md", 8, "Write \"use\" instead."), (utilise.File, utilise.Line, utilise.Fix));
        Assert.Contains("2 times", utilise.Message, StringComparison.Ordinal);
        Assert.Contains(findings, f => f.Message.Contains("In order to", StringComparison.Ordinal));
    }

    [Fact]
    public void An_acronym_not_explained_where_first_used_on_a_family_page_is_a_warning_with_the_glossary_words()
    {
        using var site = With("help.md", Page("Help", "We help.\n\nCall the MASH today. The MASH will help.\n", ForFamilies), ("data/glossary.yml", Glossary));

        var finding = site.Single("acronym-explained");

        Assert.Equal(("help.md", 8), (finding.File, finding.Line));
        Assert.Contains("Multi-Agency Safeguarding Hub (MASH)", finding.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Call the Multi-Agency Safeguarding Hub (MASH) today.")]
    [InlineData("Call the MASH (Multi-Agency Safeguarding Hub) today.")]
    [InlineData("Call the multi-agency safeguarding hub, or MASH, today.")]
    [InlineData("Call the [MASH](/glossary/#term-mash) today.")]
    [InlineData("Call the <abbr title=\"Multi-Agency Safeguarding Hub\">MASH</abbr> today.")]
    public void An_acronym_explained_in_any_of_the_accepted_ways_passes(string text)
    {
        using var site = With("help.md", Page("Help", text + " The MASH will help.\n", ForFamilies), ("data/glossary.yml", Glossary),
            ("glossary.md", Page("Glossary", "{{< glossary >}}\n")));

        site.None("acronym-explained");
    }

    [Fact]
    public void An_acronym_missing_from_the_glossary_is_one_warning_for_all_the_pages_that_use_it()
    {
        using var site = With("a.md", Page("A", "Read the CSPR and ask the MASH.\n"), ("b.md", Page("B", "Intro.\n\nThe CSPR found gaps.\n")),
            ("data/glossary.yml", Glossary));

        var finding = site.Single("acronym-in-glossary");

        Assert.Equal(("a.md", 5), (finding.File, finding.Line));
        Assert.Contains("\"CSPR\"", finding.Message, StringComparison.Ordinal);
        Assert.Contains("on 2 pages", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the", 1)]
    [InlineData("make", 1)]
    [InlineData("table", 2)]
    [InlineData("jumped", 1)]
    [InlineData("wanted", 2)]
    [InlineData("boxes", 2)]
    [InlineData("makes", 1)]
    [InlineData("children", 2)]
    [InlineData("people", 2)]
    [InlineData("agency", 3)]
    [InlineData("multi-agency", 5)]
    [InlineData("family", 3)]
    [InlineData("2024", 1)]
    public void Syllables_are_counted_by_the_documented_heuristic(string word, int expected) =>
        Assert.Equal(expected, Syllables.In(word));

    [Fact]
    public void Flesch_Kincaid_grade_follows_the_published_formula()
    {
        // 2 sentences, 20 words, 30 syllables: 0.39 × 10 + 11.8 × 1.5 − 15.59 = 6.01.
        var score = new ReadabilityScore(2, 20, 30);

        Assert.Equal(6.01, score.Grade, 2);
        Assert.Equal(11.01, score.ReadingAge, 2);
    }
}
