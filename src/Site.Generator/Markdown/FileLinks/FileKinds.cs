using System.Globalization;

namespace Site.Generator.Markdown.FileLinks;

/// <summary>The kinds of download the site annotates, and how their sizes are written.</summary>
public static class FileKinds
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "PDF",
        [".doc"] = "Word document",
        [".docx"] = "Word document",
        [".odt"] = "OpenDocument text",
        [".xls"] = "Excel spreadsheet",
        [".xlsx"] = "Excel spreadsheet",
        [".ods"] = "OpenDocument spreadsheet",
        [".csv"] = "CSV",
        [".ppt"] = "PowerPoint presentation",
        [".pptx"] = "PowerPoint presentation",
        [".zip"] = "ZIP file",
        [".rtf"] = "Rich Text Format",
        [".txt"] = "Plain text",
        [".mp3"] = "MP3 audio",
        [".mp4"] = "MP4 video",
    };

    /// <summary>The reader-facing name of a download's type, or null when the path is not a download.</summary>
    public static string? NameOf(string path)
    {
        var clean = path.Split('#', '?')[0];
        return Names.GetValueOrDefault(Path.GetExtension(clean));
    }

    /// <summary>"1.2 MB", "350 KB", "820 bytes": the sizes GOV.UK writes beside attachments.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(bytes / 1024.0))} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    public static string Describe(string path, long bytes) => $"{NameOf(path)}, {Size(bytes)}";
}
