using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Site.Search;

/// <summary>
/// Builds a lunr 2.3.9 search index and writes the JSON that <c>JSON.stringify(idx)</c> gives for the
/// index lunr itself would build from the same documents with the default <c>lunr(function () {...})</c>
/// set-up (index pipeline trimmer, stopWordFilter, stemmer; search pipeline stemmer; k1 1.2, b 0.75, no
/// metadata). The output is byte-for-byte the same, and <c>lunr.Index.load</c> reads it.
/// </summary>
/// <remarks>
/// Documents are tokenized as they are added; scores are computed while writing, since they depend on
/// the whole collection. Each distinct token goes through the pipeline once and is cached.
/// </remarks>
public sealed class LunrIndexBuilder
{
    /// <summary>The lunr version written into the index.</summary>
    public const string LunrVersion = "2.3.9";

    private static readonly double K1 = 1.2;
    private static readonly double B = 0.75;

    private static readonly HashSet<string> ObjectPrototypeNames = new(StringComparer.Ordinal)
    {
        "constructor", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "toString",
        "valueOf", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
    };

    private readonly string[] _fieldNames;
    private readonly double[] _fieldBoosts;
    private readonly int _fieldCount;

    private readonly List<string> _refs = [];
    private readonly HashSet<string> _refSet = new(StringComparer.Ordinal);
    private readonly List<double> _docBoosts = [];
    private readonly List<int> _fieldLengths = [];

    // One entry per (document, field, distinct term), documents and fields in order, terms by index:
    // the field vectors, and (read by term) the inverted index.
    private readonly List<int> _fieldStarts = [];
    private int[] _entryTerms = new int[1024];
    private int[] _entryFrequencies = new int[1024];
    private int _entryCount;

