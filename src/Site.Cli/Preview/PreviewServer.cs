using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace Site.Cli.Preview;

/// <summary>
/// Serves a built site folder on localhost the way a static host would: folders answer with their
/// index.html, unknown paths with 404.html and status 404.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly string _root;
    private readonly WebApplication _app;

    /// <param name="root">The built site folder.</param>
    /// <param name="port">The port to listen on.</param>
    /// <param name="host">The host name or address to listen on.</param>
    public PreviewServer(string root, int port, string host = "localhost")
    {
        _root = Path.GetFullPath(root);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{host}:{port}");
        _app = builder.Build();
        _app.Run(Serve);
    }

    public Task StartAsync() => _app.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task Serve(HttpContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        var file = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
        if (!file.StartsWith(_root, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: true);
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        var status = StatusCodes.Status200OK;
        if (!File.Exists(file))
        {
            status = StatusCodes.Status404NotFound;
            file = Path.Combine(_root, "404.html");
            if (!File.Exists(file))
            {
                context.Response.StatusCode = status;
                return;
            }
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        context.Response.Headers.CacheControl = "no-cache";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.SendFileAsync(file);
        }
    }
}
