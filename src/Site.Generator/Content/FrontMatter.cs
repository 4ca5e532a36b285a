namespace Site.Generator.Content;

/// <summary>The validated front matter of one document: common fields and those of its type.</summary>
public sealed record FrontMatter
{
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public DateOnly? Date { get; init; }
    public DateOnly? Updated { get; init; }
    public DateOnly? ReviewBy { get; init; }
    public IReadOnlyList<Audience> Audience { get; init; } = [];
    public IReadOnlyList<string> Topics { get; init; } = [];
    public bool Draft { get; init; }
    public bool Searchable { get; init; } = true;

    /// <summary>Path under content/ of the full version this document is the friendly version of.</summary>
    public string? FriendlyVersionOf { get; init; }

    /// <summary>Where <c>friendly-version-of</c> and <c>topics</c> were written, for diagnostics about them.</summary>
    public FieldPositions Positions { get; init; } = new(null, null);

    public int Weight { get; init; }

    /// <summary>Fields only some types have; null where the type has none.</summary>
    public TypeDetails? Details { get; init; }
}

/// <summary>Source positions of the fields whose values are checked against other files.</summary>
public sealed record FieldPositions(Diagnostics.SourceSpan? FriendlyVersionOf, Diagnostics.SourceSpan? Topics);

/// <summary>Fields that belong to one content type.</summary>
public abstract record TypeDetails;

/// <summary>A yearly report or an assurance statement: the year it covers.</summary>
public sealed record ReportDetails(string Period) : TypeDetails;

/// <summary>A learning brief: where the learning came from.</summary>
public sealed record LearningBriefDetails(LearningSource Source) : TypeDetails;

/// <summary>A scrutiny response brief: who scrutinised, what they asked and what the partnership is doing.</summary>
public sealed record ScrutinyResponseDetails(string Scrutineer, IReadOnlyList<Recommendation> Recommendations) : TypeDetails;

/// <summary>One recommendation of independent scrutiny and the partnership's response to it.</summary>
public sealed record Recommendation(string Text, string Response, string Owner, RecommendationStatus Status, DateOnly Due);

/// <summary>A newsletter: the edition's name as readers know it.</summary>
public sealed record NewsletterDetails(string Edition) : TypeDetails;

/// <summary>A training course: what a practitioner needs to choose and book it.</summary>
public sealed record TrainingCourseDetails(string? Code, string? Level, string? Duration, string? Format, string? Booking) : TypeDetails;

/// <summary>An audience hub: the audience whose pages it gathers.</summary>
public sealed record HubDetails(Audience Audience) : TypeDetails;
