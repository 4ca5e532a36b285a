using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Site.Tests.Checks;

/// <summary>
/// A web server on 127.0.0.1 for external link tests: each path answers as its handler says, and
/// every request is recorded with its method, so tests can see what the checker asked and when.
/// </summary>
public sealed class LocalWebServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerRequest, int, Task<int>>> _routes = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public LocalWebServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public ConcurrentQueue<(string Method, string Path, DateTimeOffset At)> Requests { get; } = new();

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    /// <summary>Answers a path with the status its handler returns, given the request and how many times the path was asked before.</summary>
    public LocalWebServer On(string path, Func<HttpListenerRequest, int, Task<int>> status)
    {
        _routes[path] = status;
        return this;
    }

    public LocalWebServer On(string path, int status) => On(path, (_, _) => Task.FromResult(status));

    public int Count(string path, string? method = null) => Requests.Count(r => r.Path == path && (method is null || r.Method == method));

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                var path = context.Request.Url!.AbsolutePath;
                var before = Count(path);
                Requests.Enqueue((context.Request.HttpMethod, path, DateTimeOffset.UtcNow));
                try
                {
                    context.Response.StatusCode = _routes.TryGetValue(path, out var handler) ? await handler(context.Request, before) : 404;
                    context.Response.Close();
                }
                catch (HttpListenerException)
                {
                    // The client gave up (a timeout test); nothing to answer.
                }
            });
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
        }
    }
}
