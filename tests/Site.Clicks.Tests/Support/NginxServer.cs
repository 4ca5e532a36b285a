using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Site.Clicks.Tests.Support;

/// <summary>
/// A real nginx serving a folder on 127.0.0.1, on a free port, with its own configuration, pid file,
/// access log and error log in a temp folder. It runs in the foreground as the current user (no
/// daemon), so it ends with the test. Stopping it waits for nginx to exit, after which the access
/// log is complete.
/// </summary>
public sealed class NginxServer : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly string folder;
    private readonly Process process;

    private NginxServer(string folder, int port, Process process)
    {
        this.folder = folder;
        this.process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri BaseAddress { get; }

    /// <summary>The access log, in nginx's default combined format.</summary>
    public string AccessLog => Path.Combine(folder, "access.log");

    public string ErrorLog => Path.Combine(folder, "error.log");

    private string ConfigFile => Path.Combine(folder, "nginx.conf");

    /// <summary>Starts nginx serving <paramref name="siteRoot"/>; fails with nginx's own error if it cannot.</summary>
    public static async Task<NginxServer> StartAsync(string siteRoot)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: this test runs a real nginx. Install it with 'apt-get install -y nginx'.");
        }

        var folder = Directory.CreateTempSubdirectory("nginx-test-").FullName;

        // Another process can take the free port between our probe and nginx binding it; try again then.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            File.WriteAllText(Path.Combine(folder, "nginx.conf"), Config(folder, Path.GetFullPath(siteRoot), port));
            var process = Process.Start(new ProcessStartInfo(Executable)
            {
                ArgumentList = { "-p", folder + "/", "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log") },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var server = new NginxServer(folder, port, process);
            if (await server.WaitUntilListeningAsync())
            {
                return server;
            }

            var errors = File.Exists(server.ErrorLog) ? await File.ReadAllTextAsync(server.ErrorLog) : "";
            await server.StopAsync();
            if (attempt == 3 || !errors.Contains("Address already in use", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"nginx did not start on port {port}. Its error log says:\n{errors}\n{await process.StandardError.ReadToEndAsync()}");
            }
        }
    }

    /// <summary>Asks nginx to finish its requests and exit, and waits for it.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        using (var quit = Process.Start(new ProcessStartInfo(Executable)
        {
            ArgumentList = { "-p", folder + "/", "-c", ConfigFile, "-e", ErrorLog, "-s", "quit" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!)
        {
            await quit.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        process.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaning; never worth failing a test over.
        }
    }

    private static string Config(string folder, string siteRoot, int port)
    {
        // As root, nginx would hand requests to an unprivileged worker that cannot read a private
        // temp folder; keep the worker as the user running the test.
        var user = Environment.IsPrivilegedProcess ? $"user {Environment.UserName};" : "";
        return string.Create(CultureInfo.InvariantCulture, $$"""
            {{user}}
            daemon off;
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log notice;
            events { worker_connections 64; }
            http {
                access_log {{folder}}/access.log combined;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                types { text/html html; application/json json; text/css css; }
                default_type application/octet-stream;
                server {
                    listen 127.0.0.1:{{port}};
                    server_name localhost;
                    root {{siteRoot}};
                    index index.html;
                }
            }
            """);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task<bool> WaitUntilListeningAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                return false;
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, BaseAddress.Port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        return false;
    }
}
