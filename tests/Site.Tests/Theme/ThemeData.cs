using Site.Generator.Data;

namespace Site.Tests.Theme;

/// <summary>Data files of the kind content/data/ holds, with numbers that appear nowhere else in the theme.</summary>
internal static class ThemeData
{
    public static readonly ContactList Contacts = new(
        new Contact("emergency", "Police", "999", "If a child is in immediate danger", null, null, null),
        [
            new Contact("front-door", "Children's front door", "0121 555 0101", "Monday to Friday, 9am to 5pm", "Anyone worried about a child", null, null),
            new Contact("out-of-hours", "Out of hours team", "0121 555 0202", "Evenings and weekends", null, null, null),
            new Contact("childline", "Childline", "0800 1111", "Any time", "Children and young people", "https://www.childline.org.uk/", null),
        ]);

    public static readonly SiteSettings Settings = new()
    {
        Name = "Testshire Safeguarding Children Partnership",
        Language = "en-GB",
        BaseUrl = new Uri("https://testshire.example/"),
        ExitThisPage = new Uri("https://neutral.example/weather"),
        Partners = [new Partner("Testshire Council", "Local authority"), new Partner("Testshire Police", "Police")],
        Navigation =
        [
            new NavigationLink("Home", "/"),
            new NavigationLink("Report a concern", "/report-a-concern/"),
            new NavigationLink("Learning", "/learning-briefs/"),
            new NavigationLink("Search", "/search/"),
        ],
        Footer = [new NavigationLink("Accessibility", "/accessibility/"), new NavigationLink("Cookies", "/cookies/")],
    };
}
