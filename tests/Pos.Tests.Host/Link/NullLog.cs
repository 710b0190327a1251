using Pos.Hal;

namespace Pos.Tests.Host.Link;

/// <summary>A log that drops every line (the randomized runs write thousands).</summary>
public sealed class NullLog : ISerialLog
{
    /// <inheritdoc />
    public void WriteLine(string line)
    {
    }
}
