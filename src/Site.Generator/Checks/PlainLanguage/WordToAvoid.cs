namespace Site.Generator.Checks.PlainLanguage;

/// <summary>A word or phrase that makes text harder to read, and the plain words to use instead.</summary>
public sealed record WordToAvoid(string Phrase, string Instead);
