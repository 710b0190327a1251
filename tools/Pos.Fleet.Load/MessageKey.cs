using System.Globalization;

namespace Pos.Fleet.Load
{
    /// <summary>
    /// A message's identity in the console's history: kind, terminal, number and time text (statuses and events are
    /// numbered apart, and a number alone repeats across runs, as each run boots its terminals anew).
    /// </summary>
    public static class MessageKey
    {
        /// <summary>The key of terminal <paramref name="tid"/>'s <paramref name="kind"/> number <paramref name="n"/> stamped <paramref name="at"/>.</summary>
        public static string Of(SentKind kind, string tid, long? n, string? at) =>
            (kind == SentKind.Status ? "s|" : "e|") + tid + "|" + (n?.ToString(CultureInfo.InvariantCulture) ?? "-") + "|" + (at ?? "-");
    }
}
