using Pos.Hal;

namespace Pos.Core.Offline
{
    /// <summary>
    /// Decides whether a transaction may be taken offline under the merchant's policy. Pure: the caller passes the
    /// offline queue's current count and total (the journal owns them), nothing is stored here, nothing allocated; only
    /// the merchant's switch changes after construction (<see cref="SetEnabled"/>).
    /// Rules are checked in a fixed order, so one transaction always gets the same code: the merchant's switch,
    /// then what the transaction is (type, entry mode, PIN), then its amount, then the queue (count, total).
    /// </summary>
    public sealed class OfflinePolicy
    {
        // Which kinds can ever be offline, indexed by the kind's value. Not a setting: see OfflineTransactionKind.
        private static readonly bool[] KindAllowed = new bool[] { false, true, false, false, false, false };

        private readonly OfflinePolicySettings _settings;

        /// <summary>Creates a policy; the settings are validated and copied.</summary>
        /// <exception cref="OfflinePolicySettingsException">The settings are absurd.</exception>
        public OfflinePolicy(OfflinePolicySettings settings)
        {
            if (settings == null)
            {
                throw new System.ArgumentNullException(nameof(settings));
            }

            settings.Validate();
            _settings = settings.Clone();
        }

        /// <summary>A copy of the settings in use.</summary>
        public OfflinePolicySettings Settings => _settings.Clone();

        /// <summary>The merchant's switch: whether offline transactions are taken at all.</summary>
        public bool Enabled => _settings.Enabled;

        /// <summary>
        /// Turns the merchant's switch on or off, effective for the next decision (the merchant settings, the stored
        /// <see cref="OfflineSalesSetting"/> at start). Offline sales queued already are forwarded either way.
        /// </summary>
        /// <exception cref="OfflinePolicySettingsException">Turning on settings that allow no entry mode: nothing changed.</exception>
        public void SetEnabled(bool enabled)
        {
            OfflinePolicySettings next = _settings.Clone();
            next.Enabled = enabled;
            next.Validate();
            _settings.Enabled = enabled;
        }

        /// <summary>
        /// Replaces the limits (per sale, the queue's total and count), effective for the next decision; the rest of
        /// the settings stays. Checked first: nothing changes when the result would be absurd.
        /// </summary>
        /// <exception cref="OfflinePolicySettingsException">The limits are out of range or contradict each other.</exception>
        public void SetLimits(long transactionLimitFen, long totalCapFen, int maxCount)
        {
            OfflinePolicySettings next = _settings.Clone();
            next.TransactionLimitFen = transactionLimitFen;
            next.TotalCapFen = totalCapFen;
            next.MaxCount = maxCount;
            next.Validate();
            _settings.TransactionLimitFen = transactionLimitFen;
            _settings.TotalCapFen = totalCapFen;
            _settings.MaxCount = maxCount;
        }

        /// <summary>Whether a card entry mode is allowed offline (no copy of the settings).</summary>
        public bool IsEntryModeAllowed(EntryMode mode)
        {
            return _settings.IsEntryModeAllowed(mode);
        }

        /// <summary>True when the kind can ever be taken offline (only purchases).</summary>
        public static bool IsKindAllowedOffline(OfflineTransactionKind kind)
        {
            int index = (int)kind;
            return index >= 0 && index < KindAllowed.Length && KindAllowed[index];
        }

        /// <summary>Decides one transaction.</summary>
        /// <param name="kind">What the cashier started.</param>
        /// <param name="amountFen">The amount; must be positive.</param>
        /// <param name="entryMode">How the card was read.</param>
        /// <param name="pinEntered">True when the cardholder entered a PIN.</param>
        /// <param name="queuedCount">Offline sales already queued (not yet forwarded); not negative.</param>
        /// <param name="queuedTotalFen">Their total; not negative.</param>
        /// <returns>Accepted, or declined with a local code (<see cref="OfflineDeclineCodes"/>).</returns>
        public OfflineDecision Decide(OfflineTransactionKind kind, long amountFen, EntryMode entryMode, bool pinEntered, int queuedCount, long queuedTotalFen)
        {
            if (amountFen <= 0)
            {
                throw new System.ArgumentOutOfRangeException(nameof(amountFen));
            }

            if (queuedCount < 0)
            {
                throw new System.ArgumentOutOfRangeException(nameof(queuedCount));
            }

            if (queuedTotalFen < 0)
            {
                throw new System.ArgumentOutOfRangeException(nameof(queuedTotalFen));
            }

            if (!_settings.Enabled)
            {
                return OfflineDecision.Decline(OfflineDeclineCodes.OfflineDisabled);
            }

            if (!IsKindAllowedOffline(kind))
            {
                return OfflineDecision.Decline(OfflineDeclineCodes.TransactionTypeNotAllowed);
            }

            if (!_settings.IsEntryModeAllowed(entryMode))
            {
                return OfflineDecision.Decline(OfflineDeclineCodes.EntryModeNotAllowed);
            }

            if (pinEntered && !_settings.AllowPinEntered)
            {
                return OfflineDecision.Decline(OfflineDeclineCodes.PinNotAllowed);
            }

            if (amountFen > _settings.TransactionLimitFen)
            {
                return OfflineDecision.Decline(OfflineDeclineCodes.OverTransactionLimit);
            }

            if (queuedCount >= _settings.MaxCount)
            {
                return OfflineDecision.Decline(OfflineDeclineCodes.QueueFull);
            }

            // Written as a subtraction so a huge queued total cannot overflow the sum.
            if (queuedTotalFen > _settings.TotalCapFen || amountFen > _settings.TotalCapFen - queuedTotalFen)
            {
                return OfflineDecision.Decline(OfflineDeclineCodes.OverTotalCap);
            }

            return OfflineDecision.Accept;
        }
    }
}
