using System.Runtime.CompilerServices;
using Site.Clicks.Counting;

namespace Site.Clicks.Reading;

/// <summary>Reads one log file line by line, in its format, and hands each request to the counter.</summary>
/// <remarks>
/// The per-line methods on this path are marked for full optimisation at first call. The runtime
/// would otherwise start them as quick, slow code and optimise later, and a command that runs once
/// over a log spends a large part of a short run in that slow code.
/// </remarks>
internal static class LogFileScanner
{
    public static void Scan(string path, LogFormat format, ClickCounter counter)
    {
        using var reader = new LogLineReader(LogFileOpener.Open(path));
        try
        {
            var parser = CreateParser(path, format == LogFormat.Auto ? Detect(path, reader) : format);
            counter.Totals.Files++;
            ReadLines(path, reader, parser, counter);
        }
        catch (InvalidDataException ex)
        {
            throw new ClicksInputException(
                $"{path}: the compressed data is damaged after line {reader.LineNumber} ({ex.Message}). Check the file with 'gzip -t {path}'; a log still being written may be cut short.");
        }
        catch (IOException ex)
        {
            throw new ClicksInputException($"{path}: reading stopped after line {reader.LineNumber}: {ex.Message}");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadLines(string path, LogLineReader reader, ILogLineParser parser, ClickCounter counter)
    {
        var totals = counter.Totals;
        while (reader.TryReadLine(out var line))
        {
            totals.Lines++;
            if (reader.LineTooLong)
            {
                totals.AddBadLine(path, reader.LineNumber, $"the line is longer than {LogLineReader.BufferSize / 1024 / 1024} MiB");
                continue;
            }

            switch (parser.Parse(line, out var request, out var problem))
            {
                case LineKind.Request:
                    counter.Observe(parser, request, path, reader.LineNumber);
                    break;
                case LineKind.Bad:
                    totals.AddBadLine(path, reader.LineNumber, problem ?? "the line does not fit the log format");
                    break;
            }
        }
    }

    private static LogFormat Detect(string path, LogLineReader reader) =>
        LogFormatDetector.Detect(reader.Peek())
        ?? throw new ClicksInputException(
            $"{path}: line 1: the log's format cannot be recognised from its first lines (not combined, W3C or CSV with a header). Give --format combined, w3c or csv if you know it.");

    private static ILogLineParser CreateParser(string path, LogFormat format) => format switch
    {
        LogFormat.W3c => new W3cLogParser(),
        LogFormat.Csv => new CsvLogParser(path),
        _ => new CombinedLogParser(),
    };
}
