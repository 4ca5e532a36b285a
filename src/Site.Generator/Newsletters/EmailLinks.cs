using AngleSharp.Dom;
using Site.Generator.Urls;

namespace Site.Generator.Newsletters;

/// <summary>A tracked link with what its /go/ page needs to say where it goes.</summary>
public sealed record TrackedLink(NewsletterLink Link, LinkKind Kind, string? SitePath);

/// <summary>A link whose address the email edition cannot use, as written.</summary>
public sealed record UnusableLink(string Href, string Text);

/// <summary>The links of an email edition after tracking, and the ones that could not be tracked.</summary>
public sealed record EmailLinkPlan(IReadOnlyList<TrackedLink> Links, IReadOnlyList<UnusableLink> Unusable)
{
    public TrackedLink WebEdition => Links[0];
}

/// <summary>
/// Rewrites every link of a newsletter body to its tracked address,
/// <c>&lt;base-url&gt;/go/&lt;newsletter&gt;/&lt;id&gt;/</c>, and every image to an absolute address.
/// The "view in your browser" link comes first in the email, so it is planned first, under the
/// reserved id <see cref="WebEditionId"/>. Footnote references are unwrapped: jumping within an email
/// is unreliable, and the notes follow the text anyway.
/// </summary>
public static class EmailLinks
{
    public const string WebEditionId = "view-in-browser";
    public const string WebEditionText = "View this newsletter in your browser";

    /// <param name="body">The newsletter body; changed in place.</param>
    /// <param name="newsletter">The newsletter's slug.</param>
    /// <param name="webEditionUrl">The web edition's site path.</param>
    /// <param name="baseUrl">The site's base-url.</param>
    public static EmailLinkPlan Track(IElement body, string newsletter, string webEditionUrl, Uri baseUrl)
    {
        UnwrapFootnoteLinks(body);
        var found = new List<(IElement? Anchor, string? ExplicitId, string Text, string Href, string Section, string SectionTitle)>
        {
            (null, WebEditionId, WebEditionText, webEditionUrl, "", ""),
        };
        string section = "", sectionTitle = "";
        foreach (var element in body.QuerySelectorAll("h2, a[href]"))
        {
            if (element.LocalName == "h2")
            {
                (section, sectionTitle) = (element.Id ?? "", NewsletterBody.TextOf(element));
                continue;
            }

            var id = element.Id is { } written && LinkIds.IsValid(written) ? written : null;
            found.Add((element, id, LinkText(element), element.GetAttribute("href")!, section, sectionTitle));
        }

        var ids = LinkIds.Assign(found.Select(f => new LinkIdRequest(f.ExplicitId, f.Text)).ToList());
        var links = new List<TrackedLink>();
        var unusable = new List<UnusableLink>();
        for (var i = 0; i < found.Count; i++)
        {
            var (anchor, _, text, href, sectionId, title) = found[i];
            if (LinkTargets.Resolve(href, webEditionUrl, baseUrl) is not { } target)
            {
                unusable.Add(new UnusableLink(href, text));
                anchor?.Replace(anchor.ChildNodes.ToArray());
                continue;
            }

            var destination = target.Kind == LinkKind.OwnSite ? LinkTargets.WithCampaign(target.Url, newsletter, ids[i]) : target.Url;
            var link = new NewsletterLink(ids[i], text, sectionId, title, destination, links.Count + 1);
            links.Add(new TrackedLink(link, target.Kind, target.SitePath));
            if (anchor is not null)
            {
                anchor.SetAttribute("href", TrackedUrl(baseUrl, newsletter, ids[i]));
                anchor.RemoveAttribute("id");
            }
        }

        foreach (var image in body.QuerySelectorAll("img[src]"))
        {
            if (LinkTargets.Resolve(image.GetAttribute("src")!, webEditionUrl, baseUrl) is { Kind: LinkKind.OwnSite } own)
            {
                image.SetAttribute("src", own.Url);
            }
        }

        return new EmailLinkPlan(links, unusable);
    }

    /// <summary>The absolute address of a tracked link's page.</summary>
    public static string TrackedUrl(Uri baseUrl, string newsletter, string linkId) =>
        SiteUrls.Absolute(baseUrl, SiteUrls.TrackedLink(newsletter, linkId)).AbsoluteUri;

    /// <summary>A link's words; for a linked image, its alt text.</summary>
    public static string LinkText(IElement anchor)
    {
        var text = NewsletterBody.TextOf(anchor);
        return text.Length > 0
            ? text
            : NewsletterBody.Collapse(string.Join(' ', anchor.QuerySelectorAll("img[alt]").Select(i => i.GetAttribute("alt"))));
    }

    private static void UnwrapFootnoteLinks(IElement body)
    {
        foreach (var back in body.QuerySelectorAll("a.footnote-back-ref"))
        {
            back.Remove();
        }

        foreach (var reference in body.QuerySelectorAll("a.footnote-ref"))
        {
            reference.Replace(reference.ChildNodes.ToArray());
        }
    }
}
