using System.Text;

namespace Site.Search.Tests;

internal sealed record CaseDoc(string Ref, string?[] Values, double? Boost = null);

internal sealed record IndexCase(string Name, SearchField[] Fields, CaseDoc[] Docs, string[] Queries)
{
    public override string ToString() => Name;
}

/// <summary>The document sets whose indexes must come out byte-identical to lunr's.</summary>
internal static class ParityCases
{
    private static readonly string[] CommonQueries =
    [
        "child", "children", "safeguard*", "neglect", "negl*", "+child -neglect", "neglect~1", "children^10 family",
        "caf", "2024", "", "*", "-child", "well being", "the", "title:child", "body:neglect", "summary:plan",
    ];

    private static readonly SearchField[] ThreeFields = [new("title"), new("summary"), new("body")];

    public static readonly SearchField[] SiteFields =
    [
        new("title", 10), new("summary", 5), new("headings", 3), new("body"), new("type"), new("audience"), new("topics"),
    ];

    public static IReadOnlyList<IndexCase> All { get; } = Create();

    public static IndexCase Get(string name) => All.Single(c => c.Name == name);

    public static IEnumerable<object[]> Names() => All.Select(c => new object[] { c.Name });

    private static IndexCase Case(string name, SearchField[] fields, CaseDoc[] docs, params string[] extraQueries) =>
        new(name, fields, docs, [.. CommonQueries, .. extraQueries]);

    private static CaseDoc Doc(string reference, params string?[] values) => new(reference, values);

