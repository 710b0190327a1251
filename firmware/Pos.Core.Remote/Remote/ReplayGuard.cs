using Pos.Core.Storage;
using Pos.Core.Transactions;

namespace Pos.Core.Remote
{
    /// <summary>
    /// The replay check of remote commands: a command's sequence number must be above the last one accepted, which
    /// the journal keeps (setting <see cref="SettingKey"/>) so a power cut does not reopen old numbers. The number is
    /// recorded in the same journal group as what the command changes (<see cref="Record"/> inside the group), so a
    /// command is either applied and spent, or neither.
    /// </summary>
    public sealed class ReplayGuard
    {
        /// <summary>Journal setting: the last accepted sequence number.</summary>
        public const string SettingKey = "remote.seq";

        private readonly Journal _journal;

        /// <summary>The guard over <paramref name="journal"/>.</summary>
        public ReplayGuard(Journal journal)
        {
            _journal = journal;
        }

        /// <summary>The last accepted number (0 before the first).</summary>
        public long Last
        {
            get
            {
                long n = FieldList.ParseNumber(_journal.State.GetSetting(SettingKey));
                return n < 0 ? 0 : n;
            }
        }

        /// <summary>True when <paramref name="sequence"/> may still be accepted.</summary>
        public bool IsFresh(long sequence)
        {
            return sequence > Last;
        }

        /// <summary>Spends <paramref name="sequence"/> (call inside the command's journal group, or alone).</summary>
        public void Record(long sequence)
        {
            _journal.SetSetting(SettingKey, sequence.ToString());
        }
    }
}
