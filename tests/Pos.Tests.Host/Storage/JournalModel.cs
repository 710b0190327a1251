using System.Text;
using Pos.Core.Common;
using Pos.Core.Storage;

namespace Pos.Tests.Host.Storage
{
    /// <summary>
    /// The oracle of the crash tests: the logical state the journal must hold, as a plain model. After a cut the
    /// recovered journal's <see cref="Signature(Journal)"/> must equal the model before the interrupted call or after
    /// it (SQLite's "old or new" oracle), computed over logical content, not bytes.
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

        public JournalModel Clone()
        {
            var copy = (JournalModel)MemberwiseClone();
            copy.Items = Items.Select(i => i.Clone()).ToList();
            copy.Reversal = Reversal?.Clone();
            copy.Settings = new SortedDictionary<string, string>(Settings, StringComparer.Ordinal);
            return copy;
        }

        public string Signature()
        {
            var sb = new StringBuilder();
            sb.Append($"C{StanCount},{BatchCount},{BatchStart};");
            foreach (var item in Items)
            {
                sb.Append($"Q{item.Batch}/{item.Stan}:{item.Kind}:{item.State}:{item.Attempts}:{item.PayloadCrc:X8};");
            }

            sb.Append(Reversal == null ? "R-;" : $"R{Reversal.Batch}/{Reversal.Stan}:{ReversalReason}:{Reversal.Attempts}:{Reversal.PayloadCrc:X8};");
            foreach (var kv in Settings)
            {
                sb.Append($"S{kv.Key}={kv.Value};");
            }

            return sb.ToString();
        }

        /// <summary>The same signature read from a journal (payloads read back from storage and checksummed).</summary>
        public static string Signature(Journal journal)
        {
            JournalState s = journal.State;
            var sb = new StringBuilder();
            sb.Append($"C{s.StanCount},{s.BatchCount},{s.BatchStartCount};");
            byte[] buffer = new byte[1024];
            for (int i = 0; i < s.QueueCount; i++)
            {
                QueueItem item = s.QueueItemAt(i);
                if (item.State == QueueItemState.Delivered)
                {
                    continue;
                }

                if (item.Tid != Tid)
                {
                    throw new InvalidOperationException("phantom TID");
                }

                int n = journal.ReadPayload(item, buffer, 0);
                sb.Append($"Q{item.Batch}/{item.Stan}:{(int)item.Kind}:{(int)item.State}:{item.Attempts}:{Crc32.Compute(buffer, 0, n):X8};");
            }

            PendingReversal? r = s.Reversal;
            sb.Append(r == null ? "R-;" : $"R{r.Batch}/{r.Stan}:{r.Reason}:{r.Attempts}:{Crc32.Compute(r.Payload, 0, r.Payload.Length):X8};");
            foreach (string key in s.SettingKeys().OrderBy(k => k, StringComparer.Ordinal))
            {
                sb.Append($"S{key}={s.GetSetting(key)};");
            }

            return sb.ToString();
        }
    }
}
