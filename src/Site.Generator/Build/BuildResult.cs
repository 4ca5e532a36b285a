using Site.Generator.Diagnostics;

namespace Site.Generator.Build;

/// <summary>How a build went: every problem found, what was written, and where the time went.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int PagesWritten,
    int FilesWritten,
    IReadOnlyList<PhaseTiming> Timings)
{
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>
/// The wall-clock time one phase of the build took, what it allocated (on every thread) and how long
/// garbage collection paused the build during it.
/// </summary>
public sealed record PhaseTiming(string Phase, TimeSpan Elapsed, long AllocatedBytes, TimeSpan Paused);