    private static List<IndexCase> Create() =>
    [
        Case("english-prose", ThreeFields,
        [
            Doc("1", "Neglect: a learning brief", "What practitioners learned from a review of neglect.",
                "Neglect is the persistent failure to meet a child's basic physical and psychological needs. Practitioners should record concerns, talk to the family, and refer to children's social care when a child is at risk."),
            Doc("2", "Working together to safeguard children", "Statutory guidance on multi-agency working.",
                "Everyone who works with children has a responsibility for keeping them safe. Agencies share information early; they agree a plan and review it regularly."),
            Doc("3", "Early help for families", "Support before problems get worse.",
                "Early help means providing support as soon as a problem emerges, at any point in a child's life. Families are offered an assessment and a lead professional coordinates the plan."),
            Doc("4", "Domestic abuse and children", "How domestic abuse affects children and young people.",
                "Children who see, hear or experience the effects of domestic abuse are victims in their own right. Practitioners ask directly, listen carefully and act on what they are told."),
            Doc("5", "Online safety", "Keeping children safe online.",
                "Parents and carers can talk with children about what they do online, set up parental controls and report concerns about grooming, bullying or exploitation."),
            Doc("6", "Training: neglect toolkit", "Using the graded care profile.",
                "The neglect toolkit helps practitioners to assess the care a child receives, to evidence change over time and to plan interventions with the family."),
        ], "neglected", "agencies", "plan", "review^2 plan"),

        Case("site-fields", SiteFields, SiteDocuments(), "learning brief", "families", "practitioners", "audience:families", "type:toolkit"),

        Case("non-ascii", ThreeFields,
        [
            Doc("a", "Ærøskøbing naïve café Σίσυφος 北京", "ÆRØSKØBING NAÏVE CAFÉ ΣΊΣΥΦΟΣ", "Straße STRASSE İstanbul ŞİŞLİ ıi"),
            Doc("b", "ΟΔΥΣΣΕΥΣ Οδυσσεύς ΣΑΣ ΣΣ Σ", "Ünïcödé façade coöperate résumé", "𐐀𐐨 Deseret; ﬁnance ligature; ＡＢＣ fullwidth; e\u0301 combining"),
            Doc("c", "👩‍👧 safeguarding 😀", "Привет МИР Ёлка", "日本語のテキスト 한국어 텍스트 العربية עברית हिन्दी"),
            Doc("d", "ǅungla ǈ ǋ ᾈ ᾼ ῌ", "Ω Ω K Å ẞ", "ꙀꙂ Ⓐⓑ Ⅻ ⅻ ꭰ Ꭰ"),
        ], "café", "caf*", "straße", "ærøskøbing", "σίσυφος"),

        Case("hyphenated", ThreeFields,
        [
            Doc("h1", "Well-being and face-to-face multi-agency work", "co-ordinate re-refer e-safety", "--double--hyphen -leading trailing- a - b"),
            Doc("h2", "non‐breaking‐hyphen (U+2010) em—dash en–dash minus−sign", "x-y-z 1-2-3 ---", "well‑being (no-break hyphen) soft\u00adhyphen"),
            Doc("h3", "well being", "face to face", "multi agency"),
        ], "well-being", "face", "multi", "agency"),

        Case("stop-words-only", ThreeFields,
        [
            Doc("s1", "The and of", "a an the", "it is what it is and they were there"),
            Doc("s2", "The child", "of the family", "because however neither nor"),
            Doc("s3", "THE AND OF", "The, And; Of.", "(the) [and] 'of'"),
        ], "the", "and of", "child"),

        Case("empty-and-null", ThreeFields,
        [
            Doc("e1", "", null, "   "),
            Doc("e2", null, null, null),
            Doc("e3", "\t\n\r", "-", "- - -"),
            Doc("e4", "Child", null, "neglect"),
            Doc("e5", "", "", ""),
        ]),

        Case("numbers", ThreeFields,
        [
            Doc("n1", "2024 2023 1.5 0.001", "1,000 £5,000 50% 3rd 007", "1e5 0x1F 4294967295 4294967294 12345678901234567890 -5 +7"),
            Doc("n2", "Annual report 2023-24", "Figures for 2022/23", "123 456 789 0 00 000 1 10 100"),
            Doc("n3", "Version 2.3.9", "Page 2 of 10", "09:30 14/02/2024 2024-02-14 v1.0.0"),
        ], "2023", "2024", "007", "1.5"),

        Case("punctuation", ThreeFields,
        [
            Doc("p1", "“Quoted” 'single' (parens) [brackets] {braces}", "... !!! ??? — – • … § ¶ © ® ™", "@mentions #hashtags https://example.org/path?query=1&x=2 email@example.com"),
            Doc("p2", "C++ C# .NET node.js", "don't can't children's parents'", "\"double\" \\back\\slash\\ tab\there <tag> &amp; a_b _under_"),
            Doc("p3", "—", "…", "«guillemets» ‹single› ¿qué? ¡sí!"),
        ], "children's", "don't", "c", "net"),

        Case("document-boosts", ThreeFields,
        [
            new("b1", ["Child protection", "Plan", "Neglect and abuse"], 2),
            new("b2", ["Child protection", "Plan", "Neglect and abuse"], 0.5),
            new("b3", ["Child protection", "Plan", "Neglect and abuse"], 0),
            new("b4", ["Child protection", "Plan", "Neglect and abuse"], double.NaN),
            new("b5", ["Child protection", "Plan", "Neglect and abuse"], -1),
            new("b6", ["Child protection", "Plan", "Neglect and abuse"], 1e-9),
            new("b7", ["Child protection", "Plan", "Neglect and abuse"], 1e20),
            new("b8", ["Child protection", "Plan", "Neglect and abuse"], 3.7),
            new("b9", ["Child protection", "Plan", "Neglect and abuse"], 1),
            new("b10", ["Child protection", "Plan", "Neglect and abuse"], double.PositiveInfinity),
            new("b11", ["Child protection", "Plan", "Neglect and abuse"], 1e25),
            new("b12", ["Child protection", "Plan", "Neglect and abuse"], 0.02),
        ], "protection", "plan"),

        Case("field-boosts",
        [
            new("title", 10), new("summary", 0.1), new("body", 0), new("notes", 2.5), new("tiny", 1e-6), new("nan", double.NaN),
            new("negative", -2),
        ],
        [
            Doc("f1", "Child neglect", "Child neglect", "Child neglect", "Child neglect", "Child neglect", "Child neglect", "Child neglect"),
            Doc("f2", "Family support", "Neglect", null, "support", "family", "child", "neglect"),
            Doc("f3", "Abuse", "", "Abuse abuse abuse", null, "abuse", "", "abuse"),
        ], "notes:support", "negative:neglect"),

        Case("long-words", ThreeFields,
        [
            Doc("l1", new string('x', 300), "supercalifragilisticexpialidocious antidisestablishmentarianism", string.Concat(Enumerable.Repeat("ab", 2500))),
            Doc("l2", new string('y', 10000), string.Concat(Enumerable.Repeat("ing", 200)), string.Concat(Enumerable.Repeat("ational", 100))),
            Doc("l3", "pneumonoultramicroscopicsilicovolcanoconiosis", string.Concat(Enumerable.Repeat("é", 500)), string.Concat(Enumerable.Repeat("the ", 2000))),
        ], "supercal*"),

        Case("porter-steps", [new("words")], PorterDocuments(), "relational", "conditional", "adjustment", "hopefulness", "ponies", "sky"),

        Case("control-and-surrogates", ThreeFields,
        [
            Doc("c1", "\u0001\u001f text \u007f", "lone \ud800 high", "\udc00abc low\ud800"),
            Doc("c2", "pair 𝒳 math", "a\u2028b\u2029c", "x\u0085y nel \ufeffbom \u00a0nbsp \u3000ideographic"),
            Doc("c3", "tab\tsep", "\u000b\u000cvertical", "\u180emongolian \u200bzero width \u2060joiner \u1680ogham"),
        ], "text", "x\u0085y"),

        Case("sigma-context", ThreeFields,
        [
            Doc("g1", "ΑΣ\ufeffΒ", "ʰΣ", "AΣ'"),
            Doc("g2", "AΣ'B", "Σ", "ΣΑ ΑΣ Α.Σ ΑΣΑ"),
            Doc("g3", "Α\u0301Σ", "ΑΣ\u0301", "ΑΣ\u0301Β 𐐀Σ Σ𐐀"),
        ]),

        Case("js-object-keys", ThreeFields,
        [
            Doc("__proto__", "__proto__ constructor", "hasOwnProperty valueOf", "toString isPrototypeOf"),
            Doc("constructor", "prototype", "__defineGetter__", "length"),
            Doc("toString", "_index", "__proto__", "constructor"),
            Doc("hasOwnProperty", "0 1 2", "length", "name"),
        ], "constructor", "__proto__"),

        Case("integer-refs-out-of-order", ThreeFields,
        [
            Doc("10", "child", "neglect", "plan"), Doc("2", "child", "plan", "review"), Doc("b", "child", "neglect", "abuse"),
            Doc("1", "child", "family", "plan"), Doc("a", "child", "neglect", "plan"), Doc("007", "child", "plan", "plan"),
            Doc("4294967295", "child", "neglect", "x"), Doc("4294967294", "child", "plan", "y"), Doc("0", "child", "z", "plan"),
            Doc("-1", "child", "neglect", "w"), Doc("1.5", "child", "plan", "v"),
        ], "plan"),

        Case("special-refs", ThreeFields,
        [
            Doc("a/b", "child", "x", "y"), Doc("quote\"", "child", "x", "y"), Doc("back\\slash", "child", "x", "y"),
            Doc("new\nline", "child", "x", "y"), Doc("üñí", "child", "x", "y"), Doc("emoji😀", "child", "x", "y"),
            Doc("", "child", "x", "y"), Doc("lone\ud800", "child", "x", "y"), Doc("</script>", "child", "x", "y"),
        ]),

        Case("odd-field-names",
        [
            new("tïtle"), new("quo\"te"), new(""), new("with space"), new("new\nline"), new("x01"), new("01"), new("-1"),
        ],
        [
            Doc("1", "child", "neglect", "plan", "abuse", "family", "review", "early", "help"),
            Doc("2", "plan", "child", null, "", "neglect", "family", "help", "early"),
        ]),

        Case("frequencies-across-fields", ThreeFields,
        [
            Doc("1", "child child child", "child", "child neglect child"),
            Doc("2", "neglect", "neglect neglect", "child"),
            Doc("3", "family", "family", "family family family family family family family family"),
            Doc("4", "child", "child", "child"),
        ]),

        Case("zero-documents", ThreeFields, []),

        Case("quirk-empty-token", ThreeFields, [Doc("A", "Child", null, "— child …"), Doc("B", "Child", null, "child")]),

        Case("quirk-df-across-fields", ThreeFields,
            [Doc("1", "child", null, "child"), Doc("2", "plan", null, "words"), Doc("3", "more", null, "text")]),

        Case("quirk-average-over-all-documents", ThreeFields,
            [Doc("1", "child", "red green blue pink", "x"), Doc("2", "plan", null, "y"), Doc("3", "help", null, "z"), Doc("4", "care", "", "w")]),

        Case("quirk-utf16-order", ThreeFields, [Doc("1", "x\uff5aq x😀q xaq xzq x\u00e9q xÿq x\u0100q", null, null)]),

        Case("one-document", ThreeFields, [Doc("only", "Only document", "Just one", "Nothing else to compare with")]),

        Case("identical-documents", ThreeFields,
        [
            Doc("x", "Same text", "Same text", "Same text"), Doc("y", "Same text", "Same text", "Same text"),
            Doc("z", "Same text", "Same text", "Same text"),
        ]),

        Case("generated-corpus", SiteFields, GeneratedCorpus.Documents(300, seed: 20240214), "assessment", "multi-agency", "review^5", "+child +plan"),

        Case("random-characters", ThreeFields, RandomCharacterDocuments(60, seed: 99)),
    ];

