namespace Site.Search;

/// <summary>A field of the search index and its lunr boost.</summary>
/// <param name="Name">The field name, as lunr's <c>builder.field(name)</c>.</param>
/// <param name="Boost">The field boost; like lunr, 0 and NaN mean 1.</param>
public sealed record SearchField(string Name, double Boost = 1);
