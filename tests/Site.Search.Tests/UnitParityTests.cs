using System.Globalization;
using System.Text;
using System.Text.Json;
using Site.Search.Tests.Infrastructure;

namespace Site.Search.Tests;

/// <summary>
/// Batches of inputs for lunr's building blocks and the JavaScript functions the port imitates, run
/// through node once and compared one by one with the C# side.
/// </summary>
public sealed class UnitParityFixture
{
    public UnitParityFixture()
    {
        var random = new Random(7);
        StemWords = [.. PorterWords, .. RandomWords(random, 40000)];
        PipelineTokens = [.. PipelineSamples, .. StemWords.Take(3000).Select(w => Decorate(random, w))];
        TokenizeStrings = [.. TokenizerSamples, .. ParityCases.All.SelectMany(c => c.Docs).SelectMany(d => d.Values).OfType<string>()];
        LowerStrings = [EveryCodePoint(), .. SigmaSamples, .. TokenizerSamples];
        Numbers = [.. NumberSamples, .. RandomDoubles(random, 20000)];
        Thousandths = [.. ThousandthsSamples, .. Enumerable.Range(0, 20000).Select(_ => (double)(random.NextInt64(-999_999_999_999_999, 999_999_999_999_999) / (long)Math.Pow(10, random.Next(0, 15))))];
        LogInputs = [.. LogSamples, .. IdfArguments(), .. RandomDoubles(random, 100000).Select(Math.Abs)];
        RoundInputs = [.. RoundSamples, .. RandomDoubles(random, 20000).Select(x => x * 1000)];
        Strings = [.. TokenizerSamples, "\"\\\b\f\n\r\t\u0000\u001f\u007f\u0080\u2028\u2029\ud800\udc00\ud83d\ude00</script>"];

        string dir = Node.TempDirectory("lunr-units");
        string input = Path.Combine(dir, "in.json");
        string output = Path.Combine(dir, "out.json");
        new Json()
            .Raw("{\"stem\":").Array(StemWords, (j, s) => j.String(s))
            .Raw(",\"pipeline\":").Array(PipelineTokens, (j, s) => j.String(s))
            .Raw(",\"tokenize\":").Array(TokenizeStrings, (j, s) => j.String(s))
            .Raw(",\"lower\":").Array(LowerStrings, (j, s) => j.String(s))
            .Raw(",\"numbers\":").Array(Numbers, (j, x) => j.Number(x))
            .Raw(",\"thousandths\":").Array(Thousandths, (j, x) => j.Number(x))
            .Raw(",\"log\":").Array(LogInputs, (j, x) => j.Number(x))
            .Raw(",\"round\":").Array(RoundInputs, (j, x) => j.Number(x))
            .Raw(",\"strings\":").Array(Strings, (j, s) => j.String(s))
            .Raw("}")
            .WriteTo(input);
        Node.Run("lunr-units.js", input, output);
        Results = JsonDocument.Parse(File.ReadAllBytes(output)).RootElement;
        Node.DeleteDirectory(dir);
    }

    public string[] StemWords { get; }

    public string[] PipelineTokens { get; }

    public string[] TokenizeStrings { get; }

    public string[] LowerStrings { get; }

    public double[] Numbers { get; }

    public double[] Thousandths { get; }

    public double[] LogInputs { get; }

    public double[] RoundInputs { get; }

    public string[] Strings { get; }

    public JsonElement Results { get; }

    public JsonElement this[string name] => Results.GetProperty(name);

    /// <summary>How a string comes back from node (JSON-encoded), for comparing with a C# result.</summary>
    public static string Encoded(string? s) => s is null ? "null" : Encoding.UTF8.GetString(JsJson.StringToUtf8(s));

    private static readonly string[] PorterWords =
    [
        "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "plastered", "bled", "motoring", "sing",
        "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing", "filing",
        "happy", "sky", "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli",
        "radicalli", "differentli", "vileli", "analogousli", "vietnamization", "predication", "operator", "feudalism",
        "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate",
        "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance",
        "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment",
        "dependent", "adoption", "homologou", "communism", "activate", "angulariti", "homologous", "effective",
        "bowdlerize", "probate", "rate", "cease", "controll", "roll", "sses", "ies", "eed", "ed", "ing", "ational",
        "ement", "ment", "yyy", "yelling", "yearly", "youth", "ay", "by", "say", "yy", "y", "", "a", "ab", "abc",
        "syzygy", "rhythm", "queueing", "yeyed", "ying", "yies", "oed", "eeds", "biliti", "ization", "alliance",
        "Yelling", "YES", "ÿes", "café", "naïve", "σίσυφος", "2024", "1st", "__proto__", "constructor", "e\u0301ed",
    ];

    private static readonly string[] PipelineSamples =
    [
        "", "-", "—", "...", "the", "The", "the.", "(the)", "'of'", "it's", "children's", "“quoted”", "café", "naïve",
        "ærøskøbing", "北京", "σίσυφος", "__init__", "_", "a_b", "2024.", "£5,000", "50%", "c++", "c#", ".net",
        "node.js", "e-mail", "constructor", "__proto__", "hasownproperty", "tostring", "valueof", "yes", "you",
        "your", "youre", "wants", "wanted", "x\u0085y", "\ud800", "a\ud800", "\ud800a", "\ud83d\ude00", "ok\ud83d\ude00",
    ];

