using System.Globalization;
using Pos.Fleet.Payloads;
using Pos.Fleet.Texts;

namespace Pos.Fleet.Web
{
    /// <summary>How the pages write the history's values: times, flags, link states, optional numbers.</summary>
    public static class Cells
    {
        private static readonly (string Word, UiString Text)[] LinkStates =
        {
            ("online", UiString.LinkOnline), ("offline", UiString.LinkOffline), ("checking", UiString.LinkChecking),
        };

        /// <summary>A console time (ms since 1970), UTC as the contract writes it.</summary>
        public static string Time(long? ms) => ms is null ? string.Empty : RemoteTime.FromMillis(ms.Value);

        /// <summary>A number, empty when absent.</summary>
        public static string Number(long? n) => n?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

        /// <summary>A battery percent.</summary>
        public static string Percent(long? n) => n is null ? "—" : n.Value.ToString(CultureInfo.InvariantCulture) + " %";

        /// <summary>Online or offline, localized.</summary>
        public static string Connection(int locale, bool online) => UiText.Get(locale, online ? UiString.Online : UiString.Offline);

        /// <summary>Yes or no, localized; empty when absent.</summary>
        public static string Flag(int locale, long? flag) => flag is null ? string.Empty : UiText.Get(locale, flag.Value != 0 ? UiString.Yes : UiString.No);

        /// <summary>The host link's state, localized (an unknown word as it came).</summary>
        public static string Link(int locale, string? state)
        {
            foreach ((string word, UiString text) in LinkStates)
            {
                if (word == state)
                {
                    return UiText.Get(locale, text);
                }
            }

            return state ?? string.Empty;
        }

        /// <summary>A self-test result and when: "FAIL 2026-12-03T09:58:10Z".</summary>
        public static string SelfTest(string? result, string? at) => result == null ? "—" : (result + " " + (at ?? string.Empty)).Trim();
    }
}
