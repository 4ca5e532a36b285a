namespace Site.Cli;

/// <summary>
/// A command's arguments: <c>--name value</c> options (repeatable), <c>--flag</c> switches and nothing
/// else. Anything unexpected is a usage error the command reports with its help.
/// </summary>
public sealed class Arguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private Arguments()
    {
    }

    public bool WantsHelp => _flags.Contains("help");

    /// <summary>Parses arguments against the options and flags a command accepts.</summary>
    /// <exception cref="UsageException">An unknown option, a missing value or a stray word.</exception>
    public static Arguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> options, IReadOnlySet<string> flags)
    {
        var parsed = new Arguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                parsed._flags.Add("help");
                continue;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"Unexpected argument '{arg}'.");
            }

            var name = arg[2..];
            string? inline = null;
            if (name.Contains('=', StringComparison.Ordinal))
            {
                inline = name[(name.IndexOf('=', StringComparison.Ordinal) + 1)..];
                name = name[..name.IndexOf('=', StringComparison.Ordinal)];
            }

            if (flags.Contains(name) && inline is null)
            {
                parsed._flags.Add(name);
            }
            else if (options.Contains(name))
            {
                var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"--{name} needs a value."));
                if (!parsed._options.TryGetValue(name, out var values))
                {
                    parsed._options[name] = values = [];
                }

                values.Add(value);
            }
            else
            {
                throw new UsageException($"Unknown option --{name}.");
            }
        }

        return parsed;
    }

    public bool Flag(string name) => _flags.Contains(name);

    public string? Option(string name) => _options.TryGetValue(name, out var values) ? values[^1] : null;

    public IReadOnlyList<string> All(string name) => _options.TryGetValue(name, out var values) ? values : [];
}

/// <summary>The command line was wrong: exit code 2, with the command's usage.</summary>
public sealed class UsageException(string message) : Exception(message);
