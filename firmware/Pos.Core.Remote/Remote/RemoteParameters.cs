using Pos.Core.Common;
using Pos.Core.Diagnostics;
using Pos.Core.Offline;
using Pos.Core.Storage;
using Pos.Core.Transactions;

namespace Pos.Core.Remote
{
    /// <summary>
    /// The parameters a remote <c>set</c> may change (docs/REMOTE.md "Commands"), each checked as the local menus check
    /// it, then all written in one journal group with the command's sequence number: a bad value refuses the whole
    /// command with a reason, and a power cut leaves either all of it or none. The names are the payload's and, except
    /// the limits' short forms, the journal settings' own.
    /// </summary>
    public sealed class RemoteParameters
    {
        /// <summary>Journal setting: the merchant's name on the idle screen and the slips, set from afar.</summary>
        public const string MerchantNameKey = "merchant.name";

        /// <summary>Longest merchant name.</summary>
        public const int MaxMerchantName = 40;

        // The parameters, by name: the journal key each is written to (limits in fen). Packed (PackedNames).
        private const string Names = "host|port|offline.enabled|offline.limit|offline.cap|offline.count|merchant.name|limit.sale"
            + "|limit.daily|limit.refund";

        private const string Keys = DiagnosticsSettingsKeys.HostName + Bar + DiagnosticsSettingsKeys.HostPort + Bar + OfflineSalesSetting.Key
            + Bar + OfflineLimitsSetting.LimitKey + Bar + OfflineLimitsSetting.CapKey + Bar + OfflineLimitsSetting.CountKey + Bar
            + MerchantNameKey + Bar + TransactionLimits.SaleKey + Bar + TransactionLimits.DailyKey + Bar + TransactionLimits.RefundKey;

        private const string Bar = "|";

        // Number of parameters (names in Names).
        private const int Count = 10;

        // The envelope's own fields, which are not parameters.
        private const string Envelope = "v|tid|seq|at|cmd";

        private readonly Journal _journal;
        private readonly TransactionMachine _machine;
        private readonly string[] _values = new string[Count];
        private readonly bool[] _given = new bool[Count];

        /// <summary>Parameters over the terminal's journal and transaction machine.</summary>
        public RemoteParameters(Journal journal, TransactionMachine machine)
        {
            _journal = journal;
            _machine = machine;
        }

        /// <summary>Why the last <see cref="Apply"/> refused.</summary>
        public string Reason { get; private set; }

        /// <summary>True when the last applied command changed the host or its port.</summary>
        public bool HostChanged { get; private set; }

        /// <summary>True when the last applied command changed the merchant's name.</summary>
        public bool MerchantNameChanged { get; private set; }

        /// <summary>
        /// Checks every parameter of <paramref name="command"/>, then writes them and spends its number in one journal
        /// group; the offline policy is read again at once. Ok, Invalid (with <see cref="Reason"/>) or Failed (the journal).
        /// </summary>
        public CommandVerdict Apply(RemoteCommand command, ReplayGuard guard)
        {
            HostChanged = false;
            MerchantNameChanged = false;
            if (!Read(command.Fields) || !Check())
            {
                return CommandVerdict.Invalid;
            }

            try
            {
                _journal.BeginGroup();
                for (int i = 0; i < Count; i++)
                {
                    if (_given[i])
                    {
                        _journal.SetSetting(PackedNames.At(Keys, i), _values[i]);
                    }
                }

                guard.Record(command.Sequence);
                _journal.CommitGroup();
            }
            catch (JournalException ex)
            {
                Reason = "journal: " + ex.Message;
                return CommandVerdict.Failed;
            }
            finally
            {
                _journal.AbandonGroup();
            }

            HostChanged = _given[0] || _given[1];
            MerchantNameChanged = _given[6];
            _machine.ReloadOfflinePolicy();
            return CommandVerdict.Ok;
        }

        /// <summary>The stored host and port (after a change), or null.</summary>
        public string StoredHost => _journal.State.GetSetting(DiagnosticsSettingsKeys.HostName);

        /// <summary>The stored port, or -1.</summary>
        public int StoredPort
        {
            get
            {
                long p = OfflineLimitsSetting.Number(_journal.State.GetSetting(DiagnosticsSettingsKeys.HostPort));
                return p > 0 && p < 65536 ? (int)p : -1;
            }
        }

