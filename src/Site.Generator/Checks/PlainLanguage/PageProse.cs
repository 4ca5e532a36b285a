namespace Site.Generator.Checks.PlainLanguage;

/// <summary>A page's prose split into blocks and sentences once, for all the plain language rules.</summary>
public sealed class PageProse
{
    public static readonly PageProse Empty = new([], []);

    private PageProse(IReadOnlyList<TextBlock> blocks, IReadOnlyList<Sentence> sentences)
    {
        Blocks = blocks;
        Sentences = sentences;
    }

    public IReadOnlyList<TextBlock> Blocks { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public static PageProse Of(AngleSharp.Dom.IElement? prose)
    {
        if (prose is null)
        {
            return Empty;
        }

        var blocks = ProseText.Of(prose);
        var sentences = new List<Sentence>();
        foreach (var block in blocks)
        {
            sentences.AddRange(SentenceSplitter.Split(block));
        }

        return new PageProse(blocks, sentences);
    }
}
