namespace Site.Generator.Build;

/// <summary>
/// Publishes an output set so that a reader of the output folder never sees half a site: files are
/// written to a scratch folder beside it, which then replaces the old folder.
/// </summary>
public static class OutputWriter
{
    public static void Write(OutputSet output, string outputDirectory)
    {
        var full = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var scratch = Path.Combine(parent, $".{Path.GetFileName(full)}.new-{Environment.ProcessId}");
        var old = Path.Combine(parent, $".{Path.GetFileName(full)}.old-{Environment.ProcessId}");
        DeleteIfExists(scratch);
        DeleteIfExists(old);

        var folders = output.Files.Select(f => Path.GetDirectoryName(f.Path) ?? "").Distinct().ToList();
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(Path.Combine(scratch, folder));
        }

        Parallel.ForEach(output.Files, file =>
        {
            var target = Path.GetFullPath(Path.Combine(scratch, file.Path));
            if (!target.StartsWith(scratch + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{file.Path} would be written outside the output folder.");
            }

            if (file.Bytes is { } bytes)
            {
                File.WriteAllBytes(target, bytes);
            }
            else
            {
                File.Copy(file.SourceFile!, target);
            }
        });

        if (Directory.Exists(full))
        {
            Directory.Move(full, old);
        }

        Directory.Move(scratch, full);
        DeleteIfExists(old);
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
