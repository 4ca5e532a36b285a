using System.Diagnostics;
using System.Globalization;
using Site.Clicks;
using Site.Clicks.Bench;

// generate FILE MEGABYTES SITE_DIR: writes a deterministic combined log and a matching site folder.
// run ARGS...: runs the clicks command and reports wall time, throughput and peak memory.
switch (args.FirstOrDefault())
{
    case "generate" when args.Length == 4:
        var megabytes = long.Parse(args[2], CultureInfo.InvariantCulture);
        var written = CombinedLogGenerator.Write(args[1], megabytes * 1024 * 1024, args[3]);
        Console.WriteLine($"generated {written / 1024.0 / 1024.0:F0} MB in {args[1]}");
        return 0;
    case "run":
        var logBytes = LogBytes(args);
        var clock = Stopwatch.StartNew();
        var exit = ClicksProgram.Run(args[1..], Console.Out, Console.Error);
        clock.Stop();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"bench: {logBytes / 1024.0 / 1024.0:F0} MB in {seconds:F2} s = {logBytes / 1024.0 / 1024.0 / seconds:F0} MB/s; peak RSS {PeakResidentKilobytes() / 1024.0:F0} MB; allocated {GC.GetTotalAllocatedBytes() / 1024.0 / 1024.0:F0} MB in all, {GC.CollectionCount(0)} gen0 / {GC.CollectionCount(2)} gen2 collections, heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1024.0 / 1024.0:F0} MB"));
        return exit;
    default:
        Console.Error.WriteLine("usage: ClicksBench generate FILE MEGABYTES SITE_DIR | ClicksBench run CLICKS-ARGS...");
        return 2;
}

// The size the throughput is of: the log files' sizes, or, for a compressed log, the uncompressed
// size the caller gives in CLICKS_BENCH_BYTES.
static long LogBytes(string[] args)
{
    if (long.TryParse(Environment.GetEnvironmentVariable("CLICKS_BENCH_BYTES"), CultureInfo.InvariantCulture, out var given))
    {
        return given;
    }

    long total = 0;
    for (var i = 1; i < args.Length - 1; i++)
    {
        if (args[i] == "--log")
        {
            total += new FileInfo(args[i + 1]).Length;
        }
    }

    return total;
}

// VmHWM is the process's peak resident set size, as the kernel measured it.
static long PeakResidentKilobytes()
{
    var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
