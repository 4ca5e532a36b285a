// dotnet SearchBench.dll corpus.json index-out.json runs
// Times the C# LunrIndexBuilder on the benchmark corpus: adding every document and writing the index,
// as the site build does. Prints the timings as JSON; the first run includes JIT compilation.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Site.Search;

string corpusPath = args[0];
string output = args[1];
int runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;

SearchField[] fields = [new("title", 10), new("summary", 5), new("headings", 3), new("body"), new("type"), new("audience"), new("topics")];
string[] names = [.. fields.Select(f => f.Name)];
using var corpus = JsonDocument.Parse(File.ReadAllBytes(corpusPath));
var docs = corpus.RootElement.EnumerateArray()
    .Select(d => (Ref: d.GetProperty("ref").GetString()!, Values: names.Select(n => d.GetProperty(n).GetString()).ToArray()))
    .ToList();

var add = new List<double>();
var write = new List<double>();
var cpu = new List<double>(); // processor time of the process (all threads, GC included)
var process = System.Diagnostics.Process.GetCurrentProcess();
byte[] index = [];
for (int r = 0; r < runs; r++)
{
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var builder = new LunrIndexBuilder(fields);
    foreach (var (reference, values) in docs)
    {
        builder.Add(reference, values);
    }

    double added = clock.Elapsed.TotalMilliseconds;
    using var stream = new MemoryStream();
    builder.WriteTo(stream);
    double written = clock.Elapsed.TotalMilliseconds;
    process.Refresh();
    cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
    add.Add(added);
    write.Add(written - added);
    index = stream.ToArray();
}

File.WriteAllBytes(output, index);
Console.WriteLine(JsonSerializer.Serialize(new { add, write, cpu, bytes = index.Length }));
