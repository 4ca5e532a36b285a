using System.Globalization;
using System.Runtime.InteropServices;
using Site.Cli.Preview;

namespace Site.Cli.Commands;

/// <summary><c>preview</c>: builds, serves the site on localhost and rebuilds when content changes.</summary>
public sealed class PreviewCommand : ICliCommand
{
    public const int DefaultPort = 5080;
    private static readonly HashSet<string> Options = ["content", "output", "port"];
    private static readonly HashSet<string> Flags = ["drafts"];

    public string Name => "preview";

    public string Summary => $"Build, serve on http://localhost:{DefaultPort} and rebuild on every change.";

    public string Help => $"""
        Usage: site preview [--port N] [--content DIR] [--output DIR] [--drafts]

        Builds the site, serves it on http://localhost:{DefaultPort} and rebuilds whenever a file in the
        content folder changes. If a change has errors they are printed and the last good site stays up.
        Press Ctrl+C to stop.

        Options:
          --port N        The port to serve on (default: {DefaultPort})
          --content DIR   The site's sources (default: content)
          --output DIR    Where the preview is written (default: .site/preview)
          --drafts        Include drafts and items dated in the future
          --help          Show this help
        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = Arguments.Parse(args, Options, Flags);
        if (arguments.WantsHelp)
        {
            stdout.WriteLine(Help);
            return ExitCodes.Success;
        }

        var port = DefaultPort;
        if (arguments.Option("port") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw new UsageException($"--port must be a number from 1 to 65535, not '{text}'.");
        }

        var options = BuildCommand.OptionsFrom(arguments, Path.Combine(".site", "preview"));
        var session = new PreviewSession(options, stdout, stderr);
        try
        {
            if (!session.StartAsync(port).GetAwaiter().GetResult())
            {
                stderr.WriteLine("Fix the errors above and run preview again: there is no site to serve yet.");
                return ExitCodes.SiteHasErrors;
            }
        }
        catch (IOException e)
        {
            stderr.WriteLine($"Could not serve on port {port}: {e.Message}. Choose another with --port.");
            return ExitCodes.WrongUsage;
        }

        stdout.WriteLine($"Serving {options.OutputDirectory}/ on http://localhost:{port}/ - press Ctrl+C to stop.");
        var stopped = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopped.Set();
        };
        // SIGTERM (a service manager, `kill`) stops it as Ctrl+C does. The web host's own handler takes
        // the signal otherwise, stopping the server but leaving this thread waiting.
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stopped.Set();
        });
        stopped.Wait();
        session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return ExitCodes.Success;
    }
}