    /// <summary>
    /// Documents of random text over an alphabet chosen to stress the tokenizer's fast path: every
    /// separator, upper case ASCII and non-ASCII letters, sigma in all contexts, dotted I, case-ignorable
    /// marks, surrogate pairs and unpaired surrogates, punctuation, digits and stemmer suffixes.
    /// </summary>
    private static CaseDoc[] RandomCharacterDocuments(int count, int seed)
    {
        string[] pieces =
        [
            " ", " ", " ", "-", "\t", "\n", "\r", "\u000b", "\u000c", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u2028",
            "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\u0085", "\u180e", "\u200b", "a", "e", "y", "Y", "s", "T", "Q", "z",
            "ing", "ed", "ies", "ational", "ness", "ment", "ll", "Σ", "σ", "ς", "Α", "ʰ", "'", ".", ":", "\u0301", "\u00ad", "İ", "I",
            "ı", "ß", "Ω", "Å", "K", "Ǆ", "ǅ", "😀", "𐐀", "\ud800", "\udc00", "é", "É", "北", "_", "0", "7", "—", "“", "(", ")", "\"",
            "\\", "/", "\u0000", "\u001f", "\u007f",
        ];
        var random = new Random(seed);
        var docs = new CaseDoc[count];
        for (int i = 0; i < count; i++)
        {
            var values = new string?[3];
            for (int f = 0; f < 3; f++)
            {
                var sb = new StringBuilder();
                for (int k = random.Next(0, 60); k > 0; k--)
                {
                    sb.Append(pieces[random.Next(pieces.Length)]);
                }

                values[f] = random.Next(10) == 0 ? null : sb.ToString();
            }

            docs[i] = new CaseDoc("r" + i, values, random.Next(5) == 0 ? random.Next(1, 30) / 10.0 : null);
        }

        return docs;
    }

