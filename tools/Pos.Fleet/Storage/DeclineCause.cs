namespace Pos.Fleet.Storage
{
    /// <summary>A terminal's declines of one code: how many and the newest.</summary>
    public sealed class DeclineCause
    {
        /// <summary>The code (field 39 or a local code).</summary>
        public string Code { get; set; } = string.Empty;

        /// <summary>How many.</summary>
        public long Count { get; set; }

        /// <summary>When the newest came (ms since 1970).</summary>
        public long LastMs { get; set; }
    }
}
