using Pos.Hal;

namespace Pos.Core.Offline
{
    /// <summary>
    /// The merchant's offline (store-and-forward) policy. Money is fen. Defaults are deliberately conservative because
    /// the merchant bears the decline risk of every offline sale (docs/LINK_AND_OFFLINE.md cites the anchors):
    /// disabled; 300.00 yuan per transaction; 3,000.00 yuan in total; 100 stored sales; chip and contactless only;
    /// no PIN. Refunds, voids, balance inquiries and pre-authorisations are never offline, whatever the settings.
    /// </summary>
    public sealed class OfflinePolicySettings
    {
        /// <summary>Highest per-transaction limit accepted by <see cref="Validate"/>: 100,000.00 yuan.</summary>
        public const long MaxTransactionLimitFen = 10000000;

        /// <summary>Highest total cap accepted by <see cref="Validate"/>: 10,000,000.00 yuan.</summary>
        public const long MaxTotalCapFen = 1000000000;

        /// <summary>Highest maximum count accepted by <see cref="Validate"/>.</summary>
        public const int MaxQueueCount = 10000;

        // The entry modes a merchant may allow offline, and whether each is allowed; Unknown never is.
        private static readonly EntryMode[] ConfigurableModes = new EntryMode[]
        {
            EntryMode.Chip, EntryMode.Contactless, EntryMode.Magstripe, EntryMode.Manual, EntryMode.Fallback,
        };

        private readonly bool[] _modeAllowed = new bool[] { true, true, false, false, false };

        /// <summary>Creates settings with the defaults.</summary>
        public OfflinePolicySettings()
        {
            Enabled = false;
            TransactionLimitFen = 30000;
            TotalCapFen = 300000;
            MaxCount = 100;
            AllowPinEntered = false;
        }

        /// <summary>Whether offline sales are taken at all (merchant opt-in).</summary>
        public bool Enabled { get; set; }

        /// <summary>Largest amount of one offline sale, inclusive.</summary>
        public long TransactionLimitFen { get; set; }

        /// <summary>Largest total of queued offline sales including the new one, inclusive.</summary>
        public long TotalCapFen { get; set; }

        /// <summary>Largest number of queued offline sales including the new one.</summary>
        public int MaxCount { get; set; }

        /// <summary>
        /// Whether a sale in which the cardholder entered a PIN may be taken offline. Off by default: an online PIN
        /// block is never stored, so it cannot be forwarded later.
        /// </summary>
        public bool AllowPinEntered { get; set; }

        /// <summary>Whether a card entry mode is allowed offline. <see cref="EntryMode.Unknown"/> never is.</summary>
        public bool IsEntryModeAllowed(EntryMode mode)
        {
            int index = IndexOf(mode);
            return index >= 0 && _modeAllowed[index];
        }

        /// <summary>Allows or forbids an entry mode offline.</summary>
        /// <exception cref="OfflinePolicySettingsException">The mode cannot be configured (Unknown).</exception>
        public void SetEntryModeAllowed(EntryMode mode, bool allowed)
        {
            int index = IndexOf(mode);
            if (index < 0)
            {
                throw new OfflinePolicySettingsException("AllowedEntryModes", "entry mode " + ((int)mode).ToString() + " cannot be allowed offline");
            }

            _modeAllowed[index] = allowed;
        }

        /// <summary>A copy, so that a policy keeps the values it validated.</summary>
        public OfflinePolicySettings Clone()
        {
            OfflinePolicySettings copy = new OfflinePolicySettings();
            copy.Enabled = Enabled;
            copy.TransactionLimitFen = TransactionLimitFen;
            copy.TotalCapFen = TotalCapFen;
            copy.MaxCount = MaxCount;
            copy.AllowPinEntered = AllowPinEntered;
            for (int i = 0; i < _modeAllowed.Length; i++)
            {
                copy._modeAllowed[i] = _modeAllowed[i];
            }

            return copy;
        }

        /// <summary>Checks every value, whether or not offline is enabled (a bad value must not wait to bite until it is).</summary>
        /// <exception cref="OfflinePolicySettingsException">A value is absurd or the values contradict each other.</exception>
        public void Validate()
        {
            if (TransactionLimitFen < 1 || TransactionLimitFen > MaxTransactionLimitFen)
            {
                throw new OfflinePolicySettingsException("TransactionLimitFen", TransactionLimitFen.ToString() + " is outside 1.." + MaxTransactionLimitFen.ToString());
            }

            if (TotalCapFen < TransactionLimitFen || TotalCapFen > MaxTotalCapFen)
            {
                throw new OfflinePolicySettingsException("TotalCapFen", TotalCapFen.ToString() + " is outside TransactionLimitFen (" + TransactionLimitFen.ToString() + ").." + MaxTotalCapFen.ToString());
            }

            if (MaxCount < 1 || MaxCount > MaxQueueCount)
            {
                throw new OfflinePolicySettingsException("MaxCount", MaxCount.ToString() + " is outside 1.." + MaxQueueCount.ToString());
            }

            if (Enabled && !AnyEntryModeAllowed())
            {
                throw new OfflinePolicySettingsException("AllowedEntryModes", "offline is enabled but no entry mode is allowed");
            }
        }

        private bool AnyEntryModeAllowed()
        {
            for (int i = 0; i < _modeAllowed.Length; i++)
            {
                if (_modeAllowed[i])
                {
                    return true;
                }
            }

            return false;
        }

        private static int IndexOf(EntryMode mode)
        {
            for (int i = 0; i < ConfigurableModes.Length; i++)
            {
                if (ConfigurableModes[i] == mode)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