    private static readonly string[] TokenizerSamples =
    [
        "", " ", "-", "--", " - ", "a", "A-B", "well-being", "  leading and trailing  ", "tab\tnew\nline\rcr",
        "\u000b\u000c\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff", "x\u0085y\u180ez\u200bw",
        "İstanbul ŞİŞLİ", "ΟΔΥΣΣΕΥΣ Σ ΣΑ", "Ærøskøbing naïve café Σίσυφος 北京", "\ud800 lone \udc00",
        "𐐀𐐨 \ud83d\ude00 😀", "ǅ ǈ ǋ ᾈ ᾼ ῌ Ω K Å ẞ", "AΣ\ufeffB", "AΣ'B", "ʰΣ",
    ];

    private static readonly string[] SigmaSamples =
    [
        "Σ", "ΑΣ", "ΣΑ", "ΑΣΑ", "Α.Σ", "ΑΣ.", "Α'Σ", "ΑΣ'", "ΑΣ'Β", "ΑΣ\ufeffΒ", "ΑΣ\u0301", "ΑΣ\u0301Β", "Α\u0301Σ",
        "ʰΣ", "Αʰ Σ", "AʰΣ", "ΣʰA", "𐐀Σ", "Σ𐐀", "aΣ", "1Σ", "ΑΣΣ", "ΑΣ Σ", "\ud800Σ", "Α\ud800Σ", "ΑΣ\udc00",
        "ᾈΣ", "ǅΣ", "ⒶΣ", "ⅫΣ", "ꭰΣ", "ªΣ", "ΑΣª", "ΑΣ:", "Α:Σ", "Α·Σ", "Α\u00adΣ", "ΑΣ\u00ad",
    ];

    private static readonly double[] NumberSamples =
    [
        0, -0.0, 1, -1, 1.5, 2, 0.001, 0.1, 0.2, 0.30000000000000004, 1e-6, 1e-7, 1.5e-7, 123e-20, 1e21, 1e20,
        1.5e21, 123456789012345680000.0, 9007199254740992, 9007199254740993, 4.35, 0.000001, 0.0000015, 1e300,
        5e-324, double.MaxValue, double.Epsilon, 100, 1000000, 1234.5678, -1234.5678, 1.7976931348623157e308,
        2.2250738585072014e-308, 0.5, 123456789, 1.23456789e-5, 1e15, 1e16, 1e17, 999999999999999900000.0,
        double.NaN, double.PositiveInfinity, double.NegativeInfinity,
    ];

    private static readonly double[] ThousandthsSamples =
    [
        0, -0.0, 1, -1, 500, -500, 1000, 1500, 1234, 999_999_999_999_999, -999_999_999_999_999, 1e15, 1e16, 1e20,
        1e21, 1e24, 123456789012345678, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 10, 100, 1010,
    ];

    private static readonly double[] LogSamples =
    [
        1, 2, Math.E, 0.5, 10, 1e-300, 5e-324, 1e300, double.MaxValue, 0, -0.0, -1, double.NaN, double.PositiveInfinity,
        1 + 1e-15, 1 - 1e-16, 1.0000001, 0.9999999, 1.5, 1.4142135623730951, 0.7071067811865476,
    ];

    private static readonly double[] RoundSamples =
    [
        0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.49999999999999994, -0.4, 0.4, 4503599627370495.5,
        -4503599627370495.5, 9007199254740991, 1e300, -1e300, 0, -0.0, 123.5, -123.5, 2.675 * 1000, 1.005 * 1000,
    ];

    private static IEnumerable<double> IdfArguments()
    {
        // 1 + |x| for every document count and document frequency a mid-sized site could have.
        for (int n = 1; n <= 400; n++)
        {
            for (int d = 1; d <= n * 3; d++)
            {
                yield return 1 + Math.Abs((n - d + 0.5) / (d + 0.5));
            }
        }
    }

