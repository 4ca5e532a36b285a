using System.Runtime.CompilerServices;
using Site.Clicks.Reading;

namespace Site.Clicks.Counting;

/// <summary>
/// Decides for each logged request whether it is a newsletter click, and counts it. A request for a
/// link page is left out when it is not a GET, did not succeed, came from an automated user agent,
/// or was part of a burst; everything else is counted, with a keyed hash of the client for uniques.
/// </summary>
internal sealed class ClickCounter
{
    private readonly NameTable names = new();
    private readonly ClientHasher hasher = new();
    private readonly AgentClassifier agents = new();
    private readonly BurstFilter bursts;

    public ClickCounter(BurstRule rule, Func<string, int> linksInNewsletter) =>
        bursts = new BurstFilter(rule, linksInNewsletter, Accept);

    public ScanTotals Totals { get; } = new();

    public ClickTally Tally { get; } = new();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Observe(ILogLineParser parser, scoped in LogRequest request, string file, long line)
    {
        Totals.Requests++;
        if (!GoLinkPath.TryMatch(request.Target, out var newsletter, out var link))
        {
            return;
        }

        Totals.LinkRequests++;

        // No method recorded (some CSV exports) is taken as GET: nothing better is known.
        if (!request.Method.IsEmpty && !request.Method.SequenceEqual("GET"u8))
        {
            Totals.NotGet++;
            return;
        }

        if (request.Status >= 0 && request.Status is < 200 or > 299)
        {
            Totals.NotSuccessful++;
            return;
        }

        if (agents.Classify(request.UserAgent) is { } kind)
        {
            Totals.AddAutomated(kind);
            return;
        }

        if (!parser.TryReadTime(request, out var time))
        {
            Totals.AddBadLine(file, line, "the time of this link request cannot be read");
            return;
        }

        var day = DateOnly.FromDateTime(time.DateTime);
        var click = new Click(names.Get(newsletter), names.Get(link), day, time.UtcTicks, hasher.Hash(request.Address, request.UserAgent, day));
        bursts.Add(click);
    }

    /// <summary>Passes on the clicks still held by the burst filter; call once after the last log.</summary>
    public void Finish()
    {
        bursts.Flush();
        Totals.Burst = bursts.Dropped;
    }

    private void Accept(Click click)
    {
        Totals.Counted++;
        Tally.Add(click);
    }
}
