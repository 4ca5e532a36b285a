using System.Text;
using Site.Generator.Diagnostics;

namespace Site.Generator.Data;

/// <summary>Reads a source file as strict UTF-8 (a BOM is allowed) with line endings made LF.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (IOException e)
        {
            diagnostics.Add(Diagnostic.Error(SourceSpan.WholeFile(displayPath), $"The file could not be read: {e.Message}"));
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(SourceSpan.WholeFile(displayPath), "The file could not be read: permission denied.",
                "Check the file's permissions."));
            return null;
        }

        return Decode(bytes, displayPath, diagnostics);
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(e.Index, 0);
            var before = bytes[..Math.Min(offset, bytes.Length)];
            var line = before.Count((byte)'\n') + 1;
            var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
            diagnostics.Add(Diagnostic.Error(new SourceSpan(displayPath, line, column),
                "The file is not UTF-8 text.",
                "Save it as UTF-8 in your editor (\"Save with encoding\" → UTF-8)."));
            return null;
        }

        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }
}
