namespace Site.Clicks.Counting;

/// <summary>A line that could not be read, for the report (its content is not kept: it may hold an address).</summary>
internal sealed record BadLine(string File, long Line, string Problem);

/// <summary>
/// What reading the logs found: how many lines and link requests there were, how many were counted,
/// and how many were left out for each reason.
/// </summary>
internal sealed class ScanTotals
{
    /// <summary>How many bad lines are kept for the report; the rest are only counted.</summary>
    public const int BadLineSamples = 5;

    private readonly long[] byAgentKind = new long[Enum.GetValues<AgentKind>().Length];
    private readonly List<BadLine> badLineSamples = [];

    public int Files { get; set; }

    public long Lines { get; set; }

    public long Requests { get; set; }

    /// <summary>Requests for a <c>/go/&lt;newsletter&gt;/&lt;link&gt;/</c> page, before any filter.</summary>
    public long LinkRequests { get; set; }

    /// <summary>HEAD and every other method but GET.</summary>
    public long NotGet { get; set; }

    /// <summary>Responses outside 200–299: not found, redirects, errors.</summary>
    public long NotSuccessful { get; set; }

    public long Automated => byAgentKind.Sum();

    public long Burst { get; set; }

    public long Counted { get; set; }

    public long BadLines { get; private set; }

    public IReadOnlyList<BadLine> BadLineExamples => badLineSamples;

    public long AutomatedOf(AgentKind kind) => byAgentKind[(int)kind];

    public void AddAutomated(AgentKind kind) => byAgentKind[(int)kind]++;

    public void AddBadLine(string file, long line, string problem)
    {
        BadLines++;
        if (badLineSamples.Count < BadLineSamples)
        {
            badLineSamples.Add(new BadLine(file, line, problem));
        }
    }
}
