using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Generator.Data;
using Site.Generator.Diagnostics;
using Site.Generator.Markdown.DataBlocks;
using Site.Generator.Urls;
using SourceSpan = Site.Generator.Diagnostics.SourceSpan;

namespace Site.Generator.Markdown;

/// <summary>
/// What can be known wrong in a body before it is rendered: data blocks that do not exist or lack
/// their data, and links that climb out of the site root.
/// </summary>
public static class BodyChecks
{
    public static void Run(ParsedDocument document, SiteData data, ISet<string> sections, DiagnosticBag diagnostics)
    {
        var file = document.Source.SourcePath;
        var offset = document.Source.BodyFirstLine;
        foreach (var node in document.Markdown.Descendants())
        {
            switch (node)
            {
                case DataBlock block:
                    CheckBlock(block, new SourceSpan(file, block.Line + offset, block.Column + 1), data, sections, diagnostics);
                    break;
                case LinkInline { Url: { } url } link when SiteUrls.IsInternal(url) && SiteUrls.Resolve(document.Source.Url, url) is null:
                    diagnostics.Add(Diagnostic.Error(new SourceSpan(file, link.Line + offset, link.Column + 1),
                        $"The link '{url}' leaves the site's root folder.",
                        "Link to a page of this site by its address, starting with /, or to another site by its full https:// address.",
                        "link-outside-site"));
                    break;
            }
        }
    }

    private static void CheckBlock(DataBlock block, SourceSpan at, SiteData data, ISet<string> sections, DiagnosticBag diagnostics)
    {
        if (!DataBlockNames.All.TryGetValue(block.Name, out var takesArgument))
        {
            diagnostics.Add(Diagnostic.Error(at, $"There is no data block called '{block.Name}'.",
                $"Use one of: {string.Join(", ", DataBlockNames.All.Keys)}."));
            return;
        }

        if (takesArgument && block.Argument is null)
        {
            diagnostics.Add(Diagnostic.Error(at, $"The '{block.Name}' block needs to know what to show.",
                block.Name == DataBlockNames.Chart ? "Write {{< chart NAME >}} with a file content/data/charts/NAME.yml." : "Write {{< listing SECTION >}}, for example {{< listing learning-briefs >}}."));
            return;
        }

        var missing = block.Name switch
        {
            DataBlockNames.Chart when !data.Charts.ContainsKey(block.Argument!) => $"There is no chart data file content/data/charts/{block.Argument}.yml.",
            DataBlockNames.Listing when !sections.Contains(block.Argument!) => $"There is no section '{block.Argument}' with published items.",
            DataBlockNames.Contacts when data.Contacts.Contacts.Count == 0 => "The contacts block needs content/data/contacts.yml.",
            DataBlockNames.Glossary when data.Glossary.Count == 0 => "The glossary block needs content/data/glossary.yml.",
            DataBlockNames.Structure when data.Structure.Count == 0 => "The structure block needs content/data/structure.yml.",
            DataBlockNames.TrainingGuide when data.TrainingGuide.Count == 0 => "The training guide block needs content/data/training-guide.yml.",
            _ => null,
        };
        if (missing is not null)
        {
            diagnostics.Add(Diagnostic.Error(at, missing, "Add the data file, or remove the block."));
        }
    }
}