    private static IEnumerable<double> RandomDoubles(Random random, int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return (i % 4) switch
            {
                0 => random.NextDouble() * 10,
                1 => random.NextDouble() * Math.Pow(10, random.Next(-30, 30)),
                2 => BitConverter.Int64BitsToDouble(random.NextInt64(0x0010000000000000, 0x7FEFFFFFFFFFFFFF)),
                _ => Math.Round(random.NextDouble() * 100, random.Next(0, 6)),
            };
        }
    }

    private static IEnumerable<string> RandomWords(Random random, int count)
    {
        const string letters = "aeiouybcdglmnrstwxzaeioubcdlnrst";
        string[] suffixes =
        [
            "", "", "s", "es", "ies", "sses", "ss", "ed", "eed", "ing", "y", "ational", "tional", "enci", "anci", "izer",
            "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness",
            "aliti", "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance",
            "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "sion", "tion", "ou", "ism", "ate",
            "iti", "ous", "ive", "ize", "e", "ll", "at", "bl", "iz",
        ];
        for (int i = 0; i < count; i++)
        {
            var sb = new StringBuilder();
            if (random.Next(8) == 0)
            {
                sb.Append('y');
            }

            int length = random.Next(0, 9);
            for (int k = 0; k < length; k++)
            {
                sb.Append(letters[random.Next(letters.Length)]);
            }

            sb.Append(suffixes[random.Next(suffixes.Length)]);
            if (random.Next(4) == 0)
            {
                sb.Append(suffixes[random.Next(suffixes.Length)]);
            }

            yield return sb.ToString();
        }
    }

    private static string Decorate(Random random, string word)
    {
        string[] around = ["", "", "(", ")", "'", "\"", "“", "”", ".", ",", "—", "_", "1", "é", "北"];
        return around[random.Next(around.Length)] + word + around[random.Next(around.Length)];
    }

    private static string EveryCodePoint()
    {
        var sb = new StringBuilder();
        for (int cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            sb.Append(char.ConvertFromUtf32(cp)).Append(' ');
        }

        return sb.ToString();
    }
}

public sealed class UnitParityTests(UnitParityFixture node) : IClassFixture<UnitParityFixture>
{
    private static void AssertAllEqual<T>(IReadOnlyList<T> inputs, JsonElement expected, Func<T, string> actual, Func<JsonElement, string> read)
    {
        Assert.Equal(inputs.Count, expected.GetArrayLength());
        var failures = new List<string>();
        int i = 0;
        foreach (var item in expected.EnumerateArray())
        {
            string want = read(item);
            string got = actual(inputs[i]);
            if (want != got && failures.Count < 20)
            {
                failures.Add($"input {Show(inputs[i])}: JavaScript {want}, C# {got}");
            }

            i++;
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static string Show<T>(T input) => input is string s
        ? UnitParityFixture.Encoded(s.Length > 80 ? s[..80] + "…" : s)
        : Convert.ToString(input, CultureInfo.InvariantCulture) + (input is double d ? $" (0x{BitConverter.DoubleToInt64Bits(d):X16})" : "");

    [Fact]
    public void Stemmer_matches_lunr_on_every_word() =>
        AssertAllEqual(node.StemWords, node["stem"], w => UnitParityFixture.Encoded(PorterStemmer.Stem(w)), e => e.GetString()!);

    [Fact]
    public void Index_pipeline_matches_trimmer_stop_word_filter_and_stemmer() =>
        AssertAllEqual(node.PipelineTokens, node["pipeline"], t => UnitParityFixture.Encoded(LunrPipeline.Process(t)),
            e => e.ValueKind == JsonValueKind.Null ? "null" : e.GetString()!);

    [Fact]
    public void Tokenizer_matches_lunr_tokens_and_metadata() =>
        AssertAllEqual(node.TokenizeStrings, node["tokenize"],
            s => string.Join(" | ", LunrTokenizer.Tokenize(s).Select(t => $"{UnitParityFixture.Encoded(t.Text)} {t.Start} {t.Length} {t.Index}")),
            e => string.Join(" | ", e.EnumerateArray().Select(t => $"{t[0].GetString()} {t[1].GetInt32()} {t[2].GetInt32()} {t[3].GetInt32()}")));

    [Fact]
    public void Lower_case_matches_toLowerCase_for_every_code_point_and_final_sigma() =>
        AssertAllEqual(node.LowerStrings, node["lower"], s => UnitParityFixture.Encoded(JsText.ToLowerCase(s)), e => e.GetString()!);

    [Fact]
    public void Numbers_are_written_as_JavaScript_writes_them()
    {
        AssertAllEqual(node.Numbers, node["numbers"], JsJson.NumberToString, e => e[0].GetString()!);
        AssertAllEqual(node.Numbers, node["numbers"], JsJson.NumberToJson, e => e[1].GetString()!);
    }

    [Fact]
    public void Rounded_scores_are_written_as_JSON_stringify_writes_them() =>
        AssertAllEqual(node.Thousandths, node["thousandths"], r =>
        {
            using var stream = new MemoryStream();
            using (var output = new Utf8Output(stream))
            {
                output.Thousandths(r);
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }, e => e.GetString()!);

    [Fact]
    public void Log_is_bit_identical_to_Math_log() =>
        AssertAllEqual(node.LogInputs, node["log"], x => Show(JsMath.Log(x)), e => Show(ParseJs(e.GetString()!)));

    [Fact]
    public void Round_matches_Math_round_including_negative_zero() =>
        AssertAllEqual(node.RoundInputs, node["round"], x => Show(JsMath.Round(x)), e => Show(ParseJs(e.GetString()!)));

    [Fact]
    public void Strings_are_escaped_as_JSON_stringify_escapes_them() =>
        AssertAllEqual(node.Strings, node["strings"], s => Encoding.UTF8.GetString(JsJson.StringToUtf8(s)), e => e.GetString()!);

    private static double ParseJs(string s) => s switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
