using Site.Generator.Content;

namespace Site.Generator.Theme.Blocks;

/// <summary>Finds the training course a training guide names by its code, and says what it is in a few words.</summary>
public static class CourseFinder
{
    public static SourceDocument? Find(SiteContext site, string code) =>
        site.Documents.FirstOrDefault(d => d.Type == ContentType.TrainingCourse
            && d.Meta.Details is TrainingCourseDetails { Code: { } own } && string.Equals(own, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>"course 5a, introductory, 3 hours, online": whatever the course's front matter gives.</summary>
    public static string Describe(SourceDocument course)
    {
        if (course.Meta.Details is not TrainingCourseDetails details)
        {
            return "";
        }

        var parts = new[] { details.Code is { } code ? "course " + code : null, details.Level, details.Duration, details.Format?.Replace('-', ' ') };
        return string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }
}
