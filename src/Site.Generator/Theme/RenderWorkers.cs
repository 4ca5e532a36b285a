using System.Collections.Concurrent;
using AngleSharp.Html.Parser;
using Site.Generator.Checks.Html;

namespace Site.Generator.Theme;

/// <summary>
/// The renderers and parsers of a parallel step, each used by one thread at a time and kept until the
/// step ends. <c>Parallel.ForEach</c> starts a fresh worker every few dozen milliseconds to share the
/// threads fairly, so making a renderer in each worker's set-up made hundreds of them in a large build;
/// handing them back here means one per thread that needs one.
/// </summary>
public sealed class RenderWorkers : IDisposable
{
    private readonly ConcurrentBag<RenderWorker> _idle = [];
    private readonly ConcurrentBag<RenderWorker> _made = [];

    public RenderWorker Rent()
    {
        if (_idle.TryTake(out var worker))
        {
            return worker;
        }

        var parser = new HtmlParser();
        worker = new RenderWorker(new PageRenderer(), parser, new LayoutParser(parser));
        _made.Add(worker);
        return worker;
    }

    public void Return(RenderWorker worker) => _idle.Add(worker);

    public void Dispose()
    {
        foreach (var worker in _made)
        {
            worker.Renderer.Dispose();
        }
    }
}

/// <summary>A renderer and parsers for one thread at a time.</summary>
/// <param name="Pages">Parses laid-out pages for the checks, keeping the layouts it has parsed.</param>
public sealed record RenderWorker(PageRenderer Renderer, HtmlParser Parser, LayoutParser Pages);
