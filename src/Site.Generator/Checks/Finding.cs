using AngleSharp.Dom;
using Site.Generator.Diagnostics;

namespace Site.Generator.Checks;

/// <summary>
/// One thing a rule found wrong on a page. <see cref="Element"/> is the element at fault (the page's
/// root element for page-level findings), kept so tests can compare findings with other tools.
/// </summary>
/// <param name="GroupKey">
/// Findings of a rule with the same key are one problem found on many pages (an acronym missing from
/// the glossary) and are reported once; without a key, findings at the same place with the same
/// message (a template's problem, repeated on every page) are.
/// </param>
public sealed record Finding(
    string Rule,
    Severity Severity,
    SourceSpan At,
    string Message,
    string? Fix,
    string PageUrl,
    IElement? Element,
    string? GroupKey = null)
{
    public Diagnostic ToDiagnostic() => new(Severity, At.File, At.Line, At.Column, Message, Fix, Rule);
}
