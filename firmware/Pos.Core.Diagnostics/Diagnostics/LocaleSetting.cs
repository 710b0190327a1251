using Pos.Core.Localization;
using Pos.Core.Storage;

namespace Pos.Core.Diagnostics
{
    /// <summary>The merchant's locale, kept across reboots in the journal setting <see cref="DiagnosticsSettingsKeys.Locale"/>.</summary>
    public static class LocaleSetting
    {
        /// <summary>The saved locale id, or <see cref="Locale.Default"/> when none or unknown.</summary>
        public static int Load(JournalState state)
        {
            int id = Locale.Parse(state.GetSetting(DiagnosticsSettingsKeys.Locale));
            return id < 0 ? Locale.Default : id;
        }

        /// <summary>Saves the locale (durable when it returns).</summary>
        public static void Save(Journal journal, int locale)
        {
            journal.SetSetting(DiagnosticsSettingsKeys.Locale, Locale.Tag(locale));
        }
    }
}
