using System.Text;
using Pos.Core.Common;
using Pos.Core.Storage;

namespace Pos.Tests.Host.Storage
{
    /// <summary>
    /// The oracle of the crash tests: the logical state the journal must hold, as a plain model. After a cut the
    /// recovered journal's <see cref="Signature(Journal)"/> must equal the model before the interrupted call or after
    /// it (SQLite's "old or new" oracle), computed over logical content, not bytes. The STAN count is not in the
    /// signature: a boot goes on past the reservation, so the recovered count is checked to be at least every count
    /// handed out (<see cref="StanCount"/>) and the model then follows it.
    /// </summary>
    public sealed class JournalModel
    {
        public const string Tid = "TEST0001";

        public uint StanCount { get; set; }
        public uint BatchCount { get; set; } = 1;
        public uint BatchStart { get; set; }
        public bool CurrentStanFree { get; set; }
        public List<ModelItem> Items { get; private set; } = new();
        public ModelItem? Reversal { get; set; }
        public string ReversalReason { get; set; } = "";
        public SortedDictionary<string, string> Settings { get; private set; } = new(StringComparer.Ordinal);

        /// <summary>Keyed entries by <see cref="EntryName"/>, with their values.</summary>
        public SortedDictionary<string, string> Entries { get; private set; } = new(StringComparer.Ordinal);

        /// <summary>The latest time on the journal's monotonic clock an acknowledged record carried.</summary>
        public long LastMono { get; set; }

        public JournalModel Clone()
        {
            var copy = (JournalModel)MemberwiseClone();
            copy.Items = Items.Select(i => i.Clone()).ToList();
            copy.Reversal = Reversal?.Clone();
            copy.Settings = new SortedDictionary<string, string>(Settings, StringComparer.Ordinal);
            copy.Entries = new SortedDictionary<string, string>(Entries, StringComparer.Ordinal);
            return copy;
        }

        /// <summary>How an entry is named in the signature.</summary>
        public static string EntryName(int log, int key) => $"E{log}/{key:D7}";

        /// <summary>After a reboot: the recovered STAN count is never below one handed out; the model follows it, and
        /// the journal's current STAN (a skipped one) is not free for an item.</summary>
        public void FollowRecoveredCounters(Journal journal)
        {
            if (journal.State.StanCount < StanCount)
            {
                throw new InvalidOperationException($"STAN count went back: {journal.State.StanCount} < {StanCount}");
            }

            StanCount = journal.State.StanCount;
            CurrentStanFree = false;
        }

        /// <summary>After a call returned: learns the monotonic stamps the journal gave (new items, the latest time).</summary>
        public void LearnClock(Journal journal)
        {
            foreach (var item in Items)
            {
                if (item.Mono < 0)
                {
                    item.Mono = journal.State.FindItem(Tid, item.Batch, item.Stan)!.CreatedMonoMs;
                }
            }

            LastMono = Math.Max(LastMono, journal.State.LastMonoMs);
        }

        /// <summary>After a reboot: the monotonic clock never went back, and every known item kept its stamp.</summary>
        public void CheckClock(Journal journal)
        {
            if (journal.TerminalTimeMs < LastMono)
            {
                throw new InvalidOperationException($"monotonic clock went back: {journal.TerminalTimeMs} < {LastMono}");
            }

            foreach (var item in Items)
            {
                QueueItem? found = journal.State.FindItem(Tid, item.Batch, item.Stan);
                if (found != null && item.Mono >= 0 && found.CreatedMonoMs != item.Mono)
                {
                    throw new InvalidOperationException($"item {item.Batch}/{item.Stan} stamp {found.CreatedMonoMs}, was {item.Mono}");
                }
            }
        }

        public string Signature()
        {
            var sb = new StringBuilder();
            sb.Append($"C{BatchCount},{BatchStart};");
            foreach (var item in Items)
            {
                sb.Append($"Q{item.Batch}/{item.Stan}:{item.Kind}:{item.State}:{item.Attempts}:{item.Reason}:{item.Code}:{item.PayloadCrc:X8};");
            }

            sb.Append(Reversal == null ? "R-;" : $"R{Reversal.Batch}/{Reversal.Stan}:{ReversalReason}:{Reversal.Attempts}:{Reversal.PayloadCrc:X8};");
            foreach (var kv in Settings)
            {
                sb.Append($"S{kv.Key}={kv.Value};");
            }

            foreach (var kv in Entries)
            {
                sb.Append($"{kv.Key}={kv.Value};");
            }

            return sb.ToString();
        }

        /// <summary>The same signature read from a journal (payloads read back from storage and checksummed).</summary>
        public static string Signature(Journal journal)
        {
            JournalState s = journal.State;
            var sb = new StringBuilder();
            sb.Append($"C{s.BatchCount},{s.BatchStartCount};");
            byte[] buffer = new byte[1024];
            for (int i = 0; i < s.QueueCount; i++)
            {
                QueueItem item = s.QueueItemAt(i);
                if (!item.IsLive)
                {
                    continue;
                }

                if (item.Tid != Tid)
                {
                    throw new InvalidOperationException("phantom TID");
                }

                int n = journal.ReadPayload(item, buffer, 0);
                sb.Append($"Q{item.Batch}/{item.Stan}:{(int)item.Kind}:{(int)item.State}:{item.Attempts}:{item.FlagReason}:{item.FlagCode}:{Crc32.Compute(buffer, 0, n):X8};");
            }

            PendingReversal? r = s.Reversal;
            sb.Append(r == null ? "R-;" : $"R{r.Batch}/{r.Stan}:{r.Reason}:{r.Attempts}:{Crc32.Compute(r.Payload, 0, r.Payload.Length):X8};");
            foreach (string key in s.SettingKeys().OrderBy(k => k, StringComparer.Ordinal))
            {
                sb.Append($"S{key}={s.GetSetting(key)};");
            }

            // Each entry's value read back from the flash (or wherever the journal's index says it is).
            var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
            for (int log = 0; log <= 3; log++)
            {
                foreach (int key in s.EntryKeys(log))
                {
                    entries[EntryName(log, key)] = journal.GetEntry(log, key);
                }
            }

            foreach (var kv in entries)
            {
                sb.Append($"{kv.Key}={kv.Value};");
            }

            return sb.ToString();
        }
    }
}
