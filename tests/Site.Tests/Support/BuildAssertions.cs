using Site.Generator.Build;
using Site.Generator.Diagnostics;

namespace Site.Tests.Support;

/// <summary>Assertions that print every diagnostic when a build does not go as expected.</summary>
public static class BuildAssertions
{
    public static void Succeeded(BuildResult result) =>
        Assert.True(result.Succeeded, "The build failed:\n" + string.Join('\n', result.Diagnostics));

    /// <summary>Asserts exactly one error matched and returns it.</summary>
    public static Diagnostic SingleError(BuildResult result, string messagePart)
    {
        Assert.False(result.Succeeded, "The build succeeded but an error was expected.");
        var matches = result.Diagnostics.Where(d => d.Severity == Severity.Error && d.Message.Contains(messagePart, StringComparison.Ordinal)).ToList();
        Assert.True(matches.Count == 1, $"Expected one error containing '{messagePart}', got:\n" + string.Join('\n', result.Diagnostics));
        return matches[0];
    }
}
