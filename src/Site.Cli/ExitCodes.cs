namespace Site.Cli;

/// <summary>What the process exit code tells scripts and CI.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int SiteHasErrors = 1;
    public const int WrongUsage = 2;
}
