namespace Site.Cli.Commands;

/// <summary>One verb of the command line (<c>build</c>, <c>preview</c>…).</summary>
public interface ICliCommand
{
    string Name { get; }

    /// <summary>One line for the list of commands.</summary>
    string Summary { get; }

    /// <summary>The full help: usage line and options.</summary>
    string Help { get; }

    /// <returns>0 on success, 1 when the site has errors, 2 on wrong usage.</returns>
    int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr);
}
