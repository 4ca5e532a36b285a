using System.Text;

namespace Site.Generator.Newsletters;

/// <summary>
/// Greedy word wrapping for the plain-text edition. Words are never split, so a long address stays
/// whole (and clickable) on a line of its own even when it is wider than the line.
/// </summary>
public static class TextWrap
{
    public static IReadOnlyList<string> Lines(string text, int width)
    {
        var lines = new List<string>();
        foreach (var paragraphLine in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraphLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : "").Append(word);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }
}
