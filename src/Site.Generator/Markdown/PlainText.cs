using System.Text;
using Markdig.Syntax.Inlines;

namespace Site.Generator.Markdown;

/// <summary>The text a reader sees in a run of inlines, without Markdown syntax.</summary>
public static class PlainText
{
    public static string Of(ContainerInline inlines)
    {
        var builder = new StringBuilder();
        Append(inlines, builder);
        return builder.ToString().Trim();
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }
}
