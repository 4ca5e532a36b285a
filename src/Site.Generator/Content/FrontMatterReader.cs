using Site.Generator.Data;
using Site.Generator.Diagnostics;

namespace Site.Generator.Content;

/// <summary>
/// Splits a Markdown file into front matter and body, and validates the front matter against the
/// fields of the document's type (docs/PUBLISHING.md lists them).
/// </summary>
public static class FrontMatterReader
{
    private const string Fence = "---";

    /// <summary>The result of reading one file: null front matter means the file had errors.</summary>
    public sealed record Result(FrontMatter? Meta, ContentType Type, string Body, int BodyFirstLine);

    public static Result Read(string path, string text, ContentType folderType, DiagnosticBag diagnostics)
    {
        if (!StartsWithFence(text))
        {
            return WithoutFrontMatter(path, text, folderType);
        }

        var yamlStart = text.IndexOf('\n') + 1;
        var close = FindClosingFence(text, yamlStart);
        if (close < 0)
        {
            diagnostics.Add(Diagnostic.Error(new SourceSpan(path, 1, 1),
                "The front matter that starts on line 1 is never closed.",
                "Add a line with three hyphens (---) after the last field."));
            return new Result(null, folderType, "", 1);
        }

        var yaml = text[yamlStart..close];
        var afterFence = text.IndexOf('\n', close);
        var body = afterFence < 0 ? "" : text[(afterFence + 1)..];
        var bodyFirstLine = 2 + yaml.Count(c => c == '\n') + 1;

        var before = diagnostics.Count;
        var root = YamlText.Parse(path, yaml, 2, diagnostics);
        if (root is null && diagnostics.Count > before)
        {
            return new Result(null, folderType, body, bodyFirstLine);
        }

        var fields = YamlFields.Of(root, path, 2, diagnostics, "front matter");
        if (fields is null)
        {
            return new Result(null, folderType, body, bodyFirstLine);
        }

        var type = fields.Choice("type", ContentNames.Types) ?? folderType;
        var meta = ReadFields(fields, type);
        fields.RejectUnknownFields($"a {ContentNames.KeyOf(type)}");
        return new Result(diagnostics.Count > before ? null : meta, type, body, bodyFirstLine);
    }

    private static FrontMatter? ReadFields(YamlFields fields, ContentType type)
    {
        var title = fields.String("title", required: true);
        var date = fields.Date("date", required: ContentNames.IsDated(type));
        var audience = Audiences(fields);
        var meta = new FrontMatter
        {
            Title = title ?? "",
            Summary = fields.String("summary"),
            Date = date,
            Updated = fields.Date("updated"),
            ReviewBy = fields.Date("review-by"),
            Audience = audience,
            Topics = fields.Strings("topics"),
            Draft = fields.Bool("draft") ?? false,
            Searchable = fields.Bool("search") ?? true,
            FriendlyVersionOf = fields.String("friendly-version-of"),
            Weight = fields.Int("weight") ?? 0,
            Positions = new FieldPositions(
                fields.Has("friendly-version-of") ? fields.SpanOfField("friendly-version-of") : null,
                fields.Has("topics") ? fields.SpanOfField("topics") : null),
            Details = Details(fields, type, audience),
        };
        return title is null ? null : meta;
    }

    private static List<Audience> Audiences(YamlFields fields)
    {
        var audiences = new List<Audience>();
        foreach (var name in fields.Strings("audience"))
        {
            if (ContentNames.Audiences.TryGetValue(name, out var audience))
            {
                audiences.Add(audience);
            }
            else
            {
                fields.Error("audience", $"'{name}' is not an audience.",
                    $"Use any of: {string.Join(", ", ContentNames.Audiences.Keys)}.");
            }
        }

        return audiences;
    }

    private static TypeDetails? Details(YamlFields fields, ContentType type, IReadOnlyList<Audience> audience)
    {
        switch (type)
        {
            case ContentType.YearlyReport or ContentType.AssuranceStatement:
                return fields.String("period", required: true) is { } period ? new ReportDetails(period) : null;
            case ContentType.LearningBrief:
                return fields.Choice("source", ContentNames.Sources, required: true) is { } source ? new LearningBriefDetails(source) : null;
            case ContentType.ScrutinyResponse:
                var scrutineer = fields.String("scrutineer", required: true);
                var recommendations = Recommendations(fields);
                return scrutineer is null ? null : new ScrutinyResponseDetails(scrutineer, recommendations);
            case ContentType.Newsletter:
                return fields.String("edition", required: true) is { } edition ? new NewsletterDetails(edition) : null;
            case ContentType.TrainingCourse:
                return new TrainingCourseDetails(fields.String("code"), fields.String("level"), fields.String("duration"),
                    fields.String("format"), fields.String("booking"));
            case ContentType.Hub:
                if (audience.Count != 1)
                {
                    fields.Error("audience", "A hub gathers pages for exactly one audience.",
                        "Set 'audience:' to one of families, children-and-young-people or practitioners.");
                    return null;
                }

                return new HubDetails(audience[0]);
            default:
                return null;
        }
    }

    private static List<Recommendation> Recommendations(YamlFields fields)
    {
        var list = new List<Recommendation>();
        foreach (var item in fields.Items("recommendations", required: true))
        {
            var text = item.String("recommendation", required: true);
            var response = item.String("response", required: true);
            var owner = item.String("owner", required: true);
            var status = item.Choice("status", ContentNames.Statuses, required: true);
            var due = item.Date("due", required: true);
            item.RejectUnknownFields("a recommendation");
            if (text is not null && response is not null && owner is not null && status is not null && due is not null)
            {
                list.Add(new Recommendation(text, response, owner, status.Value, due.Value));
            }
        }

        return list;
    }

    // A bare Markdown file still builds: its first '# ' heading (or its file name) becomes the title.
    private static Result WithoutFrontMatter(string path, string text, ContentType folderType)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("# ", StringComparison.Ordinal))
            {
                var body = string.Join('\n', lines.Skip(i + 1));
                return new Result(new FrontMatter { Title = lines[i][2..].Trim() }, folderType, body, i + 2);
            }

            if (lines[i].Trim().Length > 0)
            {
                break;
            }
        }

        var name = Path.GetFileNameWithoutExtension(path);
        var title = name is "index" or "_index" ? Path.GetFileName(Path.GetDirectoryName(path)) ?? name : name;
        title = title.Length == 0 ? "Home" : char.ToUpperInvariant(title[0]) + title[1..].Replace('-', ' ');
        return new Result(new FrontMatter { Title = title }, folderType, text, 1);
    }

    private static bool StartsWithFence(string text)
    {
        var end = text.IndexOf('\n');
        return (end < 0 ? text : text[..end]).TrimEnd() == Fence;
    }

    private static int FindClosingFence(string text, int from)
    {
        var position = from;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = end < 0 ? text[position..] : text[position..end];
            if (line.TrimEnd() == Fence)
            {
                return position;
            }

            if (end < 0)
            {
                return -1;
            }

            position = end + 1;
        }

        return -1;
    }
}
