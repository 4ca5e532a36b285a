using System.Collections.Concurrent;
using AngleSharp.Html.Parser;

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

        worker = new RenderWorker(new PageRenderer(), new HtmlParser());
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

/// <summary>A renderer and a parser for one thread at a time.</summary>
public sealed record RenderWorker(PageRenderer Renderer, HtmlParser Parser);
