using System.Diagnostics;
using Site.Generator.Build;

namespace Site.Cli.Commands;

/// <summary><c>build</c>: turns content/ into the published site in output/, or reports why not.</summary>
public sealed class BuildCommand : ICliCommand
{
    private static readonly HashSet<string> Options = ["content", "output"];
    private static readonly HashSet<string> Flags = ["drafts", "timings"];

    public string Name => "build";

    public string Summary => "Build the site from content/ into output/.";

    public string Help => """
        Usage: site build [--content DIR] [--output DIR] [--drafts] [--timings]

        Builds the Markdown and data in the content folder into a static website.
        If any file has an error, every problem is listed and the last good output is left as it was.

        Options:
          --content DIR   The site's sources (default: content)
          --output DIR    Where the site is written (default: output)
          --drafts        Include drafts and items dated in the future
          --timings       Print the time each phase of the build took
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

        var options = OptionsFrom(arguments);
        var clock = Stopwatch.StartNew();
        var result = new SiteBuilder(options).Build();
        return Report(result, options, clock.Elapsed, arguments.Flag("timings"), stdout, stderr);
    }

    public static BuildOptions OptionsFrom(Arguments arguments, string defaultOutput = "output") => new()
    {
        ContentDirectory = arguments.Option("content") ?? "content",
        OutputDirectory = arguments.Option("output") ?? defaultOutput,
        IncludeDrafts = arguments.Flag("drafts"),
    };

    public static int Report(BuildResult result, BuildOptions options, TimeSpan elapsed, bool timings, TextWriter stdout, TextWriter stderr)
    {
        DiagnosticPrinter.Print(result.Diagnostics, result.Succeeded ? stdout : stderr);
        if (timings)
        {
            foreach (var phase in result.Timings)
            {
                stdout.WriteLine($"  {phase.Phase,-17} {phase.Elapsed.TotalMilliseconds,8:0} ms {phase.AllocatedBytes / 1048576.0,8:0} MB allocated {phase.Paused.TotalMilliseconds,6:0} ms paused");
            }

            // Memory is the other half of a build's cost: garbage collection pauses every phase.
            using var process = Process.GetCurrentProcess();
            stdout.WriteLine(
                $"  memory: {GC.GetTotalAllocatedBytes() / 1048576:0} MB allocated, peak {process.PeakWorkingSet64 / 1048576:0} MB resident; " +
                $"{GC.CollectionCount(0)} collections (gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}), {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused");
        }

        var summary = DiagnosticPrinter.Summary(result.Diagnostics);
        if (!result.Succeeded)
        {
            stderr.WriteLine($"Build failed: {summary}. {options.OutputDirectory}/ was not changed.");
            return ExitCodes.SiteHasErrors;
        }

        stdout.WriteLine($"Built {result.PagesWritten} pages ({result.FilesWritten} files) into {options.OutputDirectory}/ in {elapsed.TotalSeconds:0.00} s: {summary}.");
        return ExitCodes.Success;
    }
}
