namespace Site.Generator.Markdown.DataBlocks;

/// <summary>The data blocks authors can place in Markdown, and what each needs as its argument.</summary>
public static class DataBlockNames
{
    public const string Contacts = "contacts";
    public const string Structure = "structure";
    public const string Glossary = "glossary";
    public const string TrainingGuide = "training-guide";
    public const string Chart = "chart";
    public const string Listing = "listing";

    /// <summary>Block name to whether it takes an argument (a chart's name, a listing's section).</summary>
    public static readonly IReadOnlyDictionary<string, bool> All = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        [Contacts] = false,
        [Structure] = false,
        [Glossary] = false,
        [TrainingGuide] = false,
        [Chart] = true,
        [Listing] = true,
    };
}
