using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Site.Generator.Build;
using Site.Generator.Content;
using Site.Generator.Data;
using Site.Generator.Diagnostics;
using Site.Generator.Markdown;
using Site.Generator.Newsletters.Css;
using Site.Generator.Theme;
using Site.Generator.Theme.Email;
using Site.Generator.Urls;

namespace Site.Generator.Newsletters;

/// <summary>
/// Publishes what the comms team sends for each newsletter, next to its web edition: the email
/// edition (<c>email.html</c>, <c>email.txt</c>), the list of its tracked links (<c>links.json</c>),
/// and the page behind each tracked link (<c>/go/&lt;newsletter&gt;/&lt;link&gt;/</c>).
/// </summary>
public static class NewsletterEditions
{
    public const string OpenTrackingRule = "newsletter-open-tracking";

    private const string Doctype = "<!DOCTYPE html>\n";

    /// <param name="site">The site as the theme sees it.</param>
    /// <param name="parsed">The newsletters' parsed Markdown (for source positions); other documents may be left out.</param>
    /// <param name="rendered">Every published document's rendered body.</param>
    /// <param name="output">Where the files go.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static void Publish(
        SiteContext site,
        IReadOnlyList<ParsedDocument> parsed,
        IReadOnlyList<RenderedDocument> rendered,
        OutputSet output,
        DiagnosticBag diagnostics)
    {
        var newsletters = Select(rendered, diagnostics);
        if (newsletters.Count == 0)
        {
            return;
        }

        var baseUrl = site.Settings.BaseUrl;
        if (baseUrl.Scheme != Uri.UriSchemeHttps)
        {
            diagnostics.Add(Diagnostic.Error(SourceSpan.WholeFile(SettingsReader.FileName),
                $"Newsletter email editions need the site's base-url to start with https://, but it is {baseUrl}.",
                "Set base-url in site.yml to the site's https:// address."));
            return;
        }

        if (site.Settings.Newsletters.OpenTracking)
        {
            diagnostics.Add(Diagnostic.Warning(SourceSpan.WholeFile(SettingsReader.FileName),
                "Newsletter open tracking is on: each email edition has a tracking image, and under PECR readers must consent to it before it is used.",
                "Only send these email editions to readers who have agreed to open tracking, or set newsletters: open-tracking: false in site.yml.",
                OpenTrackingRule));
        }

        var markdown = parsed.ToDictionary(p => p.Source.SourcePath, StringComparer.Ordinal);
        var linkPage = TrackedLinkPageTemplate.Render();
        using var workers = new RenderWorkers();
        Parallel.ForEach(
            newsletters,
            workers.Rent,
            (newsletter, _, worker) =>
            {
                Publish(site, newsletter, markdown[newsletter.Source.SourcePath], worker.Renderer, worker.Parser, linkPage, output, diagnostics);
                return worker;
            },
            workers.Return);
    }

    private static void Publish(
        SiteContext site,
        RenderedDocument newsletter,
        ParsedDocument markdown,
        PageRenderer renderer,
        HtmlParser parser,
        TrackedLinkPageTemplate linkPage,
        OutputSet output,
        DiagnosticBag diagnostics)
    {
        var source = newsletter.Source;
        var slug = source.Slug;
        var baseUrl = site.Settings.BaseUrl;
        LinkIdChecks.Run(markdown, diagnostics);
        var positions = SourcePositions.Of(markdown, source.Url, baseUrl);
        SourceSpan? At(string url) => positions.TryGetValue(url, out var span) ? span : null;

        var body = NewsletterBody.Parse(newsletter.Body, source.Url, parser).Body!;
        var plan = EmailLinks.Track(body, slug, source.Url, baseUrl);
        foreach (var unusable in plan.Unusable)
        {
            diagnostics.Add(Diagnostic.Error(At(unusable.Href) ?? SourceSpan.WholeFile(source.SourcePath),
                $"The link '{unusable.Href}' cannot be sent from the email edition.",
                "Link to a page of this site as /path/, to another site with its full https:// address, or use mailto: or tel:.", "email-link"));
        }

        var parts = NewsletterBody.Cut(body);
        var (intro, sections) = NewsletterBody.Split(parts);
        var pixel = site.Settings.Newsletters.OpenTracking ? SiteUrls.Absolute(baseUrl, SiteUrls.OpenTrackingPixel(slug)).AbsoluteUri : null;
        var model = new EmailEditionModel
        {
            Language = site.Settings.Language,
            SiteName = site.Settings.Name,
            Partners = site.Settings.Partners.Select(p => p.Name).ToList(),
            Title = source.Meta.Title,
            Preheader = source.Meta.Summary,
            Date = source.Meta.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            WebEditionLink = EmailLinks.TrackedUrl(baseUrl, slug, plan.WebEdition.Link.Id),
            IntroHtml = intro,
            Sections = sections,
            OpenPixel = pixel,
        };

        var email = parser.ParseDocument(renderer.RenderDocument<EmailEdition>(new Dictionary<string, object?> { [nameof(EmailEdition.Model)] = model }));
        foreach (var problem in CssInliner.Inline(email))
        {
            diagnostics.Add(Diagnostic.Error(SourceSpan.WholeFile("src/Site.Generator/Theme/Email/EmailStyles.cs"), $"The email stylesheet cannot be inlined: {problem}",
                "Change the email stylesheet to use only what the inliner supports (see docs/NEWSLETTERS.md)."));
        }

        var html = Utf8Document(email);
        diagnostics.AddRange(EmailChecks.Run(email, html.Length, source.SourcePath, At, pixel));

        Add(output, SiteUrls.NewsletterEmail(slug, "html"), html, source, diagnostics);
        Add(output, SiteUrls.NewsletterEmail(slug, "txt"), Encoding.UTF8.GetBytes(PlainTextEdition.Write(model, parts)), source, diagnostics);
        var links = plan.Links.Select(l => l.Link).ToList();
        Add(output, SiteUrls.NewsletterLinks(slug), Encoding.UTF8.GetBytes(LinksFile.Write(links)), source, diagnostics);
        foreach (var link in plan.Links)
        {
            var page = linkPage.Write(TrackedLinkPages.Model(site, source.Meta.Title, link));
            Add(output, SiteUrls.OutputFile(SiteUrls.TrackedLink(slug, link.Link.Id)), page, source, diagnostics);
        }

        if (pixel is not null)
        {
            Add(output, SiteUrls.OpenTrackingPixel(slug), OpenTrackingPixel.Gif(), source, diagnostics);
        }
    }

    /// <summary>The document as it is written, doctype first, in UTF-8.</summary>
    /// <remarks>Encoded straight into the file's bytes: no second copy of the HTML with the doctype in front.</remarks>
    private static byte[] Utf8Document(IDocument document)
    {
        var html = document.DocumentElement.OuterHtml;
        var bytes = new byte[Doctype.Length + Encoding.UTF8.GetByteCount(html) + 1];
        var written = Encoding.UTF8.GetBytes(Doctype, bytes);
        written += Encoding.UTF8.GetBytes(html, bytes.AsSpan(written));
        bytes[written] = (byte)'\n';
        return bytes;
    }

    /// <summary>Published newsletters, each with a name no other newsletter has (the name is part of every /go/ address).</summary>
    private static List<RenderedDocument> Select(IReadOnlyList<RenderedDocument> rendered, DiagnosticBag diagnostics)
    {
        var selected = new List<RenderedDocument>();
        var bySlug = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        foreach (var document in rendered.Where(d => d.Source.Type == ContentType.Newsletter).OrderBy(d => d.Source.SourcePath, StringComparer.Ordinal))
        {
            if (bySlug.TryGetValue(document.Source.Slug, out var other))
            {
                diagnostics.Add(Diagnostic.Error(SourceSpan.WholeFile(document.Source.SourcePath),
                    $"The newsletter {other.SourcePath} has the same file name, '{document.Source.Slug}'; their email editions and tracked links would share addresses.",
                    "Rename one of the files, for example to include the month and year."));
                continue;
            }

            bySlug[document.Source.Slug] = document.Source;
            selected.Add(document);
        }

        return selected;
    }

    private static void Add(OutputSet output, string url, byte[] bytes, SourceDocument source, DiagnosticBag diagnostics)
    {
        if (output.OwnerOf(url) is { } owner)
        {
            diagnostics.Add(Diagnostic.Error(SourceSpan.WholeFile(source.SourcePath),
                $"The newsletter's email edition needs the address /{url.TrimStart('/')}, which {owner} also has.",
                "Rename or move the other page: /go/ and a newsletter's email.html, email.txt and links.json are kept for newsletters."));
            return;
        }

        output.Add(url, bytes);
    }
}
