using System.Globalization;
using Site.Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Site.Generator.Data;

/// <summary>
/// Reads the fields of one YAML mapping into typed values, reporting every missing, malformed or
/// unknown field at its own line and column instead of stopping at the first.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlFields(YamlMappingNode map, string file, int firstLine, DiagnosticBag diagnostics)
    {
        _map = map;
        _file = file;
        _lineOffset = firstLine - 1;
        _diagnostics = diagnostics;
    }

    /// <summary>Reads a mapping node, or reports that a mapping was expected and returns null.</summary>
    public static YamlFields? Of(YamlNode? node, string file, int firstLine, DiagnosticBag diagnostics, string what)
    {
        if (node is YamlMappingNode map)
        {
            return new YamlFields(map, file, firstLine, diagnostics);
        }

        var at = node is null ? new SourceSpan(file, firstLine, 1) : SpanOf(node, file, firstLine - 1);
        diagnostics.Add(Diagnostic.Error(at, $"Expected {what} as 'name: value' lines.", "See docs/PUBLISHING.md for the fields it takes."));
        return null;
    }

    public SourceSpan Span => SpanOf(_map, _file, _lineOffset);

    public SourceSpan SpanOfField(string name) =>
        Find(name) is { } pair ? SpanOf(pair.Key, _file, _lineOffset) : Span;

    public bool Has(string name) => Find(name) is not null;

    public string? String(string name, bool required = false)
    {
        var node = Value(name, required);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return scalar.Value.Trim();
            case YamlScalarNode when required:
                Report(node, $"'{name}' is empty.", $"Give '{name}' a value.");
                return null;
            case YamlScalarNode:
                return null;
            default:
                Report(node, $"'{name}' must be a single value, not a list or mapping.", null);
                return null;
        }
    }

    public DateOnly? Date(string name, bool required = false)
    {
        var node = Value(name, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text }
            && DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Report(node, $"'{name}' is not a real date: '{(node as YamlScalarNode)?.Value}'.",
            "Write dates as YYYY-MM-DD, for example 2024-03-31.");
        return null;
    }

    public bool? Bool(string name)
    {
        var node = Value(name, required: false);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text })
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "true" or "yes":
                    return true;
                case "false" or "no":
                    return false;
            }
        }

        Report(node, $"'{name}' must be true or false.", null);
        return null;
    }

    public int? Int(string name)
    {
        var node = Value(name, required: false);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(node, $"'{name}' must be a whole number.", null);
        return null;
    }

    public double? Number(string name, bool required = false)
    {
        var node = Value(name, required);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Report(node, $"'{name}' must be a number.", null);
        return null;
    }

    /// <summary>A list of strings; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<string> Strings(string name)
    {
        var node = Value(name, required: false);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            case YamlSequenceNode sequence:
                var list = new List<string>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                    {
                        list.Add(v.Trim());
                    }
                    else
                    {
                        Report(item, $"Each item of '{name}' must be a single value.", null);
                    }
                }

                return list;
            default:
                Report(node, $"'{name}' must be a list, like [one, two].", null);
                return [];
        }
    }

    /// <summary>A value from a closed set, matched by its kebab-case name.</summary>
    public T? Choice<T>(string name, IReadOnlyDictionary<string, T> choices, bool required = false)
        where T : struct
    {
        var node = Value(name, required);
        if (node is null)
        {
            return null;
        }

        var text = (node as YamlScalarNode)?.Value?.Trim() ?? "";
        if (choices.TryGetValue(text, out var value))
        {
            return value;
        }

        Report(node, $"'{name}' cannot be '{text}'.", $"Use one of: {string.Join(", ", choices.Keys)}.");
        return null;
    }

    /// <summary>Each item of a list of mappings, for records such as recommendations or contacts.</summary>
    public IReadOnlyList<YamlFields> Items(string name, bool required = false)
    {
        var node = Value(name, required);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                var items = new List<YamlFields>();
                foreach (var item in sequence)
                {
                    if (Of(item, _file, _lineOffset + 1, _diagnostics, $"each item of '{name}'") is { } fields)
                    {
                        items.Add(fields);
                    }
                }

                return items;
            default:
                Report(node, $"'{name}' must be a list of items, each starting with '- '.", null);
                return [];
        }
    }

    /// <summary>A nested mapping, such as <c>checks:</c> in the settings.</summary>
    public YamlFields? Mapping(string name)
    {
        var node = Value(name, required: false);
        return node is null ? null : Of(node, _file, _lineOffset + 1, _diagnostics, $"'{name}'");
    }

    /// <summary>The keys and values of a free mapping, such as rule severities.</summary>
    public IEnumerable<(string Key, string Value, SourceSpan At)> Pairs()
    {
        foreach (var (key, value) in _map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            _read.Add(name);
            yield return (name, (value as YamlScalarNode)?.Value?.Trim() ?? "", SpanOf(key, _file, _lineOffset));
        }
    }

    public void Error(string name, string message, string? fix = null) =>
        _diagnostics.Add(Diagnostic.Error(SpanOfField(name), message, fix));

    /// <summary>Reports each field the reader did not ask for: usually a typo of a real field.</summary>
    public void RejectUnknownFields(string what)
    {
        foreach (var key in _map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (_read.Contains(name))
            {
                continue;
            }

            var known = string.Join(", ", _read.Order(StringComparer.Ordinal));
            _diagnostics.Add(Diagnostic.Error(SpanOf(key, _file, _lineOffset),
                $"'{name}' is not a field of {what}.",
                known.Length == 0 ? "Remove it." : $"Check the spelling; the fields are: {known}."));
        }
    }

    private YamlNode? Value(string name, bool required)
    {
        _read.Add(name);
        var pair = Find(name);
        if (pair is { } found && !(found.Value is YamlScalarNode { Value: null or "" } && !required))
        {
            if (found.Value is YamlScalarNode { Value: null or "" or "~" or "null" } && required)
            {
                Report(found.Key, $"'{name}' is empty.", $"Give '{name}' a value.");
                return null;
            }

            return found.Value;
        }

        if (required)
        {
            _diagnostics.Add(Diagnostic.Error(Span, $"The required field '{name}' is missing.", $"Add a line '{name}: …'."));
        }

        return null;
    }

    private KeyValuePair<YamlNode, YamlNode>? Find(string name)
    {
        foreach (var pair in _map.Children)
        {
            if (pair.Key is YamlScalarNode { Value: { } key } && key == name)
            {
                return pair;
            }
        }

        return null;
    }

    private void Report(YamlNode node, string message, string? fix) =>
        _diagnostics.Add(Diagnostic.Error(SpanOf(node, _file, _lineOffset), message, fix));

    private static SourceSpan SpanOf(YamlNode node, string file, int lineOffset) =>
        new(file, (int)node.Start.Line + lineOffset, (int)node.Start.Column);
}
