using System.Text;
using Site.Generator.Theme;
using Site.Generator.Theme.Email;

namespace Site.Tests.Theme;

public sealed class TrackedLinkPageTemplateTests
{
    private static readonly TrackedLinkPageModel Plain = new(
        "en-GB", "Test Safeguarding Partnership", "/assets/site.css", "/assets/favicon.svg", "Newsletter: March 2024",
        "Our neglect toolkit", "the page ‘Neglect toolkit’ on our website", "https://test.example.org/toolkits/neglect/?utm_source=newsletter&utm_campaign=march-2024");

    private static readonly TrackedLinkPageModel[] Awkward =
    [
        Plain,
        Plain with { LinkText = "\"Quoted\" & 'single' <b>not bold</b> a+b = c `tick`" },
        Plain with { LinkText = "Café, naïve, Ærø — “curly” ‘quotes’ … 😀 👩‍👧 日本語", Destination = "the page ‘Ünïcödé’ on our website" },
        Plain with { NewsletterTitle = "Newsletter: <March> & \"April\" 2024 🎉", SiteName = "Partners & <Friends> \"Ltd\"" },
        Plain with { Target = "https://example.com/a?b=1&c=\"2\"&d=<3>&e='4'+5#f", Destination = "the website example.com" },
        Plain with { Target = "mailto:training@example.org?subject=Hello%20there&body=A&B", LinkText = "email us" },
        Plain with { LinkText = "line\nbreak\ttab\r\u0001control \u00A0nbsp \u2028separator", Destination = "" },
        Plain with { LinkText = "lone \uD800 surrogate and \uDC00 other half" },
        Plain with { LinkText = "TrackedLinkPagePlaceholderTargetEnd", Language = "cy" },
        Plain with { Language = "", Stylesheet = "/assets/site.css?v=1&x=2", Favicon = "/assets/fav icon.svg" },
    ];

    public static TheoryData<TrackedLinkPageModel> Models() => new(Awkward);

    [Theory]
    [MemberData(nameof(Models))]
    public void Filling_in_the_template_gives_the_same_bytes_as_rendering_the_page(TrackedLinkPageModel model)
    {
        using var renderer = new PageRenderer();
        var rendered = renderer.RenderDocument<TrackedLinkPage>(new Dictionary<string, object?> { [nameof(TrackedLinkPage.Model)] = model });

        var written = TrackedLinkPageTemplate.Render().Write(model);

        Assert.Equal(rendered, Encoding.UTF8.GetString(written));
        Assert.Equal(Encoding.UTF8.GetBytes(rendered), written);
    }

    [Fact]
    public void One_template_writes_many_pages_each_with_only_its_own_values()
    {
        var template = TrackedLinkPageTemplate.Render();
        using var renderer = new PageRenderer();

        foreach (var model in Awkward)
        {
            var rendered = renderer.RenderDocument<TrackedLinkPage>(new Dictionary<string, object?> { [nameof(TrackedLinkPage.Model)] = model });
            Assert.Equal(rendered, Encoding.UTF8.GetString(template.Write(model)));
        }
    }
}
