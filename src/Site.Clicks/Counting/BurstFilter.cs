namespace Site.Clicks.Counting;

/// <summary>
/// Holds back each client's recent clicks on a newsletter until it is clear whether they were a
/// burst (see <see cref="BurstRule"/>). Clicks of a run that turns into a burst are all dropped,
/// including the ones before the burst was recognised; the others are passed on once the client has
/// been quiet for longer than the rule's gap.
/// </summary>
/// <remarks>
/// Only clients active within the last few seconds of log time are held, so memory does not grow
/// with the log. Logs are expected in time order within a file (a few seconds of disorder is fine);
/// files may come in any order, as rotated logs often are listed newest first.
/// </remarks>
internal sealed class BurstFilter(BurstRule rule, Func<string, int> linksInNewsletter, Action<Click> accept)
{
    /// <summary>
    /// A client reloading one link for ever would otherwise be held for ever; past this many held
    /// clicks they are passed on, and only later clicks can still be dropped as a burst.
    /// </summary>
    private const int MaxHeldClicks = 1024;

    private readonly long gapTicks = rule.MaxGap.Ticks;
    private readonly Dictionary<RunKey, Run> runs = [];
    private readonly Dictionary<string, int> thresholds = [];
    private long lastSweepTicks;

    /// <summary>Clicks dropped as parts of bursts so far.</summary>
    public long Dropped { get; private set; }

    /// <summary>Clients whose recent clicks are held: those active within the last few seconds.</summary>
    public int ClientsHeld => runs.Count;

    public void Add(Click click)
    {
        if (Math.Abs(click.UtcTicks - lastSweepTicks) > gapTicks)
        {
            Sweep(click.UtcTicks);
        }

        var key = new RunKey(click.Client.Run, click.Newsletter);
        if (runs.TryGetValue(key, out var run))
        {
            if (Math.Abs(click.UtcTicks - run.LastTicks) <= gapTicks)
            {
                Extend(run, click);
                return;
            }

            Close(run);
            runs.Remove(key);
        }

        run = new Run(click.UtcTicks);
        runs[key] = run;
        Extend(run, click);
    }

    /// <summary>Passes on everything still held: call at the end of the input.</summary>
    public void Flush()
    {
        foreach (var run in runs.Values)
        {
            Close(run);
        }

        runs.Clear();
    }

    private void Extend(Run run, Click click)
    {
        run.LastTicks = Math.Max(run.LastTicks, click.UtcTicks);
        if (run.IsBurst)
        {
            Dropped++;
            return;
        }

        if (!run.Links.Contains(click.Link))
        {
            run.Links.Add(click.Link);
        }

        run.Held.Add(click);
        if (run.Links.Count >= Threshold(click.Newsletter))
        {
            Dropped += run.Held.Count;
            run.Held.Clear();
            run.IsBurst = true;
        }
        else if (run.Held.Count >= MaxHeldClicks)
        {
            Release(run);
        }
    }

    private int Threshold(string newsletter)
    {
        if (!thresholds.TryGetValue(newsletter, out var threshold))
        {
            threshold = rule.DistinctLinksFor(linksInNewsletter(newsletter));
            thresholds[newsletter] = threshold;
        }

        return threshold;
    }

    /// <summary>Closes the runs too far from the log's current time, earlier or later, to go on.</summary>
    private void Sweep(long nowTicks)
    {
        lastSweepTicks = nowTicks;
        foreach (var (key, run) in runs)
        {
            if (Math.Abs(nowTicks - run.LastTicks) > gapTicks)
            {
                Close(run);
                runs.Remove(key);
            }
        }
    }

    private void Close(Run run)
    {
        if (!run.IsBurst)
        {
            Release(run);
        }
    }

    private void Release(Run run)
    {
        foreach (var click in run.Held)
        {
            accept(click);
        }

        run.Held.Clear();
    }

    private readonly record struct RunKey(ulong Client, string Newsletter);

    private sealed class Run(long ticks)
    {
        public long LastTicks { get; set; } = ticks;

        public bool IsBurst { get; set; }

        public List<string> Links { get; } = [];

        public List<Click> Held { get; } = [];
    }
}
