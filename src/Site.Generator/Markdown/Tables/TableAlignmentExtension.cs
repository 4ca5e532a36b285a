using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Generator.Markdown.Tables;

/// <summary>
/// Column alignment (<c>| ---: |</c>) as classes instead of Markdig's <c>style</c> attributes, which a
/// strict Content Security Policy blocks. The theme styles <c>app-align-left/center/right</c>.
/// </summary>
public sealed class TableAlignmentExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += ToClasses;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void ToClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var alignments = table.ColumnDefinitions.Select(c => c.Alignment).ToList();
            foreach (var row in table.OfType<TableRow>())
            {
                foreach (var cell in row.OfType<TableCell>())
                {
                    var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : row.IndexOf(cell);
                    if (column < alignments.Count && alignments[column] is { } alignment)
                    {
                        cell.GetAttributes().AddClass("app-align-" + alignment.ToString().ToLowerInvariant());
                    }
                }
            }

            foreach (var definition in table.ColumnDefinitions)
            {
                definition.Alignment = null;
            }
        }
    }
}