    private readonly List<string> _terms = [];
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);

    // Lower-cased token -> term index, or -1 for a stop word.
    private readonly TokenTable _tokens = new();

    private int[] _frequencyScratch = new int[1024];
    private int[] _touched = new int[256];
    private char[] _lowerBuffer = new char[256];
    private char[] _slowBuffer = new char[256];
    private readonly StringBuilder _lowerBuilder = new();

    /// <summary>Creates a builder for the given fields, in the order the index lists them.</summary>
    /// <exception cref="ArgumentException">A field name lunr cannot index faithfully, or a repeated one.</exception>
    public LunrIndexBuilder(IReadOnlyList<SearchField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fieldCount = fields.Count;
        _fieldNames = new string[_fieldCount];
        _fieldBoosts = new double[_fieldCount];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < _fieldCount; i++)
        {
            var field = fields[i] ?? throw new ArgumentException("A field is null.", nameof(fields));
            string name = field.Name ?? throw new ArgumentException("A field name is null.", nameof(fields));
            if (name.Contains('/', StringComparison.Ordinal))
            {
                // lunr throws a RangeError for these: "/" joins field names and refs.
                throw new ArgumentException($"Field '{name}' contains the illegal character '/'.", nameof(fields));
            }

            if (name == "_index" || IsArrayIndex(name, out _) || ObjectPrototypeNames.Contains(name))
            {
                // lunr would misbehave: "_index" collides with the term number in postings, integer-like
                // names reorder JavaScript object keys, and Object.prototype names break its field-length sums.
                throw new ArgumentException($"Field name '{name}' is not supported.", nameof(fields));
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"Field '{name}' is given twice.", nameof(fields));
            }

            _fieldNames[i] = name;
            _fieldBoosts[i] = OrOne(field.Boost);
        }
    }

    /// <summary>The number of documents added.</summary>
    public int DocumentCount => _refs.Count;

    /// <summary>The number of distinct terms in the index so far.</summary>
    public int TermCount => _terms.Count;

    /// <summary>
    /// Adds a document, like lunr's <c>builder.add(doc, { boost })</c>.
    /// </summary>
    /// <param name="reference">The document's ref, unique in the index.</param>
    /// <param name="fieldValues">The text of each field, in the order of the fields; null for an absent field.</param>
    /// <param name="boost">The document boost; like lunr, 0 and NaN mean 1.</param>
    /// <exception cref="ArgumentException">The ref was added before, or the number of values is wrong.</exception>
    public void Add(string reference, IReadOnlyList<string?> fieldValues, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(fieldValues);
        if (fieldValues.Count != _fieldCount)
        {
            throw new ArgumentException($"Expected {_fieldCount} field values, got {fieldValues.Count}.", nameof(fieldValues));
        }

        if (!_refSet.Add(reference))
        {
            // lunr would count the document twice and keep the first copy's postings: never what is meant.
            throw new ArgumentException($"The ref '{reference}' was already added.", nameof(reference));
        }

        _refs.Add(reference);
        _docBoosts.Add(OrOne(boost));
        for (int f = 0; f < _fieldCount; f++)
        {
            _fieldStarts.Add(_entryCount);
            string? value = fieldValues[f];
            _fieldLengths.Add(string.IsNullOrEmpty(value) ? 0 : IndexField(value));
        }
    }

    /// <summary>Writes the serialized index (UTF-8 JSON, as <c>JSON.stringify(idx)</c>) to the stream.</summary>
    public void WriteTo(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        new IndexWriter(this).Write(utf8Json);
    }

    /// <summary>
    /// Tokenizes one field value, runs the pipeline and records its term frequencies; returns the field
    /// length. One pass over the characters finds the separators, lower-cases ASCII and hashes the token;
    /// a token with non-ASCII characters is lower-cased again with <see cref="JsText"/>, which needs the
    /// context around it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int IndexField(string value)
    {
        if (_lowerBuffer.Length < value.Length)
        {
            _lowerBuffer = new char[Math.Max(value.Length, _lowerBuffer.Length * 2)];
        }

        char[] buffer = _lowerBuffer;
        bool[] separators = JsText.SeparatorTable;
        int touchedCount = 0;
        int length = 0;
        int n = 0;
        int start = 0;
        bool ascii = true;
        uint hash = TokenTable.InitialHash;
        for (int i = 0; i <= value.Length; i++)
        {
            if (i < value.Length)
            {
                char c = value[i];
                if (!separators[c])
                {
                    if (c < 0x80)
                    {
                        if ((uint)(c - 'A') <= 'Z' - 'A')
                        {
                            c = (char)(c | 0x20);
                        }
                    }
                    else
                    {
                        ascii = false;
                    }

                    buffer[n++] = c;
                    hash = TokenTable.Step(hash, c);
                    continue;
                }
            }

            if (n > 0)
            {
                int term = ascii ? Resolve(buffer.AsSpan(0, n), hash) : ResolveNonAscii(value, start, n);
                if (term >= 0)
                {
                    length++;
                    if (_frequencyScratch[term]++ == 0)
                    {
                        if (touchedCount == _touched.Length)
                        {
                            Array.Resize(ref _touched, _touched.Length * 2);
                        }

                        _touched[touchedCount++] = term;
                    }
                }

                n = 0;
                ascii = true;
                hash = TokenTable.InitialHash;
            }

            start = i + 1;
        }

        var touched = _touched.AsSpan(0, touchedCount);
        touched.Sort();
        if (_entryCount + touchedCount > _entryTerms.Length)
        {
            int size = Math.Max(_entryTerms.Length * 2, _entryCount + touchedCount);
            Array.Resize(ref _entryTerms, size);
            Array.Resize(ref _entryFrequencies, size);
        }

        int[] scratch = _frequencyScratch;
        foreach (int term in touched)
        {
            _entryTerms[_entryCount] = term;
            _entryFrequencies[_entryCount] = scratch[term];
            _entryCount++;
            scratch[term] = 0;
        }

        return length;
    }

    /// <summary>The term index of a lower-cased token, or -1 when the pipeline drops it (a stop word).</summary>
    private int Resolve(ReadOnlySpan<char> token, uint hash)
    {
        if (_tokens.TryGetValue(token, hash, out int id))
        {
            return id;
        }

        string? term = LunrPipeline.Process(token.ToString());
        id = term is null ? -1 : TermId(term);
        _tokens.Add(token, hash, id);
        return id;
    }

    private int ResolveNonAscii(string value, int start, int length)
    {
        _lowerBuilder.Clear();
        JsText.AppendLowerCase(value, start, length, _lowerBuilder);
        if (_slowBuffer.Length < _lowerBuilder.Length)
        {
            _slowBuffer = new char[_lowerBuilder.Length * 2];
        }

        _lowerBuilder.CopyTo(0, _slowBuffer, _lowerBuilder.Length);
        var token = _slowBuffer.AsSpan(0, _lowerBuilder.Length);
        return Resolve(token, TokenTable.Hash(token));
    }

    private int TermId(string term)
    {
        if (_termIds.TryGetValue(term, out int id))
        {
            return id;
        }

        id = _terms.Count;
        _terms.Add(term);
        _termIds.Add(term, id);
        if (id >= _frequencyScratch.Length)
        {
            Array.Resize(ref _frequencyScratch, _frequencyScratch.Length * 2);
        }

        return id;
    }

    /// <summary>lunr reads boosts as <c>attributes.boost || 1</c>.</summary>
    private static double OrOne(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;

    /// <summary>
    /// Whether JavaScript treats the string as an array index ("0" to "4294967294", no leading zeros):
    /// such keys of an object come first, in numeric order, before the other keys in insertion order.
    /// </summary>
    internal static bool IsArrayIndex(string s, out uint value)
    {
        value = 0;
        if (s.Length is 0 or > 10 || (s.Length > 1 && s[0] == '0'))
        {
            return false;
        }

        ulong v = 0;
        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            v = (v * 10) + (ulong)(c - '0');
        }

        if (v > 4294967294)
        {
            return false;
        }

        value = (uint)v;
        return true;
    }

    /// <summary>Computes the scores and writes the index.</summary>
    private sealed class IndexWriter(LunrIndexBuilder b)
    {
        public void Write(Stream stream)
        {
            int docCount = b._refs.Count;
            int fieldCount = b._fieldCount;
            int termCount = b._terms.Count;
            int entryCount = b._entryCount;
            int[] entryTerms = b._entryTerms;
            int[] fieldStarts = [.. b._fieldStarts, entryCount];

            // Average field lengths over all documents (absent fields count as length 0).
            var averageLengths = new double[fieldCount];
            for (int f = 0; f < fieldCount; f++)
            {
                double sum = 0;
                for (int d = 0; d < docCount; d++)
                {
                    sum += b._fieldLengths[(d * fieldCount) + f];
                }

                averageLengths[f] = sum / docCount;
            }

            // Postings: a counting sort of the entries by (term, field), documents staying in order.
            var postingStarts = new int[(termCount * fieldCount) + 1];
            for (int slot = 0; slot < docCount * fieldCount; slot++)
            {
                int f = slot % fieldCount;
                for (int e = fieldStarts[slot]; e < fieldStarts[slot + 1]; e++)
                {
                    postingStarts[(entryTerms[e] * fieldCount) + f + 1]++;
                }
            }

            // Inverse document frequency: documents are counted once per field the term is in.
            var idf = new double[termCount];
            for (int t = 0; t < termCount; t++)
            {
                int withTerm = 0;
                for (int f = 0; f < fieldCount; f++)
                {
                    withTerm += postingStarts[(t * fieldCount) + f + 1];
                }

                double x = (docCount - withTerm + 0.5) / (withTerm + 0.5);
                idf[t] = JsMath.Log(1 + Math.Abs(x));
            }

            for (int i = 1; i < postingStarts.Length; i++)
            {
                postingStarts[i] += postingStarts[i - 1];
            }

            var postingDocs = new int[entryCount];
            var fill = (int[])postingStarts.Clone();
            for (int slot = 0; slot < docCount * fieldCount; slot++)
            {
                int d = slot / fieldCount;
                int f = slot % fieldCount;
                for (int e = fieldStarts[slot]; e < fieldStarts[slot + 1]; e++)
                {
                    postingDocs[fill[(entryTerms[e] * fieldCount) + f]++] = d;
                }
            }

            int[]? docOrder = KeyOrder();
            WriteJson(stream, averageLengths, idf, fieldStarts, postingStarts, postingDocs, docOrder);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void WriteJson(
            Stream stream, double[] averageLengths, double[] idf, int[] fieldStarts, int[] postingStarts, int[] postingDocs, int[]? docOrder)
        {
            int docCount = b._refs.Count;
            int fieldCount = b._fieldCount;
            int termCount = b._terms.Count;
            int[] entryTerms = b._entryTerms;
            int[] entryFrequencies = b._entryFrequencies;

            byte[][] fieldNames = [.. b._fieldNames.Select(n => JsJson.StringToUtf8(n, quotes: false))];
            var refs = new byte[docCount][];
            var postingKeys = new byte[docCount][]; // "ref":{}
            for (int d = 0; d < docCount; d++)
            {
                refs[d] = JsJson.StringToUtf8(b._refs[d], quotes: false);
                postingKeys[d] = [(byte)'"', .. refs[d], .. "\":{}"u8];
            }

            using var output = new Utf8Output(stream);
            output.Bytes("{\"version\":\""u8);
            output.Ascii(LunrVersion);
            output.Bytes("\",\"fields\":["u8);
            for (int f = 0; f < fieldCount; f++)
            {
                if (f > 0)
                {
                    output.Byte((byte)',');
                }

                output.Byte((byte)'"');
                output.Bytes(fieldNames[f]);
                output.Byte((byte)'"');
            }

            output.Bytes("],\"fieldVectors\":["u8);
            double k1PlusOne = K1 + 1;
            for (int slot = 0; slot < docCount * fieldCount; slot++)
            {
                int d = slot / fieldCount;
                int f = slot - (d * fieldCount);
                output.Bytes(slot > 0 ? ",[\""u8 : "[\""u8);
                output.Bytes(fieldNames[f]);
                output.Byte((byte)'/');
                output.Bytes(refs[d]);
                output.Bytes("\",["u8);

                double fieldLength = b._fieldLengths[slot];
                double lengthNorm = K1 * (1 - B + (B * (fieldLength / averageLengths[f])));
                double fieldBoost = b._fieldBoosts[f];
                double docBoost = b._docBoosts[d];
                int first = fieldStarts[slot];
                int last = fieldStarts[slot + 1];
                for (int e = first; e < last; e++)
                {
                    int t = entryTerms[e];
                    double tf = entryFrequencies[e];
                    double score = idf[t] * (k1PlusOne * tf) / (lengthNorm + tf);
                    score *= fieldBoost;
                    score *= docBoost;
                    if (e > first)
                    {
                        output.Byte((byte)',');
                    }

                    output.Int(t);
                    output.Byte((byte)',');
                    output.Thousandths(JsMath.Round(score * 1000));
                }

                output.Bytes("]]"u8);
            }

            output.Bytes("],\"invertedIndex\":["u8);
            string[] terms = [.. b._terms];
            int[] sortedTerms = new int[termCount];
            for (int t = 0; t < termCount; t++)
            {
                sortedTerms[t] = t;
            }

            Array.Sort(terms.ToArray(), sortedTerms, StringComparer.Ordinal);

            var fieldOpeners = new byte[fieldCount][]; // ,"field":{
            for (int f = 0; f < fieldCount; f++)
            {
                fieldOpeners[f] = [.. ",\""u8, .. fieldNames[f], .. "\":{"u8];
            }

            int[] orderScratch = docOrder is null ? [] : new int[docCount];
            var termBytes = new List<byte>(64);
            for (int i = 0; i < termCount; i++)
            {
                int t = sortedTerms[i];
                output.Bytes(i > 0 ? ",["u8 : "["u8);
                termBytes.Clear();
                JsJson.AppendString(terms[t], termBytes);
                output.Bytes(CollectionsMarshal.AsSpan(termBytes));
                output.Bytes(",{\"_index\":"u8);
                output.Int(t);
                for (int f = 0; f < fieldCount; f++)
                {
                    output.Bytes(fieldOpeners[f]);
                    int from = postingStarts[(t * fieldCount) + f];
                    int to = postingStarts[(t * fieldCount) + f + 1];
                    ReadOnlySpan<int> docs = postingDocs.AsSpan(from, to - from);
                    if (docOrder is not null)
                    {
                        var reordered = orderScratch.AsSpan(0, docs.Length);
                        docs.CopyTo(reordered);
                        reordered.Sort((x, y) => docOrder[x].CompareTo(docOrder[y]));
                        docs = reordered;
                    }

                    for (int k = 0; k < docs.Length; k++)
                    {
                        if (k > 0)
                        {
                            output.Byte((byte)',');
                        }

                        output.Bytes(postingKeys[docs[k]]);
                    }

                    output.Byte((byte)'}');
                }

                output.Bytes("}]"u8);
            }

            output.Bytes("],\"pipeline\":[\"stemmer\"]}"u8);
        }

        /// <summary>
        /// The position of each document's ref among the keys of a JavaScript object that got the refs in
        /// document order (array-index refs first, ascending), or null when that is document order.
        /// </summary>
        private int[]? KeyOrder()
        {
            int docCount = b._refs.Count;
            var indexRefs = new List<(uint Value, int Doc)>();
            bool inOrder = true;
            bool seenOther = false;
            long previous = -1;
            for (int d = 0; d < docCount; d++)
            {
                if (IsArrayIndex(b._refs[d], out uint value))
                {
                    indexRefs.Add((value, d));
                    inOrder &= !seenOther && value > previous;
                    previous = value;
                }
                else
                {
                    seenOther = true;
                }
            }

            if (inOrder)
            {
                return null;
            }

            var order = new int[docCount];
            indexRefs.Sort((x, y) => x.Value.CompareTo(y.Value));
            int position = 0;
            foreach (var (_, doc) in indexRefs)
            {
                order[doc] = position++;
            }

            for (int d = 0; d < docCount; d++)
            {
                if (!IsArrayIndex(b._refs[d], out _))
                {
                    order[d] = position++;
                }
            }

            return order;
        }
    }
}
