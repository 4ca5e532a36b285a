using Site.Generator.Diagnostics;

namespace Site.Generator.Data;

/// <summary>Reads the YAML data files under content/data/ into typed records, each problem with its line.</summary>
public static class DataReader
{
    public const string Folder = "data";

    public static SiteData Read(string contentDirectory, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(contentDirectory, Folder);
        if (!Directory.Exists(folder))
        {
            return new SiteData();
        }

        return new SiteData
        {
            Contacts = ReadFile(folder, "contacts.yml", diagnostics, Contacts) ?? new ContactList(null, []),
            Glossary = ReadFile(folder, "glossary.yml", diagnostics, Glossary) ?? [],
            Structure = ReadFile(folder, "structure.yml", diagnostics, Structure) ?? [],
            TrainingGuide = ReadFile(folder, "training-guide.yml", diagnostics, TrainingGuide) ?? [],
            Charts = Charts(folder, diagnostics),
        };
    }

    private static T? ReadFile<T>(string folder, string name, DiagnosticBag diagnostics, Func<YamlDotNet.RepresentationModel.YamlNode, string, DiagnosticBag, T> map)
        where T : class
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            return null;
        }

        var display = $"{Folder}/{name}";
        var text = SourceText.Read(path, display, diagnostics);
        var root = text is null ? null : YamlText.Parse(display, text, 1, diagnostics);
        return root is null ? null : map(root, display, diagnostics);
    }

    private static ContactList Contacts(YamlDotNet.RepresentationModel.YamlNode root, string file, DiagnosticBag diagnostics)
    {
        if (YamlFields.Of(root, file, 1, diagnostics, "contacts") is not { } fields)
        {
            return new ContactList(null, []);
        }

        var emergency = fields.Mapping("emergency") is { } e ? Contact(e, "emergency") : null;
        var contacts = fields.Items("contacts", required: true).Select(c => Contact(c, null)).OfType<Contact>().ToList();
        fields.RejectUnknownFields("the contacts file");
        return new ContactList(emergency, contacts);
    }

    private static Contact? Contact(YamlFields fields, string? fixedId)
    {
        var id = fixedId ?? fields.String("id", required: true);
        var name = fields.String("name") ?? fields.String("label");
        if (name is null)
        {
            fields.Error("name", "A contact needs a 'name'.", "Add 'name: …' saying who answers.");
        }

        var contact = new Contact(id ?? "", name ?? "", fields.String("phone"), fields.String("when"), fields.String("for"),
            fields.String("url"), fields.String("email"));
        if (contact.Phone is null && contact.Url is null && contact.Email is null)
        {
            fields.Error("name", $"The contact '{name}' has no phone, url or email.", "Add at least one way to get in touch.");
        }

        fields.RejectUnknownFields("a contact");
        return id is null || name is null ? null : contact;
    }

    private static List<GlossaryEntry> Glossary(YamlDotNet.RepresentationModel.YamlNode root, string file, DiagnosticBag diagnostics)
    {
        var entries = new List<GlossaryEntry>();
        if (root is not YamlDotNet.RepresentationModel.YamlSequenceNode items)
        {
            YamlFields.Of(null, file, 1, diagnostics, "a list of glossary entries");
            return entries;
        }

        foreach (var item in items)
        {
            if (YamlFields.Of(item, file, 1, diagnostics, "a glossary entry") is not { } fields)
            {
                continue;
            }

            var term = fields.String("term", required: true);
            var meaning = fields.String("meaning", required: true);
            if (term is not null && meaning is not null)
            {
                entries.Add(new GlossaryEntry(term, fields.String("stands-for"), meaning));
            }

            fields.RejectUnknownFields("a glossary entry");
        }

        return entries;
    }

    private static List<StructureGroup> Structure(YamlDotNet.RepresentationModel.YamlNode root, string file, DiagnosticBag diagnostics)
    {
        // The file is either a list of top-level groups or a mapping with 'groups:'.
        if (root is YamlDotNet.RepresentationModel.YamlSequenceNode sequence)
        {
            return sequence.Select(n => YamlFields.Of(n, file, 1, diagnostics, "a group")).OfType<YamlFields>()
                .Select(Group).OfType<StructureGroup>().ToList();
        }

        if (YamlFields.Of(root, file, 1, diagnostics, "the partnership structure") is not { } fields)
        {
            return [];
        }

        var groups = fields.Items("groups", required: true).Select(Group).OfType<StructureGroup>().ToList();
        fields.RejectUnknownFields("the structure file");
        return groups;
    }

    private static StructureGroup? Group(YamlFields fields)
    {
        var name = fields.String("name", required: true);
        var group = new StructureGroup(name ?? "", fields.String("purpose"), fields.String("chair"),
            fields.Items("groups").Select(Group).OfType<StructureGroup>().ToList());
        fields.RejectUnknownFields("a group");
        return name is null ? null : group;
    }

    private static List<TrainingRole> TrainingGuide(YamlDotNet.RepresentationModel.YamlNode root, string file, DiagnosticBag diagnostics)
    {
        IEnumerable<YamlFields> items = root switch
        {
            YamlDotNet.RepresentationModel.YamlSequenceNode s => s.Select(n => YamlFields.Of(n, file, 1, diagnostics, "a role")).OfType<YamlFields>(),
            _ => YamlFields.Of(root, file, 1, diagnostics, "the training guide") is { } f ? RolesOf(f) : [],
        };
        var roles = new List<TrainingRole>();
        foreach (var fields in items)
        {
            var role = fields.String("role", required: true);
            if (role is not null)
            {
                roles.Add(new TrainingRole(role, fields.String("description"), fields.Strings("courses")));
            }

            fields.RejectUnknownFields("a role");
        }

        return roles;
    }

    private static IReadOnlyList<YamlFields> RolesOf(YamlFields fields)
    {
        var roles = fields.Items("roles", required: true);
        fields.RejectUnknownFields("the training guide");
        return roles;
    }

    private static Dictionary<string, Chart> Charts(string folder, DiagnosticBag diagnostics)
    {
        var charts = new Dictionary<string, Chart>(StringComparer.Ordinal);
        var chartFolder = Path.Combine(folder, "charts");
        if (!Directory.Exists(chartFolder))
        {
            return charts;
        }

        foreach (var path in Directory.EnumerateFiles(chartFolder, "*.yml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var display = $"{Folder}/charts/{Path.GetFileName(path)}";
            var text = SourceText.Read(path, display, diagnostics);
            if (text is null || YamlFields.Of(YamlText.Parse(display, text, 1, diagnostics), display, 1, diagnostics, "a chart") is not { } fields)
            {
                continue;
            }

            var title = fields.String("title", required: true);
            var values = new List<ChartValue>();
            foreach (var item in fields.Items("values", required: true))
            {
                var label = item.String("label", required: true);
                var value = item.Number("value", required: true);
                if (label is not null && value is not null)
                {
                    values.Add(new ChartValue(label, value.Value));
                }

                item.RejectUnknownFields("a chart value");
            }

            if (title is not null)
            {
                charts[name] = new Chart(name, title, fields.String("caption"), fields.String("unit"), values);
            }

            fields.RejectUnknownFields("a chart");
        }

        return charts;
    }
}