    private static CaseDoc[] SiteDocuments() =>
    [
        Doc("0", "Learning brief: Child D", "Lessons from a rapid review about neglect and missed appointments.", "Background What happened What we learned",
            "Child D was two years old. Health visitors noticed missed appointments. Practitioners did not share concerns early enough; agencies now use the neglect toolkit.",
            "learning-brief Learning brief", "practitioners", "neglect health"),
        Doc("1", "Neglect toolkit", "Tools to assess and evidence neglect.", "Graded care profile Using the toolkit",
            "The toolkit helps practitioners assess the quality of care a child receives, across physical care, safety, love and stimulation.",
            "toolkit Toolkit", "practitioners", "neglect"),
        Doc("2", "Worried about a child?", "How to report a concern about a child.", "Call us In an emergency",
            "If you are worried that a child is being abused or neglected, call the children's advice and duty service. In an emergency call 999.",
            "page Page", "families children-and-young-people practitioners", "reporting"),
        Doc("3", "Yearly report 2023 to 2024", "How well the partnership safeguarded children this year.", "Our priorities Our impact Scrutiny",
            "The partnership's priorities were neglect, exploitation and domestic abuse. Multi-agency audits found good practice and areas to improve.",
            "yearly-report Yearly report", "practitioners families", "assurance"),
        Doc("4", "Online safety for parents", "Keeping your child safe online.", "Apps and games Talking to your child",
            "Talk to your child about the apps and games they use. Set up parental controls. Report grooming to CEOP.",
            "page Page", "families", "online exploitation"),
        Doc("5", "Exploitation: a guide for young people", "Know the signs of exploitation.", "What is exploitation? Getting help",
            "Exploitation is when someone uses you for their own gain. It can happen online or in person. You can talk to a trusted adult.",
            "page Page", "children-and-young-people", "exploitation"),
        Doc("6", "Newsletter February 2024", "News from the partnership.", "Training Learning briefs Dates",
            "New training courses on neglect and on domestic abuse are open for booking. Read our latest learning brief.",
            "newsletter Newsletter", "practitioners", "training"),
        Doc("7", "Domestic abuse training", "A one-day course for practitioners.", "Who is it for? Booking",
            "The course covers coercive control, the impact on children and safety planning. Book through the training portal.",
            "training-course Training course", "practitioners", "domestic-abuse training"),
        Doc("8", "Scrutiny response: neglect audit", "Our response to the independent scrutineer.", "Findings Actions",
            "The scrutineer found that neglect was recognised later than it should have been. Actions: refresh the toolkit, train managers.",
            "scrutiny-response Scrutiny response", "practitioners", "neglect assurance"),
        Doc("9", "Families", "Information for parents and carers.", "Getting help Keeping children safe",
            "Find out where to get early help, how to keep your child safe and what happens when you contact children's services.",
            "hub Hub", "families", "early-help"),
        Doc("10", "Children and young people", "Information for children and young people.", "Staying safe Who to talk to",
            "You have the right to be safe. If something is worrying you, talk to someone you trust or call Childline on 0800 1111.",
            "hub Hub", "children-and-young-people", "staying-safe"),
        Doc("11", "Practitioners", "Guidance, procedures and training for practitioners.", "Procedures Training Learning",
            "Find the multi-agency procedures, threshold guidance, toolkits, learning briefs and training courses.",
            "hub Hub", "practitioners", "procedures"),
    ];

