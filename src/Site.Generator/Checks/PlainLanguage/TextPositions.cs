using Site.Generator.Diagnostics;

namespace Site.Generator.Checks.PlainLanguage;

/// <summary>Turns a place inside a block's text into a source position: the block's line plus the lines before it.</summary>
public static class TextPositions
{
    public static SourceSpan Of(TextBlock block, int index, RuleReport report)
    {
        var at = report.Locate(block.Element);
        var lines = block.LineOffsetOf(index);
        return lines == 0 || at.Line == 0 ? at : at with { Line = at.Line + lines, Column = 1 };
    }
}
