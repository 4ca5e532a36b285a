using System.Globalization;
using System.Text;
using System.Xml;
using Site.Generator.Build;
using Site.Generator.Theme;
using Site.Generator.Urls;

namespace Site.Generator.Outputs;

/// <summary>Writes sitemap.xml (every indexable page) and robots.txt pointing search engines to it.</summary>
public static class SitemapAndRobots
{
    public static void Write(SiteContext site, IReadOnlyList<PageModel> pages, OutputSet output)
    {
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in pages.Where(p => !p.NoIndex).OrderBy(p => p.Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", SiteUrls.Absolute(site.Settings.BaseUrl, page.Url).ToString());
                if ((page.Document?.Meta.Updated ?? page.Document?.Meta.Date) is { } changed)
                {
                    xml.WriteElementString("lastmod", changed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        output.Add(SiteUrls.Sitemap, builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal));
        output.Add(SiteUrls.Robots,
            $"User-agent: *\nDisallow: /go/\nSitemap: {SiteUrls.Absolute(site.Settings.BaseUrl, SiteUrls.Sitemap)}\n");
    }
}