    private static CaseDoc[] PorterDocuments()
    {
        string[] groups =
        [
            "caresses ponies ties caress cats sses ies s ss is",
            "feed agreed eed plastered bled motoring sing conflated troubled sized hopping tanned falling hissing fizzed failing filing ed ing",
            "happy sky cry by say toy",
            "relational conditional rational valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism decisiveness hopefulness callousness formaliti sensitiviti sensibiliti",
            "triplicate formative formalize electriciti electrical hopeful goodness",
            "revival allowance inference airliner gyroscopic adjustable defensible irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous effective bowdlerize",
            "probate rate cease controll roll generalization oscillators",
            "yelling yearly youth yyy ay yy yes yesterday yielding",
            "ational tional ement ment ion sion tion ions",
            "agreement generously generate nationalities relativity sensational",
            "emeritus abilities capabilities responsibility responsibilities safeguarding safeguarded safeguards",
        ];
        return [.. groups.Select((g, i) => Doc("w" + i, g))];
    }
}

/// <summary>A deterministic corpus of site-like documents for parity tests and the UI tests.</summary>
internal static class GeneratedCorpus
{
    private static readonly string[] Words =
    [
        "child", "children", "childhood", "family", "families", "parent", "parents", "carer", "carers", "neglect",
        "neglected", "neglectful", "abuse", "abused", "abusive", "safeguarding", "safeguard", "safeguarded", "protection",
        "protecting", "protective", "practitioner", "practitioners", "practice", "agency", "agencies", "multi-agency",
        "partnership", "partners", "review", "reviews", "reviewed", "reviewing", "learning", "learned", "lessons",
        "brief", "briefing", "assessment", "assessments", "assessing", "early", "help", "helpful", "helping", "support",
        "supported", "supporting", "school", "schools", "health", "visitor", "police", "social", "care", "worker",
        "workers", "exploitation", "exploited", "criminal", "online", "grooming", "bullying", "domestic", "violence",
        "coercive", "control", "controlling", "risk", "risks", "risky", "threshold", "thresholds", "referral", "referrals",
        "referred", "referring", "concern", "concerns", "concerned", "worried", "worrying", "plan", "plans", "planning",
        "meeting", "meetings", "conference", "conferences", "strategy", "strategic", "priority", "priorities", "audit",
        "audits", "audited", "scrutiny", "scrutineer", "independent", "training", "trained", "course", "courses",
        "toolkit", "toolkits", "guidance", "procedure", "procedures", "statutory", "responsibility", "responsibilities",
        "information", "sharing", "consent", "confidentiality", "relationship", "relationships", "emotional", "physical",
        "sexual", "harm", "harmful", "significant", "wellbeing", "well-being", "development", "developmental", "needs",
        "communication", "communicating", "effective", "effectively", "improvement", "improvements", "improving",
        "recommendation", "recommendations", "national", "local", "authority", "authorities", "young", "people",
        "person", "adult", "adults", "trusted", "listen", "listening", "voice", "lived", "experience", "experiences",
        "the", "and", "of", "to", "a", "in", "is", "for", "with", "that", "on", "as", "this", "be", "are", "by",
        "we", "our", "their", "they", "it", "or", "from", "at", "an", "was", "were", "have", "has", "not", "all",
        "2023", "2024", "999", "0800", "£5,000", "50%", "café", "naïve", "Ærøskøbing", "co-ordinate", "e-safety",
    ];

