using System.Globalization;

namespace Site.Clicks.Tests.Support;

/// <summary>Builds nginx combined log lines for tests.</summary>
internal static class Combined
{
    public const string Browser = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
    public const string Phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    public const string Address = "203.0.113.5";

    /// <summary>09:00 UTC on 5 March 2024; lines are placed at seconds after it.</summary>
    public static readonly DateTimeOffset Start = new(2024, 3, 5, 9, 0, 0, TimeSpan.Zero);

    public static string Line(string path, double seconds = 0, string address = Address, string method = "GET", int status = 200, string agent = Browser) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{address} - - [{Start.AddSeconds(seconds):dd/MMM/yyyy:HH:mm:ss} +0000] \"{method} {path} HTTP/1.1\" {status} 1534 \"-\" \"{agent}\"");
}
