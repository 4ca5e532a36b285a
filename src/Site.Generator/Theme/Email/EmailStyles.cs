namespace Site.Generator.Theme.Email;

/// <summary>
/// The stylesheet of the email edition. It is written into the template's &lt;style&gt; element and
/// then inlined into style attributes at build time, so it may only use what the inliner supports:
/// type, class and id selectors, compounds of them, and descendant and child combinators; no
/// at-rules and no pseudo-classes. Colours and sizes follow the website's GOV.UK-based theme;
/// the font is Arial because email cannot rely on web fonts.
/// </summary>
public static class EmailStyles
{
    public const string Css = """
        body { margin: 0; padding: 0; background-color: #f3f2f1; -webkit-text-size-adjust: 100%; }
        table { border-collapse: collapse; }
        .wrapper { width: 100%; background-color: #f3f2f1; }
        .wrapper-cell { padding: 0; }
        .container { width: 100%; max-width: 600px; background-color: #ffffff; }
        .preheader { display: none; max-height: 0; overflow: hidden; mso-hide: all; font-size: 1px; line-height: 1px; color: #f3f2f1; }
        .browser { padding: 12px 24px; background-color: #f3f2f1; font-family: Arial, Helvetica, sans-serif; font-size: 14px; line-height: 20px; color: #505a5f; text-align: center; }
        .browser a { color: #1d70b8; text-decoration: underline; }
        .masthead { padding: 24px; background-color: #1d70b8; font-family: Arial, Helvetica, sans-serif; color: #ffffff; }
        .masthead p { margin: 0; font-size: 16px; line-height: 24px; color: #ffffff; }
        .masthead .partnership { font-weight: bold; }
        .masthead .title { margin: 8px 0 4px; font-size: 28px; line-height: 32px; font-weight: bold; color: #ffffff; }
        .content { padding: 8px 24px 16px; font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 24px; color: #0b0c0c; }
        .intro { padding-top: 24px; }
        .section { border-top: 1px solid #b1b4b6; padding-top: 24px; }
        .content p { margin: 0 0 16px; }
        .content ul, .content ol { margin: 0 0 16px; padding-left: 24px; }
        .content li { margin: 0 0 8px; }
        .content h2 { margin: 0 0 16px; font-size: 22px; line-height: 28px; font-weight: bold; color: #0b0c0c; }
        .content h3 { margin: 24px 0 8px; font-size: 18px; line-height: 24px; font-weight: bold; color: #0b0c0c; }
        .content h4 { margin: 16px 0 8px; font-size: 16px; line-height: 24px; font-weight: bold; color: #0b0c0c; }
        .content a { color: #1d70b8; text-decoration: underline; }
        .content img { max-width: 100%; height: auto; border: 0; }
        .content blockquote { margin: 0 0 16px; padding: 0 0 0 16px; border-left: 4px solid #b1b4b6; }
        .content table { width: 100%; margin: 0 0 16px; }
        .content th { padding: 8px 8px 8px 0; border-bottom: 1px solid #b1b4b6; text-align: left; font-weight: bold; }
        .content td { padding: 8px 8px 8px 0; border-bottom: 1px solid #b1b4b6; text-align: left; vertical-align: top; }
        .content .app-align-left { text-align: left; }
        .content .app-align-center { text-align: center; }
        .content .app-align-right { text-align: right; }
        .content code { font-family: Consolas, Menlo, monospace; font-size: 15px; }
        .content pre { margin: 0 0 16px; white-space: pre-wrap; font-family: Consolas, Menlo, monospace; font-size: 14px; }
        .content hr { border: 0; border-top: 1px solid #b1b4b6; margin: 24px 0; }
        .govuk-inset-text { margin: 0 0 16px; padding: 12px 16px; border-left: 8px solid #b1b4b6; }
        .govuk-warning-text { margin: 0 0 16px; padding: 12px 16px; border-left: 8px solid #0b0c0c; font-weight: bold; }
        .govuk-warning-text__icon { display: none; }
        .govuk-visually-hidden { display: block; font-weight: bold; }
        .footnotes { font-size: 14px; line-height: 20px; }
        .footer { padding: 24px; background-color: #f3f2f1; font-family: Arial, Helvetica, sans-serif; font-size: 14px; line-height: 20px; color: #505a5f; }
        .footer p { margin: 0 0 8px; }
        .pixel { display: block; width: 1px; height: 1px; border: 0; }
        """;
}
