namespace Site.Clicks.Counting;

/// <summary>Why a user agent is taken to be a program rather than a reader.</summary>
internal enum AgentKind
{
    /// <summary>Mail security gateways that open every link in a message to check it.</summary>
    LinkScanner,

    /// <summary>Apps that fetch a link to draw a preview card (chat, social media, Office).</summary>
    LinkPreview,

    /// <summary>Search engine crawlers and other bots.</summary>
    Crawler,

    /// <summary>Command-line tools, HTTP libraries and headless browsers.</summary>
    Script,

    /// <summary>Uptime and link-check services.</summary>
    Monitor,
}

/// <summary>One text that, found anywhere in a user agent (ignoring case), marks it as automated.</summary>
internal sealed record AgentSignature(string Fragment, AgentKind Kind);

/// <summary>
/// The one list of user agents that are not counted as clicks. Specific names come before the
/// generic words ("bot", "preview") so each match is put under the most telling kind. Many gateways
/// send an ordinary browser user agent; the burst filter catches those.
/// </summary>
internal static class AgentSignatures
{
    public static readonly IReadOnlyList<AgentSignature> All =
    [
        // Mail security gateways and URL reputation services.
        new("bingpreview", AgentKind.LinkScanner),
        new("safelinks", AgentKind.LinkScanner),
        new("proofpoint", AgentKind.LinkScanner),
        new("mimecast", AgentKind.LinkScanner),
        new("barracuda", AgentKind.LinkScanner),
        new("forcepoint", AgentKind.LinkScanner),
        new("fortiguard", AgentKind.LinkScanner),
        new("ironport", AgentKind.LinkScanner),
        new("trendmicro", AgentKind.LinkScanner),
        new("symantec", AgentKind.LinkScanner),
        new("sophos", AgentKind.LinkScanner),
        new("zscaler", AgentKind.LinkScanner),
        new("spamexperts", AgentKind.LinkScanner),
        new("gmail-content-sampling", AgentKind.LinkScanner),
        new("urlscan", AgentKind.LinkScanner),
        new("virustotal", AgentKind.LinkScanner),
        new("scanner", AgentKind.LinkScanner),

        // Preview fetchers. Office apps also send "ms-office" requests to check a link exists before
        // handing it to the browser, which then makes the real request.
        new("ms-office", AgentKind.LinkPreview),
        new("microsoft office existence discovery", AgentKind.LinkPreview),
        new("skypeuripreview", AgentKind.LinkPreview),
        new("facebookexternalhit", AgentKind.LinkPreview),
        new("whatsapp", AgentKind.LinkPreview),
        new("googleimageproxy", AgentKind.LinkPreview),
        new("embedly", AgentKind.LinkPreview),
        new("iframely", AgentKind.LinkPreview),
        new("preview", AgentKind.LinkPreview),

        // Monitors and link checkers.
        new("uptimerobot", AgentKind.Monitor),
        new("pingdom", AgentKind.Monitor),
        new("statuscake", AgentKind.Monitor),
        new("site24x7", AgentKind.Monitor),
        new("linkchecker", AgentKind.Monitor),
        new("link-checker", AgentKind.Monitor),
        new("w3c_validator", AgentKind.Monitor),

        // Scripts, HTTP libraries and headless browsers.
        new("curl/", AgentKind.Script),
        new("wget/", AgentKind.Script),
        new("python-requests", AgentKind.Script),
        new("python-urllib", AgentKind.Script),
        new("python-httpx", AgentKind.Script),
        new("aiohttp", AgentKind.Script),
        new("go-http-client", AgentKind.Script),
        new("okhttp", AgentKind.Script),
        new("apache-httpclient", AgentKind.Script),
        new("java/", AgentKind.Script),
        new("libwww-perl", AgentKind.Script),
        new("node-fetch", AgentKind.Script),
        new("axios/", AgentKind.Script),
        new("httpie", AgentKind.Script),
        new("powershell", AgentKind.Script),
        new("scrapy", AgentKind.Script),
        new("headlesschrome", AgentKind.Script),
        new("phantomjs", AgentKind.Script),
        new("lighthouse", AgentKind.Script),

        // Crawlers and everything else that calls itself a bot.
        new("crawl", AgentKind.Crawler),
        new("spider", AgentKind.Crawler),
        new("slurp", AgentKind.Crawler),
        new("archiver", AgentKind.Crawler),
        new("bot", AgentKind.Crawler),
    ];
}
