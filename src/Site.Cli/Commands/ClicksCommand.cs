using Site.Clicks;

namespace Site.Cli.Commands;

/// <summary><c>clicks</c>: counts newsletter link clicks from web server logs (see docs/CLICKS.md).</summary>
public sealed class ClicksCommand : ICliCommand
{
    public string Name => "clicks";

    public string Summary => "Count clicks on newsletter links from web server access logs.";

    public string Help => "Run 'site clicks --help' for its options.";

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) => ClicksProgram.Run(args, stdout, stderr);
}
