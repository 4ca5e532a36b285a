using System.Collections.Concurrent;

namespace Site.Generator.Checks.ExternalLinks;

/// <summary>Keeps requests to one host at least a set delay apart, one at a time, so no site is hammered.</summary>
public sealed class HostThrottle(TimeSpan delay, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Runs a request to a host once the host is free and its delay has passed.</summary>
    public async Task<T> RunAsync<T>(string host, Func<Task<T>> request, CancellationToken cancellation)
    {
        var slot = _hosts.GetOrAdd(host, _ => new HostSlot());
        await slot.Gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            if (slot.Last is { } last && last + delay - time.GetUtcNow() is { } wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellation).ConfigureAwait(false);
            }

            try
            {
                return await request().ConfigureAwait(false);
            }
            finally
            {
                slot.Last = time.GetUtcNow();
            }
        }
        finally
        {
            slot.Gate.Release();
        }
    }

    private sealed class HostSlot
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public DateTimeOffset? Last { get; set; }
    }
}
