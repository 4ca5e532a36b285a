using AngleSharp.Dom;
using Site.Generator.Checks.Html;
using Site.Generator.Checks.PlainLanguage;

namespace Site.Generator.Checks.Publishing;

/// <summary>
/// How much a page puts on paper, measured on its main content without laying it out: words fill
/// lines, and each block (paragraph, list item, heading, table row…) starts a new line and adds space
/// around it. <see cref="Size"/> weighs a block as <see cref="WordsPerBlock"/> words, a weight measured
/// by printing briefs of known size with the theme's print stylesheet in Chromium (docs/CHECKS.md).
/// </summary>
public sealed record PrintedLength(int Words, int Blocks)
{
    /// <summary>The room a block's line break and spacing take, in words of text.</summary>
    public const int WordsPerBlock = 9;

    /// <summary>The printed size in words: the words, plus the room the blocks take.</summary>
    public int Size => Words + (WordsPerBlock * Blocks);

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "dt", "dd", "pre", "blockquote", "figure", "hr", "caption",
    };

    public static PrintedLength Of(IElement main)
    {
        var blocks = AccessibleName.IsHidden(main) ? 0 : VisibleBlocksIn(main);
        return new PrintedLength(SentenceSplitter.CountWords(AccessibleName.TextOf(main)), blocks);
    }

    /// <summary>The block elements below the element, leaving out hidden ones and everything inside them.</summary>
    private static int VisibleBlocksIn(IElement element)
    {
        var blocks = 0;
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (AccessibleName.IsHiddenItself(child))
            {
                continue;
            }

            if (BlockElements.Contains(child.LocalName))
            {
                blocks++;
            }

            blocks += VisibleBlocksIn(child);
        }

        return blocks;
    }
}

/// <summary>The most a document of some type may put on paper (a <see cref="PrintedLength.Size"/>), and the printed pages that stands for.</summary>
public sealed record PrintedPageBudget(int Pages, int Size)
{
    /// <summary>What one A4 page of the print stylesheet holds, in words: 780, just under the 790 measured.</summary>
    public const int OnePage = 780;
}
