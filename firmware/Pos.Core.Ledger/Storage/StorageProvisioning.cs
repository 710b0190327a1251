using System;
using Pos.Core.Audit;

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
        private readonly AuditTrail _audit;

        /// <summary>Creates the marker's reader and writer over an opened journal and audit trail.</summary>
        public StorageProvisioning(Journal journal, AuditTrail audit)
        {
            if (journal == null || audit == null)
            {
                throw new ArgumentNullException(nameof(journal));
            }

            _journal = journal;
            _audit = audit;
        }

        /// <summary>True once the marker is in the journal.</summary>
        public bool IsConfirmed => IsConfirmedIn(_journal.State);

        /// <summary>True once the marker is in <paramref name="state"/>.</summary>
        public static bool IsConfirmedIn(JournalState state)
        {
            string value = state.GetSetting(SettingKey);
            return value != null && value.Length > 0;
        }

        /// <summary>
        /// Writes the marker, after an audit trail entry that says who confirmed (<paramref name="operatorNumber"/> and
        /// <paramref name="by"/>: the technician, or "first start" by nobody). Returns false when storage refused
        /// either write (the alarm stays; nothing else changes).
        /// </summary>
        public bool Confirm(long utcTicks, int operatorNumber, string by)
        {
            if (IsConfirmed)
            {
                return true;
            }

            try
            {
                if (!_audit.Append(utcTicks, operatorNumber, AuditEvent.StorageConfirmed, "storage started empty; confirmed by " + by))
                {
                    return false;
                }

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
