using Pos.Core.Common;
using Pos.Core.Protocol.Messages;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// Parameters of the transaction machine: timeouts, retry counts, amount limits and merchant choices. Checked by
    /// <see cref="Validate"/>; the machine keeps a validated copy. Defaults and ranges are in docs/TRANSACTIONS.md.
    /// </summary>
    public sealed class TransactionSettings
    {
        /// <summary>
        /// How long a request may take to reach the host (default 8 s): counted from the moment it is sent (card read,
        /// or PIN), time spent waiting for a probe or an advice in flight included; then it is taken back unsent. It
        /// bounds a sale during a silent outage: its outcome (offline approval or no connection) comes within this of
        /// the card read, inside the 10 s goal (docs/TRANSACTIONS.md "Timeouts"). Peers use 10 s for the TCP connect
        /// alone (cups-pos.md §2.7); on Wi-Fi a connect that takes longer than 8 s is an outage.
        /// </summary>
        public int ConnectTimeoutMs { get; set; } = 8000;

        /// <summary>Time allowed for the host's reply after sending (default 60 s, cups-pos.md §2.7).</summary>
        public int ResponseTimeoutMs { get; set; } = 60000;

        /// <summary>Extra wait after connect + response before the machine gives up on a silent exchange seam.</summary>
        public int WatchdogMarginMs { get; set; } = 5000;

        /// <summary>PIN entry timeout (default 30 s).</summary>
        public int PinEntryTimeoutMs { get; set; } = 30000;

        /// <summary>Inactivity timeout of amount entry, card presentation and menus (default 60 s); back to idle.</summary>
        public int IdleTimeoutMs { get; set; } = 60000;

        /// <summary>How long a result stays on screen before idle (default 10 s); any key leaves earlier.</summary>
        public int ResultDisplayMs { get; set; } = 10000;

        /// <summary>Automatic reversal attempts before the reversal blocks new transactions (default 3).</summary>
        public int ReversalRetryCount { get; set; } = 3;

        /// <summary>
        /// Pause after a failed attempt of a reversal sent from the idle screen before the next one (default 5 s);
        /// doubled after each failure up to <see cref="ReversalRetryMaxMs"/>, back to this after a success or when the
        /// link comes back online. A sale started meanwhile sends the reversal first, at once.
        /// </summary>
        public int ReversalRetryInitialMs { get; set; } = 5000;

        /// <summary>Cap of the idle reversal backoff (default 60 s).</summary>
        public int ReversalRetryMaxMs { get; set; } = 60000;

        /// <summary>Largest amount accepted at amount entry, fen (default 99,999,999 = 999,999.99 yuan).</summary>
        public long MaxAmountFen { get; set; } = 99999999;

        /// <summary>Largest contactless amount without PIN, fen (default 100,000 = 1,000 yuan).</summary>
        public long ContactlessNoPinLimitFen { get; set; } = 100000;

        /// <summary>Shortest PIN accepted (4..12).</summary>
        public int MinPinLength { get; set; } = 4;

        /// <summary>Longest PIN accepted (MinPinLength..12).</summary>
        public int MaxPinLength { get; set; } = 12;

        /// <summary>
        /// Show "retain card" for pick-up codes (04, 07, 34, 35, 37, 41, 43, 67); off (the default: acquirers no longer ask
        /// merchants to keep cards) shows "this card cannot be used now, return it" (cups-pos.md §1.3 item 5).
        /// </summary>
        public bool RetainCardPrompt { get; set; }

        /// <summary>Sign in again when the date changes (daily sign-in).</summary>
        public bool DailySignIn { get; set; } = true;

        /// <summary>Key layout asked for at sign-in (60.3).</summary>
        public SignInKeyMode SignInKeyMode { get; set; } = SignInKeyMode.DoubleLength;

        /// <summary>
        /// The merchant's offset from UTC in minutes (China: +480). ISO 8583 fields 12/13 carry the acceptor's local time:
        /// the sign-in reply's are read, and offline advices' are written, in this offset.
        /// </summary>
        public int UtcOffsetMinutes { get; set; } = HostClock.ChinaOffsetMinutes;

        /// <summary>
        /// Duplicate guard (重复交易检测): a sale of the same card and amount within this many milliseconds of one that
        /// took the customer's money asks the cashier to confirm (default 10 min; 0 turns the guard off).
        /// </summary>
        public int DuplicateWindowMs { get; set; } = 600000;

        /// <summary>A copy.</summary>
        public TransactionSettings Clone()
        {
            return (TransactionSettings)MemberwiseClone();
        }

        /// <summary>Throws <see cref="TransactionSettingsException"/> naming the first setting out of range.</summary>
        public void Validate()
        {
            Check(ConnectTimeoutMs >= 1000 && ConnectTimeoutMs <= 9000, "ConnectTimeoutMs");
            Check(ResponseTimeoutMs >= 5000 && ResponseTimeoutMs <= 180000, "ResponseTimeoutMs");
            Check(WatchdogMarginMs >= 1000 && WatchdogMarginMs <= 60000, "WatchdogMarginMs");
            Check(PinEntryTimeoutMs >= 5000 && PinEntryTimeoutMs <= 120000, "PinEntryTimeoutMs");
            Check(IdleTimeoutMs >= 5000 && IdleTimeoutMs <= 600000, "IdleTimeoutMs");
            Check(ResultDisplayMs >= 1000 && ResultDisplayMs <= 120000, "ResultDisplayMs");
            Check(ReversalRetryCount >= 1 && ReversalRetryCount <= 9, "ReversalRetryCount");
            Check(ReversalRetryInitialMs >= 1000 && ReversalRetryInitialMs <= 60000, "ReversalRetryInitialMs");
            Check(ReversalRetryMaxMs >= ReversalRetryInitialMs && ReversalRetryMaxMs <= 600000, "ReversalRetryMaxMs");
            Check(MaxAmountFen >= 1 && MaxAmountFen <= 999999999999L, "MaxAmountFen");
            Check(ContactlessNoPinLimitFen >= 0 && ContactlessNoPinLimitFen <= MaxAmountFen, "ContactlessNoPinLimitFen");
            Check(MinPinLength >= 4 && MinPinLength <= 12, "MinPinLength");
            Check(MaxPinLength >= MinPinLength && MaxPinLength <= 12, "MaxPinLength");
            Check(DuplicateWindowMs >= 0 && DuplicateWindowMs <= 86400000, "DuplicateWindowMs");
            Check(UtcOffsetMinutes >= -720 && UtcOffsetMinutes <= 840, "UtcOffsetMinutes");
            Check(SignInKeyMode == SignInKeyMode.SingleLength || SignInKeyMode == SignInKeyMode.DoubleLength
                || SignInKeyMode == SignInKeyMode.DoubleLengthWithTrackKey, "SignInKeyMode");
        }

        private static void Check(bool ok, string name)
        {
            if (!ok)
            {
                throw new TransactionSettingsException(name);
            }
        }
    }
}
