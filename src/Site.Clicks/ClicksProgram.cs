using Site.Clicks.Cli;
using Site.Clicks.Counting;
using Site.Clicks.Links;
using Site.Clicks.Opens;
using Site.Clicks.Reading;
using Site.Clicks.Reporting;

namespace Site.Clicks;

/// <summary>
/// The <c>site clicks</c> command: reads web server access logs and reports how often each newsletter
/// link was clicked, per newsletter, section, link and day, without storing anything that identifies
/// a reader. Returns 0 on success, 1 when a log or input file is missing or malformed, 2 on wrong usage.
/// </summary>
public static class ClicksProgram
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        switch (ClicksArguments.Parse(args))
        {
            case ParsedArguments.Help:
                stdout.WriteLine(ClicksArguments.Usage);
                return 0;
            case ParsedArguments.Error error:
                stderr.WriteLine($"clicks: {error.Message}");
                stderr.WriteLine();
                stderr.WriteLine(ClicksArguments.Usage);
                return 2;
            case ParsedArguments.Run run:
                return Count(run.Options, stdout, stderr);
            default:
                throw new InvalidOperationException("Unhandled argument outcome.");
        }
    }

    private static int Count(ClicksOptions options, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            // Fail on a mistyped path before spending minutes on the other logs.
            if (options.Logs.FirstOrDefault(log => !File.Exists(log)) is { } missing)
            {
                throw new ClicksInputException(Directory.Exists(missing)
                    ? $"{missing}: this is a folder, not a log file. Give each log file with its own --log."
                    : $"{missing}: log file not found. Check the path given to --log.");
            }

            var catalog = LinkCatalog.Load(options.SiteDirectory);
            var opens = options.OpensPath is null ? [] : OpensReader.Read(options.OpensPath);
            var rule = BurstRule.Default;
            var counter = new ClickCounter(rule, catalog.LinkCount);
            foreach (var log in options.Logs)
            {
                LogFileScanner.Scan(log, options.Format, counter);
            }

            counter.Finish();
            var report = ClickReportBuilder.Build(counter.Tally, catalog, counter.Totals, rule, opens);
            ConsoleReportWriter.Write(report, stdout);
            if (options.CsvPath is { } csv)
            {
                Save(csv, "CSV file", () => CsvReportWriter.Write(report, csv));
                stdout.WriteLine($"Wrote clicks per link to {csv}.");
            }

            if (options.ReportDirectory is { } directory)
            {
                Save(directory, "report folder", () => HtmlReportWriter.Write(report, directory));
                stdout.WriteLine($"Wrote the HTML report to {Path.Combine(directory, HtmlReportWriter.IndexFile)}.");
            }

            return 0;
        }
        catch (ClicksInputException ex)
        {
            stderr.WriteLine($"clicks: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file or folder that vanished or became unreadable while counting.
            stderr.WriteLine($"clicks: {ex.Message} Check the paths given and that they can be read.");
            return 1;
        }
    }

    private static void Save(string path, string what, Action write)
    {
        try
        {
            write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ClicksInputException($"{path}: cannot write the {what} ({ex.Message}). Check the folder exists and is writable, or choose another path.");
        }
    }
}