    private static readonly string[] Types =
        ["learning-brief", "toolkit", "newsletter", "training-course", "yearly-report", "scrutiny-response", "page", "topic"];

    private static readonly string[] Audiences = ["families", "children-and-young-people", "practitioners"];

    private static readonly string[] Punctuation = [".", ",", ";", ":", "!", "?", "'s", ")", "\u2019s", "\u2014"];

    public static CaseDoc[] Documents(int count, int seed)
    {
        var random = new Random(seed);
        var docs = new CaseDoc[count];
        for (int i = 0; i < count; i++)
        {
            string title = Sentence(random, random.Next(2, 8), capitalise: true, punctuate: false);
            string summary = Sentence(random, random.Next(8, 25), capitalise: true, punctuate: true);
            string headings = string.Join(" ", Enumerable.Range(0, random.Next(0, 5)).Select(_ => Sentence(random, random.Next(2, 6), true, false)));
            var body = new StringBuilder();
            int sentences = random.Next(1, 25);
            for (int s = 0; s < sentences; s++)
            {
                body.Append(Sentence(random, random.Next(4, 20), capitalise: true, punctuate: true)).Append(random.Next(6) == 0 ? "\n\n" : " ");
            }

            string type = Types[random.Next(Types.Length)];
            string audience = string.Join(" ", Audiences.Where(_ => random.Next(2) == 0));
            string? topics = random.Next(4) == 0 ? null : string.Join(" ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Words[random.Next(Words.Length)]));
            double? boost = random.Next(10) == 0 ? 1 + (random.Next(1, 20) / 10.0) : null;
            docs[i] = new CaseDoc(i.ToString(System.Globalization.CultureInfo.InvariantCulture), [title, summary, headings, body.ToString().TrimEnd(), type, audience, topics], boost);
        }

        return docs;
    }

    private static string Sentence(Random random, int words, bool capitalise, bool punctuate)
    {
        var sb = new StringBuilder();
        for (int w = 0; w < words; w++)
        {
            string word = Words[random.Next(Words.Length)];
            if (w == 0 && capitalise)
            {
                word = char.ToUpperInvariant(word[0]) + word[1..];
            }
            else if (random.Next(25) == 0)
            {
                word = word.ToUpperInvariant();
            }

            if (w > 0)
            {
                sb.Append(random.Next(40) == 0 ? " - " : " ");
            }

            sb.Append(word);
            if (punctuate && w < words - 1 && random.Next(12) == 0)
            {
                sb.Append(Punctuation[random.Next(Punctuation.Length)]);
            }
        }

        if (punctuate)
        {
            sb.Append('.');
        }

        return sb.ToString();
    }
}
