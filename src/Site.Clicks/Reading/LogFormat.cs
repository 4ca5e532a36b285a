namespace Site.Clicks.Reading;

/// <summary>
/// The access log layouts the click counter reads. <see cref="Auto"/> means the layout is worked out
/// from the first lines of each file, so a run can mix formats.
/// </summary>
internal enum LogFormat
{
    Auto,
    Combined,
    W3c,
    Csv,
}
