using Site.Generator.Diagnostics;

namespace Site.Generator.Data;

/// <summary>Reads content/site.yml into <see cref="SiteSettings"/>; a site without one gets the defaults.</summary>
public static class SettingsReader
{
    public const string FileName = "site.yml";

    private static readonly IReadOnlyDictionary<string, Severity?> Severities = new Dictionary<string, Severity?>
    {
        ["error"] = Severity.Error,
        ["warning"] = Severity.Warning,
        ["off"] = null,
    };

    public static SiteSettings Read(string contentDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(contentDirectory, FileName);
        if (!File.Exists(path))
        {
            return new SiteSettings();
        }

        var text = SourceText.Read(path, FileName, diagnostics);
        if (text is null || YamlFields.Of(YamlText.Parse(FileName, text, 1, diagnostics), FileName, 1, diagnostics, "site settings") is not { } fields)
        {
            return new SiteSettings();
        }

        var defaults = new SiteSettings();
        var settings = new SiteSettings
        {
            Name = fields.String("name") ?? defaults.Name,
            ShortName = fields.String("short-name"),
            BaseUrl = AbsoluteUrl(fields, "base-url", withTrailingSlash: true) ?? defaults.BaseUrl,
            Language = fields.String("language") ?? defaults.Language,
            Description = fields.String("description"),
            Partners = fields.Items("partners").Select(p => Partner(p)).OfType<Partner>().ToList(),
            ExitThisPage = AbsoluteUrl(fields, "exit-this-page", withTrailingSlash: false) ?? defaults.ExitThisPage,
            Navigation = Links(fields, "navigation"),
            Footer = Links(fields, "footer"),
            Checks = Checks(fields.Mapping("checks")),
            Newsletters = new NewsletterSettings { OpenTracking = fields.Mapping("newsletters")?.Let(n => Finish(n.Bool("open-tracking"), n, "'newsletters'")) ?? false },
        };
        fields.RejectUnknownFields("the site settings");
        return settings;
    }

    private static Partner? Partner(YamlFields fields)
    {
        var name = fields.String("name", required: true);
        var partner = name is null ? null : new Partner(name, fields.String("role"));
        fields.RejectUnknownFields("a partner");
        return partner;
    }

    private static List<NavigationLink> Links(YamlFields fields, string name)
    {
        var links = new List<NavigationLink>();
        foreach (var item in fields.Items(name))
        {
            var title = item.String("title", required: true);
            var url = item.String("url", required: true);
            if (title is not null && url is not null)
            {
                links.Add(new NavigationLink(title, url));
            }

            item.RejectUnknownFields("a link");
        }

        return links;
    }

    private static CheckSettings Checks(YamlFields? fields)
    {
        if (fields is null)
        {
            return new CheckSettings();
        }

        var rules = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        if (fields.Mapping("rules") is { } ruleFields)
        {
            foreach (var (rule, value, at) in ruleFields.Pairs())
            {
                if (Severities.TryGetValue(value, out var severity))
                {
                    rules[rule] = severity;
                }
                else
                {
                    ruleFields.Error(rule, $"The severity of '{rule}' cannot be '{value}'.", "Use error, warning or off.");
                }
            }
        }

        var checks = new CheckSettings { ReadingAge = fields.Int("reading-age") ?? 11, Rules = rules };
        fields.RejectUnknownFields("'checks'");
        return checks;
    }

    private static Uri? AbsoluteUrl(YamlFields fields, string name, bool withTrailingSlash)
    {
        var text = fields.String(name);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            fields.Error(name, $"'{name}' must be a full web address starting with https://.", null);
            return null;
        }

        return withTrailingSlash && !uri.AbsolutePath.EndsWith('/') ? new Uri(uri + "/") : uri;
    }

    private static T Finish<T>(T value, YamlFields fields, string what)
    {
        fields.RejectUnknownFields(what);
        return value;
    }

    private static TResult Let<T, TResult>(this T value, Func<T, TResult> map) => map(value);
}
