using Site.Clicks.Reading;

namespace Site.Clicks.Cli;

/// <summary>The outcome of reading the command line: options, a request for help, or a usage error.</summary>
internal abstract record ParsedArguments
{
    public sealed record Run(ClicksOptions Options) : ParsedArguments;

    public sealed record Help : ParsedArguments;

    public sealed record Error(string Message) : ParsedArguments;
}

/// <summary>Reads <c>clicks</c> arguments. Options take their value as the next argument or after '='.</summary>
internal static class ClicksArguments
{
    public const string Usage = """
        Usage: site clicks --log FILE [--log FILE ...] [--format auto|combined|w3c|csv]
                           [--csv OUT] [--report DIR] [--opens FILE] [--site DIR]

        Counts clicks on newsletter links (/go/<newsletter>/<link>/ pages) in web server access logs,
        per newsletter, section, link and day, leaving out HEAD requests, failed requests, crawlers,
        link scanners and bursts of automatic link checks.

        Options:
          --log FILE      An access log: nginx or Apache combined, W3C (IIS), or CSV with a header row.
                          Plain or gzip. Repeat for several files.
          --format F      The logs' format: auto (the default, recognised per file), combined, w3c or csv.
          --csv OUT       Also write clicks per link to the CSV file OUT.
          --report DIR    Also write an HTML report (index.html and a page per newsletter) to DIR.
          --opens FILE    A CSV export of campaign opens from the mailing tool, shown beside clicks.
          --site DIR      The built site, for link texts and sections (default: output).
          --help          Show this help.

        Exit codes: 0 done, 1 a log or input file is missing or malformed, 2 wrong usage.
        """;

    public static ParsedArguments Parse(IReadOnlyList<string> args)
    {
        var logs = new List<string>();
        var format = LogFormat.Auto;

        // Options other than --log may be given once; they are read into the typed options below.
        var once = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                return new ParsedArguments.Help();
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                return new ParsedArguments.Error($"unexpected argument '{arg}'. Give each log with --log FILE.");
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg : arg[..equals];
            string? value;
            if (equals >= 0)
            {
                value = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                value = null;
            }

            if (name is not ("--log" or "--format" or "--csv" or "--report" or "--opens" or "--site"))
            {
                return new ParsedArguments.Error($"unknown option '{name}'.");
            }

            if (string.IsNullOrEmpty(value))
            {
                return new ParsedArguments.Error($"{name} needs a value.");
            }

            if (name == "--log")
            {
                logs.Add(value);
                continue;
            }

            if (!once.TryAdd(name, value))
            {
                return new ParsedArguments.Error($"{name} is given more than once.");
            }
        }

        if (once.GetValueOrDefault("--format") is { } formatText)
        {
            LogFormat? parsed = formatText.ToLowerInvariant() switch
            {
                "auto" => LogFormat.Auto,
                "combined" => LogFormat.Combined,
                "w3c" => LogFormat.W3c,
                "csv" => LogFormat.Csv,
                _ => null,
            };
            if (parsed is null)
            {
                return new ParsedArguments.Error($"--format must be auto, combined, w3c or csv, not '{formatText}'.");
            }

            format = parsed.Value;
        }

        if (logs.Count == 0)
        {
            return new ParsedArguments.Error("give at least one access log with --log FILE.");
        }

        return new ParsedArguments.Run(new ClicksOptions(
            logs,
            format,
            once.GetValueOrDefault("--csv"),
            once.GetValueOrDefault("--report"),
            once.GetValueOrDefault("--opens"),
            once.GetValueOrDefault("--site") ?? ClicksOptions.DefaultSiteDirectory));
    }
}
