using Pos.Core.Storage;

namespace Pos.Core.Offline
{
    /// <summary>
    /// The merchant's offline-sales switch as a journal setting (<see cref="Key"/>: "1" on, "0" off), so a choice made on
    /// the terminal outlives a reboot. Absent until someone sets it: then the installation's value
    /// (<see cref="OfflinePolicySettings.Enabled"/>, from the terminal options) holds. Any other text counts as absent.
    /// </summary>
    public static class OfflineSalesSetting
    {
        /// <summary>Journal setting: whether offline sales are taken ("1" / "0"; absent: the installation's value).</summary>
        public const string Key = "offline.enabled";

        /// <summary>The stored switch, or <paramref name="installed"/> when none (or a damaged one) is stored.</summary>
        public static bool Read(JournalState state, bool installed)
        {
            string text = state.GetSetting(Key);
            return text == "1" ? true : text == "0" ? false : installed;
        }

        /// <summary>Stores the switch; durable when it returns.</summary>
        /// <exception cref="JournalException">The journal cannot be written (read-only): nothing stored.</exception>
        public static void Save(Journal journal, bool enabled)
        {
            journal.SetSetting(Key, enabled ? "1" : "0");
        }
    }
}
