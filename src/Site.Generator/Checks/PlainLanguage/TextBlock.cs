using AngleSharp.Dom;

namespace Site.Generator.Checks.PlainLanguage;

/// <summary>
/// The text of one block of prose (a paragraph, list item, heading or table cell), as a reader meets
/// it. Line breaks from the source are kept, so a position inside it can be turned into a line.
/// </summary>
public sealed record TextBlock(IElement Element, string Text)
{
    /// <summary>How many source lines into the block a character is.</summary>
    public int LineOffsetOf(int index)
    {
        var lines = 0;
        for (var i = 0; i < index && i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                lines++;
            }
        }

        return lines;
    }
}
