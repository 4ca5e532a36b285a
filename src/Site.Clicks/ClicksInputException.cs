namespace Site.Clicks;

/// <summary>
/// An input the user gave cannot be used: a log that cannot be read, or a links or opens file that is
/// malformed. The message is written for the person running the command and names the file (and the
/// line where there is one); the command stops with exit code 1.
/// </summary>
internal sealed class ClicksInputException(string message) : Exception(message);
