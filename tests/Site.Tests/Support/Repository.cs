namespace Site.Tests.Support;

/// <summary>Finds the repository the tests run from, so whole-site tests can build the real content/.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Site.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the repository (Site.sln was not found above them).");
    }
}
