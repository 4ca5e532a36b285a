using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Generator.Diagnostics;
using Site.Generator.Markdown;
using SourceSpan = Site.Generator.Diagnostics.SourceSpan;

namespace Site.Generator.Newsletters;

/// <summary>
/// Checks the ids authors give newsletter links (<c>[text](url){#id}</c>) where they wrote them: each
/// id becomes part of an address and a click count, so it must be address-safe, unique within the
/// newsletter and not the one reserved for the "view in your browser" link.
/// </summary>
public static class LinkIdChecks
{
    public const string Rule = "newsletter-link-id";

    public static void Run(ParsedDocument document, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var link in document.Markdown.Descendants<LinkInline>().Where(l => !l.IsImage))
        {
            if (link.TryGetAttributes()?.Id is not { } id)
            {
                continue;
            }

            var at = new SourceSpan(document.Source.SourcePath, link.Line + document.Source.BodyFirstLine, link.Column + 1);
            if (!LinkIds.IsValid(id))
            {
                diagnostics.Add(Diagnostic.Error(at, $"The link id '{id}' cannot be used in a tracked link's address.",
                    $"Use lower-case letters, digits and hyphens, for example {{#{LinkIds.FromText(id)}}}.", Rule));
            }
            else if (id == EmailLinks.WebEditionId)
            {
                diagnostics.Add(Diagnostic.Error(at, $"The link id '{id}' is kept for the email's \"view in your browser\" link.",
                    "Choose another id for this link.", Rule));
            }
            else if (!seen.TryAdd(id, at))
            {
                var first = seen[id];
                diagnostics.Add(Diagnostic.Error(at, $"Two links in this newsletter have the id '{id}' (the first is on line {first.Line}).",
                    "Give each link its own id: the id is the link's address and its click count.", Rule));
            }
        }
    }
}
