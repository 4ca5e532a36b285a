using System.Globalization;
using System.Text;
using System.Xml;
using Site.Generator.Build;
using Site.Generator.Content;
using Site.Generator.Theme;
using Site.Generator.Urls;

namespace Site.Generator.Outputs;

/// <summary>Writes an Atom feed for each section of dated publications (newsletters, learning briefs…).</summary>
public static class AtomFeeds
{
    public const int Entries = 20;

    public static void Write(SiteContext site, OutputSet output)
    {
        var sections = site.Documents.Where(d => ContentNames.IsDated(d.Type) && d.Section.Length > 0).Select(d => d.Section).Distinct(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            output.Add(SiteUrls.Feed(section), Feed(site, section));
        }
    }

    private static string Feed(SiteContext site, string section)
    {
        var items = site.InSection(section).Where(d => ContentNames.IsDated(d.Type)).Take(Entries).ToList();
        var title = site.Find(SiteUrls.Section(section))?.Meta.Title ?? section;
        var baseUrl = site.Settings.BaseUrl;
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteElementString("title", $"{title} - {site.Settings.Name}");
            xml.WriteElementString("id", SiteUrls.Absolute(baseUrl, SiteUrls.Feed(section)).ToString());
            xml.WriteElementString("updated", Timestamp(items.Select(Changed).DefaultIfEmpty(site.Today).Max()));
            Link(xml, SiteUrls.Absolute(baseUrl, SiteUrls.Feed(section)), "self");
            Link(xml, SiteUrls.Absolute(baseUrl, SiteUrls.Section(section)), "alternate");
            xml.WriteStartElement("author");
            xml.WriteElementString("name", site.Settings.Name);
            xml.WriteEndElement();
            foreach (var item in items)
            {
                var url = SiteUrls.Absolute(baseUrl, item.Url);
                xml.WriteStartElement("entry");
                xml.WriteElementString("title", item.Meta.Title);
                xml.WriteElementString("id", url.ToString());
                Link(xml, url, "alternate");
                xml.WriteElementString("published", Timestamp(item.Meta.Date ?? site.Today));
                xml.WriteElementString("updated", Timestamp(Changed(item)));
                if (item.Meta.Summary is { } summary)
                {
                    xml.WriteElementString("summary", summary);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static DateOnly Changed(SourceDocument document) => document.Meta.Updated ?? document.Meta.Date ?? DateOnly.MinValue;

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static void Link(XmlWriter xml, Uri href, string rel)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href.ToString());
        xml.WriteEndElement();
    }
}
