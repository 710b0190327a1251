using System;

namespace Pos.Core.Storage
{
    /// <summary>
    /// The provisioning marker: a journal setting written when a person (or a factory rig) confirmed that this terminal's
    /// storage may start from nothing. A reformatted drive loses the journal and the marker with it, so a terminal that
    /// was in service and finds an empty drive — nanoFramework's ESP32 build reformats a LittleFS it cannot mount, without
    /// asking — comes up unconfirmed: the idle screen says so, the technician menu opens on the confirmation with its
    /// checklist (what was lost and whom to ask), and the self-test's storage check warns until then. A new terminal
    /// shows the same once, at installation. Sales are not blocked: the new journal keeps everything from now on.
    /// </summary>
    public sealed class StorageProvisioning
    {
        /// <summary>The journal setting: UTC ticks of the confirmation, decimal.</summary>
        public const string SettingKey = "storage.provisioned";

        private readonly Journal _journal;

        /// <summary>Creates the marker's reader and writer over an opened journal.</summary>
        public StorageProvisioning(Journal journal)
        {
            if (journal == null)
            {
                throw new ArgumentNullException(nameof(journal));
            }

            _journal = journal;
        }

        /// <summary>True once the marker is in the journal.</summary>
        public bool IsConfirmed
        {
            get
            {
                string value = _journal.State.GetSetting(SettingKey);
                return value != null && value.Length > 0;
            }
        }

        /// <summary>
        /// Writes the marker, after an audit line that says who confirmed (<paramref name="by"/>: "technician",
        /// "first start"). Returns false when storage refused the write (the alarm stays; nothing else changes).
        /// </summary>
        public bool Confirm(long utcTicks, string by)
        {
            if (IsConfirmed)
            {
                return true;
            }

            try
            {
                _journal.AppendAudit(utcTicks, "storage started empty; confirmed by " + by);
                _journal.SetSetting(SettingKey, utcTicks.ToString());
                return true;
            }
            catch (Pos.Hal.StorageException)
            {
                return false;
            }
            catch (JournalException)
            {
                return false;
            }
        }
    }
}