        // Every field is a known parameter or part of the envelope; at least one parameter.
        private bool Read(JsonFields fields)
        {
            int count = 0;
            for (int i = 0; i < Count; i++)
            {
                _given[i] = false;
                _values[i] = string.Empty;
            }

            for (int f = 0; f < fields.Count; f++)
            {
                string name = fields.NameAt(f);
                int i = PackedNames.IndexOf(Names, name);
                if (i < 0)
                {
                    if (PackedNames.IndexOf(Envelope, name) < 0)
                    {
                        return Refuse("unknown parameter " + name);
                    }

                    continue;
                }

                string value = fields.ValueAt(f);
                if (value == null)
                {
                    return Refuse(name + ": no value");
                }

                _given[i] = true;
                _values[i] = value;
                count++;
            }

            return count > 0 || Refuse("no parameter");
        }

        private bool Check()
        {
            if (_given[0] && !IsHostName(_values[0]))
            {
                return Refuse("host: not a host name or IPv4 address");
            }

            if (_given[1] && !InRange(_values[1], 1, 65535))
            {
                return Refuse("port: not from 1 to 65535");
            }

            if (_given[6] && !IsPrintable(_values[6], MaxMerchantName))
            {
                return Refuse("merchant.name: 1 to " + MaxMerchantName.ToString() + " printable characters");
            }

            return CheckOffline() && CheckLimits();
        }

        // The offline switch and limits, checked together on a copy of the policy in use as the policy checks itself.
        private bool CheckOffline()
        {
            OfflinePolicySettings next = _machine.OfflinePolicy;
            if (_given[2])
            {
                string v = _values[2];
                if (v != "true" && v != "false" && v != "1" && v != "0")
                {
                    return Refuse("offline.enabled: true or false");
                }

                _values[2] = v == "true" || v == "1" ? "1" : "0";
                next.Enabled = _values[2] == "1";
            }

            for (int i = 3; i <= 5; i++)
            {
                if (!_given[i])
                {
                    continue;
                }

                long n = OfflineLimitsSetting.Number(_values[i]);
                if (n < 1)
                {
                    return Refuse(PackedNames.At(Names, i) + ": a whole number from 1");
                }

                if (i == 3)
                {
                    next.TransactionLimitFen = n;
                }
                else if (i == 4)
                {
                    next.TotalCapFen = n;
                }
                else
                {
                    next.MaxCount = n > OfflinePolicySettings.MaxQueueCount ? OfflinePolicySettings.MaxQueueCount + 1 : (int)n;
                }
            }

            try
            {
                next.Validate();
                return true;
            }
            catch (OfflinePolicySettingsException ex)
            {
                return Refuse("offline: " + ex.Message);
            }
        }

        // The merchant limits, checked on the stored ones as the merchant menu checks them; 0 removes a limit.
        private bool CheckLimits()
        {
            TransactionLimits limits = _machine.Limits;
            string[] shortNames = new string[] { TransactionLimits.Sale, TransactionLimits.Daily, TransactionLimits.Refund };
            try
            {
                for (int i = 7; i <= 9; i++)
                {
                    if (_given[i])
                    {
                        limits = limits.With(shortNames[i - 7], _values[i], _machine.MaxAmountFen);
                        _values[i] = _values[i] == "0" ? null : _values[i];
                    }
                }

                return true;
            }
            catch (TransactionLimitsException ex)
            {
                return Refuse("limit: " + ex.Message);
            }
        }

        private bool Refuse(string reason)
        {
            Reason = reason;
            return false;
        }

        private static bool InRange(string text, long min, long max)
        {
            long n = OfflineLimitsSetting.Number(text);
            return n >= min && n <= max;
        }

        // Letters, digits, dots and hyphens, 1 to 64 characters, not starting or ending with a dot or hyphen.
        private static bool IsHostName(string text)
        {
            if (text.Length == 0 || text.Length > 64 || text[0] == '.' || text[0] == '-' || text[text.Length - 1] == '.' || text[text.Length - 1] == '-')
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True for 1 to <paramref name="max"/> characters with no control character.</summary>
        public static bool IsPrintable(string text, int max)
        {
            if (text == null || text.Length == 0 || text.Length > max)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < ' ' || text[i] == (char)127)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
