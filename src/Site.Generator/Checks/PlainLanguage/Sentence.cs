namespace Site.Generator.Checks.PlainLanguage;

/// <summary>A sentence of a <see cref="TextBlock"/>: where it starts in the block, and its words.</summary>
public sealed record Sentence(TextBlock Block, int Start, string Text, IReadOnlyList<string> Words);
