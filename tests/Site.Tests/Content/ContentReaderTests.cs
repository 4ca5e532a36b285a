using Site.Generator.Content;
using Site.Generator.Diagnostics;

namespace Site.Tests.Content;

public sealed class ContentReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("content-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Errors_in_some_files_do_not_drop_the_valid_files_read_alongside_them()
    {
        // Files are read in parallel; many of each kind make an overlap between a valid file and an invalid one certain.
        for (var i = 0; i < 200; i++)
        {
            File.WriteAllText(Path.Combine(_folder, $"good-{i:000}.md"), $"---\ntitle: Good {i}\n---\nText.\n");
            File.WriteAllText(Path.Combine(_folder, $"bad-{i:000}.md"), $"---\ntitle: Bad {i}\ncolour: red\n---\nText.\n");
        }

        for (var run = 0; run < 5; run++)
        {
            var diagnostics = new DiagnosticBag();
            var sources = ContentReader.Read(_folder, diagnostics);

            Assert.Equal(200, sources.Documents.Count);
            Assert.All(sources.Documents, d => Assert.StartsWith("good-", d.SourcePath, StringComparison.Ordinal));
            Assert.Equal(200, diagnostics.Count);
        }
    }
}
