using Site.Cli;
using Site.Cli.Commands;

ICliCommand[] commands = [new BuildCommand(), new PreviewCommand(), new ClicksCommand(), new CheckCommand()];

var stdout = Console.Out;
var stderr = Console.Error;
if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    PrintUsage(args.Length == 0 ? stderr : stdout);
    return args.Length == 0 ? ExitCodes.WrongUsage : ExitCodes.Success;
}

var command = commands.FirstOrDefault(c => c.Name == args[0]);
if (command is null)
{
    stderr.WriteLine($"Unknown command '{args[0]}'.");
    PrintUsage(stderr);
    return ExitCodes.WrongUsage;
}

try
{
    return command.Run(args[1..], stdout, stderr);
}
catch (UsageException e)
{
    stderr.WriteLine(e.Message);
    stderr.WriteLine();
    stderr.WriteLine(command.Help);
    return ExitCodes.WrongUsage;
}

void PrintUsage(TextWriter writer)
{
    writer.WriteLine("Usage: site <command> [options]");
    writer.WriteLine();
    writer.WriteLine("Commands:");
    foreach (var c in commands)
    {
        writer.WriteLine($"  {c.Name,-10} {c.Summary}");
    }

    writer.WriteLine();
    writer.WriteLine("Run 'site <command> --help' for a command's options.");
}
