using Markdig.Parsers;
using Markdig.Syntax;

namespace Site.Generator.Markdown.DataBlocks;

/// <summary>
/// A line such as <c>{{&lt; contacts &gt;}}</c> that places structured data from content/data/ in a page.
/// The theme renders it; the Markdown only says where.
/// </summary>
public sealed class DataBlock(BlockParser parser) : LeafBlock(parser)
{
    public string Name { get; set; } = "";

    public string? Argument { get; set; }
}
