namespace Site.Clicks.Reading;

/// <summary>
/// One request as a log line records it, as slices of the line's own bytes. Nothing is copied or
/// decoded here: most lines are not newsletter clicks, and they must cost no allocation.
/// </summary>
internal ref struct LogRequest
{
    /// <summary>Client address as logged; empty when the log does not record it.</summary>
    public ReadOnlySpan<byte> Address;

    /// <summary>HTTP method; empty when the log does not record it (then it is taken to be GET).</summary>
    public ReadOnlySpan<byte> Method;

    /// <summary>Requested path, possibly with a query string, or an absolute URL.</summary>
    public ReadOnlySpan<byte> Target;

    /// <summary>Response status; -1 when the log does not record it (then it is taken to be a success).</summary>
    public int Status;

    /// <summary>User agent as logged (W3C logs write spaces as '+').</summary>
    public ReadOnlySpan<byte> UserAgent;

    /// <summary>Time text in the format's own layout.</summary>
    public ReadOnlySpan<byte> Time;

    /// <summary>Date text when the format keeps date and time apart (W3C).</summary>
    public ReadOnlySpan<byte> Date;
}
