using System.Globalization;

namespace Pos.Fleet.Payloads
{
    /// <summary>The contract's times: UTC, ISO 8601 with seconds (<c>2026-12-03T10:00:00Z</c>).</summary>
    public static class RemoteTime
    {
        private const string Format = "yyyy-MM-ddTHH:mm:ssZ";

        /// <summary>The text of <paramref name="time"/> (converted to UTC, fractions dropped).</summary>
        public static string Text(DateTimeOffset time) => time.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

        /// <summary>Milliseconds since 1970 of a contract time, or null when it is not one.</summary>
        public static long? Millis(string? text)
        {
            if (text != null && DateTimeOffset.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset t))
            {
                return t.ToUnixTimeMilliseconds();
            }

            return null;
        }

        /// <summary>A console time (ms since 1970) as the contract writes it.</summary>
        public static string FromMillis(long ms) => Text(DateTimeOffset.FromUnixTimeMilliseconds(ms));
    }
}
