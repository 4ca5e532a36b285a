using System.IO.Compression;

namespace Site.Clicks.Reading;

/// <summary>
/// Opens a log file for reading, decompressing gzip when the file starts with the gzip magic bytes,
/// whatever its name: rotated logs are often compressed without a .gz extension, or renamed.
/// </summary>
internal static class LogFileOpener
{
    private static readonly byte[] Gzip = [0x1F, 0x8B];

    /// <summary>Other compressors whose files we recognise only to say what to do about them.</summary>
    private static readonly (byte[] Magic, string Name, string Command)[] Unsupported =
    [
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd", "zstd -d"),
        ([0x42, 0x5A, 0x68], "bzip2", "bunzip2"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz", "unxz"),
    ];

    public static Stream Open(string path)
    {
        if (Directory.Exists(path))
        {
            throw new ClicksInputException($"{path}: this is a folder, not a log file. Give each log file with its own --log.");
        }

        FileStream file;
        try
        {
            // Our own reader buffers a megabyte at a time, so the FileStream needs no buffer of its own.
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ClicksInputException(CannotRead(path, ex));
        }

        try
        {
            if (!file.CanSeek)
            {
                // A pipe cannot be rewound after sniffing, so go by name there.
                return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                    ? new GZipStream(file, CompressionMode.Decompress)
                    : file;
            }

            Span<byte> head = stackalloc byte[6];
            head = head[..ReadHead(file, head)];
            if (head.StartsWith(Gzip))
            {
                return new GZipStream(file, CompressionMode.Decompress);
            }

            foreach (var (magic, name, command) in Unsupported)
            {
                if (head.StartsWith(magic))
                {
                    throw new ClicksInputException(
                        $"{path}: this log is compressed with {name}, which clicks cannot read. Decompress it first ({command} {path}) or give the gzip or plain file.");
                }
            }

            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public static string CannotRead(string path, Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => $"{path}: log file not found. Check the path given to --log.",
        UnauthorizedAccessException => $"{path}: permission denied reading the log. Run as a user who may read it, or copy it somewhere readable.",
        _ => $"{path}: the log cannot be read ({ex.Message}).",
    };

    private static int ReadHead(FileStream file, Span<byte> head)
    {
        var total = 0;
        while (total < head.Length)
        {
            var read = file.Read(head[total..]);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        file.Position = 0;
        return total;
    }
}
