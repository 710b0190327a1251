namespace Pos.Tests.Host.Fleet
{
    /// <summary>A clock the test sets (the ingest's receive times and lags, the command service's seq).</summary>
    public sealed class ManualTime : TimeProvider
    {
        /// <summary>Now.</summary>
        public DateTimeOffset Now { get; set; } = DateTimeOffset.FromUnixTimeMilliseconds(1796292000000);

        /// <inheritdoc />
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
