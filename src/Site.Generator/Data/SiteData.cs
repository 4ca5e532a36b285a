namespace Site.Generator.Data;

/// <summary>The structured data under content/data/, shown by the theme wherever it is needed.</summary>
public sealed record SiteData
{
    public ContactList Contacts { get; init; } = new(null, []);
    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];
    public IReadOnlyList<StructureGroup> Structure { get; init; } = [];
    public IReadOnlyList<TrainingRole> TrainingGuide { get; init; } = [];
    public IReadOnlyDictionary<string, Chart> Charts { get; init; } = new Dictionary<string, Chart>();
}

/// <summary>The numbers to call when worried about a child, the emergency number first.</summary>
public sealed record ContactList(Contact? Emergency, IReadOnlyList<Contact> Contacts);

/// <summary>One way to raise a concern: who, which number, when.</summary>
public sealed record Contact(string Id, string Name, string? Phone, string? When, string? For, string? Url, string? Email);

/// <summary>A term or acronym and what it means in plain words.</summary>
public sealed record GlossaryEntry(string Term, string? StandsFor, string Meaning)
{
    /// <summary>The anchor of the term on the glossary page.</summary>
    public string Id => "term-" + Slug.From(Term);
}

/// <summary>A group of the partnership and the groups that report to it.</summary>
public sealed record StructureGroup(string Name, string? Purpose, string? Chair, IReadOnlyList<StructureGroup> Groups);

/// <summary>A role in "Which training is right for me?" and the course codes suggested for it.</summary>
public sealed record TrainingRole(string Role, string? Description, IReadOnlyList<string> Courses);

/// <summary>Figures shown as a bar chart with its data table beside it.</summary>
public sealed record Chart(string Name, string Title, string? Caption, string? Unit, IReadOnlyList<ChartValue> Values);

/// <summary>One bar of a chart.</summary>
public sealed record ChartValue(string Label, double Value);
