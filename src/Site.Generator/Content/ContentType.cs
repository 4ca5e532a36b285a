namespace Site.Generator.Content;

/// <summary>What a document is; the type chooses its required fields, its template and its listing.</summary>
public enum ContentType
{
    Page,
    Home,
    Section,
    Arrangements,
    YearlyReport,
    AssuranceStatement,
    LearningBrief,
    ScrutinyResponse,
    Newsletter,
    Toolkit,
    TrainingCourse,
    Topic,
    Hub,
}

/// <summary>The readers a document is written for.</summary>
public enum Audience
{
    Families,
    ChildrenAndYoungPeople,
    Practitioners,
}

/// <summary>Where the learning in a learning brief came from.</summary>
public enum LearningSource
{
    MultiAgencyAudit,
    RapidReview,
    ChildSafeguardingPracticeReview,
    NationalPanel,
    Other,
}

/// <summary>Progress on a scrutiny recommendation.</summary>
public enum RecommendationStatus
{
    NotStarted,
    InProgress,
    Complete,
}

/// <summary>The names authors write for each closed set of values, and the words readers see.</summary>
public static class ContentNames
{
    public static readonly IReadOnlyDictionary<string, ContentType> Types = new Dictionary<string, ContentType>
    {
        ["page"] = ContentType.Page,
        ["arrangements"] = ContentType.Arrangements,
        ["yearly-report"] = ContentType.YearlyReport,
        ["assurance-statement"] = ContentType.AssuranceStatement,
        ["learning-brief"] = ContentType.LearningBrief,
        ["scrutiny-response"] = ContentType.ScrutinyResponse,
        ["newsletter"] = ContentType.Newsletter,
        ["toolkit"] = ContentType.Toolkit,
        ["training-course"] = ContentType.TrainingCourse,
        ["topic"] = ContentType.Topic,
        ["hub"] = ContentType.Hub,
    };

    /// <summary>The type each top-level folder gives its files, Hugo-style.</summary>
    public static readonly IReadOnlyDictionary<string, ContentType> SectionTypes = new Dictionary<string, ContentType>
    {
        ["arrangements"] = ContentType.Arrangements,
        ["yearly-reports"] = ContentType.YearlyReport,
        ["learning-briefs"] = ContentType.LearningBrief,
        ["scrutiny-responses"] = ContentType.ScrutinyResponse,
        ["newsletters"] = ContentType.Newsletter,
        ["toolkits"] = ContentType.Toolkit,
        ["training"] = ContentType.TrainingCourse,
        ["topics"] = ContentType.Topic,
        ["hubs"] = ContentType.Hub,
    };

    public static readonly IReadOnlyDictionary<string, Audience> Audiences = new Dictionary<string, Audience>
    {
        ["families"] = Audience.Families,
        ["children-and-young-people"] = Audience.ChildrenAndYoungPeople,
        ["practitioners"] = Audience.Practitioners,
    };

    public static readonly IReadOnlyDictionary<string, LearningSource> Sources = new Dictionary<string, LearningSource>
    {
        ["multi-agency-audit"] = LearningSource.MultiAgencyAudit,
        ["rapid-review"] = LearningSource.RapidReview,
        ["child-safeguarding-practice-review"] = LearningSource.ChildSafeguardingPracticeReview,
        ["national-panel"] = LearningSource.NationalPanel,
        ["other"] = LearningSource.Other,
    };

    public static readonly IReadOnlyDictionary<string, RecommendationStatus> Statuses = new Dictionary<string, RecommendationStatus>
    {
        ["not-started"] = RecommendationStatus.NotStarted,
        ["in-progress"] = RecommendationStatus.InProgress,
        ["complete"] = RecommendationStatus.Complete,
    };

    public static string KeyOf(ContentType type) => type switch
    {
        ContentType.Home => "home",
        ContentType.Section => "section",
        _ => Types.First(t => t.Value == type).Key,
    };

    public static string KeyOf(Audience audience) => Audiences.First(a => a.Value == audience).Key;

    public static string Label(ContentType type) => type switch
    {
        ContentType.Page or ContentType.Home or ContentType.Section => "Page",
        ContentType.Arrangements => "Published arrangements",
        ContentType.YearlyReport => "Yearly report",
        ContentType.AssuranceStatement => "Assurance statement",
        ContentType.LearningBrief => "Learning brief",
        ContentType.ScrutinyResponse => "Scrutiny response",
        ContentType.Newsletter => "Newsletter",
        ContentType.Toolkit => "Toolkit",
        ContentType.TrainingCourse => "Training course",
        ContentType.Topic => "Topic",
        ContentType.Hub => "Guide",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string Label(Audience audience) => audience switch
    {
        Audience.Families => "Parents and carers",
        Audience.ChildrenAndYoungPeople => "Children and young people",
        Audience.Practitioners => "Practitioners",
        _ => throw new ArgumentOutOfRangeException(nameof(audience)),
    };

    public static string Label(LearningSource source) => source switch
    {
        LearningSource.MultiAgencyAudit => "Multi-agency audit",
        LearningSource.RapidReview => "Rapid review",
        LearningSource.ChildSafeguardingPracticeReview => "Child safeguarding practice review",
        LearningSource.NationalPanel => "National panel review",
        LearningSource.Other => "Other learning",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    public static string Label(RecommendationStatus status) => status switch
    {
        RecommendationStatus.NotStarted => "Not started",
        RecommendationStatus.InProgress => "In progress",
        RecommendationStatus.Complete => "Complete",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Types whose documents are dated publications.</summary>
    public static bool IsDated(ContentType type) => type is ContentType.YearlyReport or ContentType.AssuranceStatement
        or ContentType.LearningBrief or ContentType.ScrutinyResponse or ContentType.Newsletter;
}
