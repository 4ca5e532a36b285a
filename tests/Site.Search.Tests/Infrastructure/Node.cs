using System.Diagnostics;

namespace Site.Search.Tests.Infrastructure;

/// <summary>Runs the test suite's node scripts against the theme's real lunr.js.</summary>
internal static class Node
{
    private static readonly Lock InstallLock = new();
    private static bool _installed;

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ScriptDirectory => Path.Combine(RepoRoot, "tests", "Site.Search.Tests", "node");

    public static string ThemeDirectory => Path.Combine(RepoRoot, "theme");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Site.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root (Site.sln) above " + AppContext.BaseDirectory);
    }

    /// <summary>Installs the theme's npm packages (lunr among them) once, if they are missing.</summary>
    public static void EnsureLunr()
    {
        lock (InstallLock)
        {
            if (_installed)
            {
                return;
            }

            string lunrJs = Path.Combine(ThemeDirectory, "node_modules", "lunr", "lunr.js");
            if (!File.Exists(lunrJs))
            {
                Exec("npm", ThemeDirectory, TimeSpan.FromMinutes(5), "ci", "--no-audit", "--no-fund");
                if (!File.Exists(lunrJs))
                {
                    throw new InvalidOperationException("npm ci in theme/ did not install lunr.");
                }
            }

            _installed = true;
        }
    }

    /// <summary>Runs a script of tests/Site.Search.Tests/node and returns what it printed.</summary>
    public static string Run(string script, params string[] args)
    {
        EnsureLunr();
        return Exec("node", ScriptDirectory, TimeSpan.FromMinutes(5), [Path.Combine(ScriptDirectory, script), .. args]);
    }

    public static string Exec(string fileName, string workingDirectory, TimeSpan timeout, params string[] args) =>
        Exec(fileName, workingDirectory, timeout, null, args);

    public static string Exec(
        string fileName,
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment,
        params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + fileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish within {timeout}.");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', args)} exited with {process.ExitCode}.\n{stdout.Result}\n{stderr.Result}");
        }

        return stdout.Result;
    }

    /// <summary>A fresh temporary directory for one batch of node input and output.</summary>
    public static string TempDirectory(string name)
    {
        string dir = Path.Combine(Path.GetTempPath(), "site-search-tests", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Removes a directory made by <see cref="TempDirectory"/>; a failure to do so is not a test failure.</summary>
    public static void DeleteDirectory(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
