using Site.Generator.Content;

namespace Site.Generator.Theme.Pages;

/// <summary>One row of a document's summary list: a date (shown with &lt;time&gt;), a link, or text.</summary>
public sealed record DocumentFact(string Label, string? Text = null, DateOnly? Date = null, string? Href = null);

/// <summary>
/// The facts shown in a document's summary list: its dates and audience for every type, then the
/// fields of its type (the period of a report, the source of a learning brief, a course's booking).
/// </summary>
public static class DocumentFacts
{
    public static IReadOnlyList<DocumentFact> Of(SourceDocument document)
    {
        var meta = document.Meta;
        var facts = new List<DocumentFact>();
        AddDate(facts, "Published", meta.Date);
        AddDate(facts, "Updated", meta.Updated);
        AddDate(facts, "Review by", meta.ReviewBy);
        if (meta.Audience.Count > 0)
        {
            facts.Add(new DocumentFact("Audience", string.Join(", ", meta.Audience.Select(ContentNames.Label))));
        }

        switch (meta.Details)
        {
            case ReportDetails report:
                facts.Add(new DocumentFact("Period", report.Period));
                break;
            case LearningBriefDetails brief:
                facts.Add(new DocumentFact("Source", ContentNames.Label(brief.Source)));
                break;
            case ScrutinyResponseDetails scrutiny:
                facts.Add(new DocumentFact("Scrutiny by", scrutiny.Scrutineer));
                break;
            case NewsletterDetails newsletter:
                facts.Add(new DocumentFact("Edition", newsletter.Edition));
                break;
            case TrainingCourseDetails course:
                AddText(facts, "Code", course.Code);
                AddText(facts, "Level", Sentence(course.Level));
                AddText(facts, "Duration", course.Duration);
                AddText(facts, "Format", Sentence(course.Format));
                if (course.Booking is { } booking)
                {
                    // A web address is not link text a screen reader user can follow by ear.
                    var href = BookingHref(booking);
                    var text = href is not null && !href.StartsWith("mailto:", StringComparison.Ordinal) ? "Book a place on this course" : booking;
                    facts.Add(new DocumentFact("How to book", text, Href: href));
                }

                break;
        }

        return facts;
    }

    /// <summary>A booking written as an email address becomes a mailto: link; a web address is linked as it is.</summary>
    public static string? BookingHref(string booking) =>
        booking.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || booking.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || booking.StartsWith('/')
            ? booking
            : booking.Contains('@', StringComparison.Ordinal) && !booking.Contains(' ', StringComparison.Ordinal)
                ? "mailto:" + booking
                : null;

    // Authors write closed values as keys ("in-person"); readers see "In person".
    private static string? Sentence(string? key) =>
        string.IsNullOrWhiteSpace(key) ? null : char.ToUpperInvariant(key[0]) + key[1..].Replace('-', ' ');

    private static void AddDate(List<DocumentFact> facts, string label, DateOnly? date)
    {
        if (date is { } value)
        {
            facts.Add(new DocumentFact(label, Date: value));
        }
    }

    private static void AddText(List<DocumentFact> facts, string label, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            facts.Add(new DocumentFact(label, text));
        }
    }
}
