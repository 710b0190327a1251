using System.Collections;
using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Storage;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The batch's approved online transactions, kept as entries of a keyed log of the journal
    /// (<see cref="Journal.SetEntry"/>, log <see cref="EntryLog"/>): key the STAN, value a <see cref="FieldList"/> of
    /// type, batch, amount, PAN, expiry, entry mode, RRN, auth code, date, status (A approved / V voided; D, N, R, U in
    /// the failed log), original STAN, then (since the records look-up; absent in older entries) the UTC time stamp,
    /// operator, offline mark, the card's last four digits, code, reversal reason and attempts. One entry costs one
    /// journal record and survives compaction and power cuts like a setting, but its value stays in the flash: the
    /// journal keeps 8 bytes of heap per entry, so a batch does not fill the RAM. Settlement removes the batch's entries
    /// (one record). Lookups go through the journal's index and read the entry from the flash.
    /// The PAN is kept as <see cref="SealedPan"/>: sealed under the data key where batch upload needs the full number
    /// (purchases approved and not voided, refunds), masked elsewhere; never in clear.
    /// <para>
    /// The same format in log <see cref="FailedEntryLog"/> is the failed log: the transactions of the batch that did not
    /// go through (declined, never sent, reversed, reversal cleared by hand), masked card only, bounded by
    /// <see cref="Trim"/> so the cashier can find them (docs/TRANSACTIONS.md "Transaction records").
    /// </para>
    /// <para>
    /// A journal written before the keyed logs holds the entries as settings, key <see cref="Prefix"/> (or
    /// <see cref="FailedPrefix"/>) + STAN (6 digits), same value: they are read as entries of the log until the
    /// settlement's <see cref="Clear"/> removes them; rewriting or removing one removes its setting, and an entry of
    /// the keyed log wins over a setting of the same STAN.
    /// </para>
    /// </summary>
    public sealed class TransactionLog
    {
        /// <summary>Setting key prefix of the entries in a journal written before the keyed logs.</summary>
        public const string Prefix = "txn.";

        /// <summary>Setting key prefix of the failed log's entries in a journal written before the keyed logs.</summary>
        public const string FailedPrefix = "txf.";

        /// <summary>The journal's keyed log of the batch's entries.</summary>
        public const int EntryLog = 0;

        /// <summary>The journal's keyed log of the failed log's entries.</summary>
        public const int FailedEntryLog = 1;

        /// <summary>
        /// How many entries the failed log keeps (the newest of the batch): enough for a shift's declines and timeouts,
        /// few enough to read them all from the flash at every <see cref="Trim"/>.
        /// </summary>
        public const int FailedKept = 20;

        private const int FieldCount = 18;
        private const string StatusLetters = "AVDNRU"; // by LogStatus
        private readonly Journal _journal;
        private readonly string _prefix;
        private readonly int _log;

        /// <summary>Creates the batch's log over a journal.</summary>
        public TransactionLog(Journal journal)
            : this(journal, Prefix)
        {
        }

        /// <summary>Creates the batch's log (<see cref="Prefix"/>) or the failed log (<see cref="FailedPrefix"/>).</summary>
        public TransactionLog(Journal journal, string prefix)
        {
            if (prefix != Prefix && prefix != FailedPrefix)
            {
                throw new System.ArgumentException(nameof(prefix));
            }

            _journal = journal;
            _prefix = prefix;
            _log = prefix == Prefix ? EntryLog : FailedEntryLog;
        }

        /// <summary>The setting key of a STAN's entry in a journal written before the keyed logs.</summary>
        public static string KeyOf(int stan)
        {
            return Prefix + Numeric.Format(stan, 6);
        }

        private string Key(int stan)
        {
            return _prefix + Numeric.Format(stan, 6);
        }

        /// <summary>Writes (or overwrites) an entry; durable when it returns.</summary>
        public void Put(LoggedTransaction t)
        {
            // The full PAN only where batch upload sends it, and sealed; a voided sale keeps the masked one.
            bool uploaded = t.Status == LogStatus.Approved && (t.Type == TransactionType.Purchase || t.Type == TransactionType.Refund);
            string[] v = new string[FieldCount];
            v[0] = ((int)t.Type).ToString();
            v[1] = t.Batch.ToString();
            v[2] = t.AmountFen.ToString();
            v[3] = SealedPan.Keep(_journal.CardData, t.Pan, uploaded, t.Stan, t.Batch, SealedPan.LogPurpose);
            v[4] = t.ExpiryYymm;
            v[5] = t.EntryMode;
            v[6] = t.Rrn;
            v[7] = t.AuthCode;
            v[8] = t.Date;
            v[9] = StatusLetters.Substring((int)t.Status, 1);
            v[10] = t.OriginalStan.ToString();
            v[11] = t.Stamp;
            v[12] = t.Operator == Operators.None ? null : t.Operator.ToString();
            v[13] = t.Offline ? "1" : null;
            v[14] = t.Last4 != null ? t.Last4 : Last4Of(t.Pan);
            v[15] = t.Code;
            v[16] = t.ReversalReason;
            v[17] = t.ReversalAttempts > 0 ? t.ReversalAttempts.ToString() : null;
            _journal.SetEntry(_log, t.Stan, FieldList.Encode(v));
            RemoveSetting(t.Stan);
        }

        /// <summary>Removes an entry (a reversed transaction); nothing when absent.</summary>
        public void Remove(int stan)
        {
            if (_journal.State.HasEntry(_log, stan))
            {
                _journal.SetEntry(_log, stan, null);
            }

            RemoveSetting(stan);
        }

        // The entry of an older journal, when there is one.
        private void RemoveSetting(int stan)
        {
            string key = Key(stan);
            if (_journal.State.GetSetting(key) != null)
            {
                _journal.SetSetting(key, null);
            }
        }

        /// <summary>The entry of a STAN in the current batch, or null.</summary>
        public LoggedTransaction Find(int stan)
        {
            return Find(stan, true);
        }

        /// <summary>
        /// The entry of a STAN in the current batch, or null; without <paramref name="card"/> a sealed PAN is not
        /// opened (<see cref="LoggedTransaction.Pan"/> null: scans that need only the last four digits save the cipher).
        /// </summary>
        public LoggedTransaction Find(int stan, bool card)
        {
            string text = _journal.GetEntry(_log, stan);
            LoggedTransaction t = Parse(stan, text != null ? text : _journal.State.GetSetting(Key(stan)), card ? _journal.CardData : null);
            return t != null && t.Batch == _journal.State.BatchNumber ? t : null;
        }

        /// <summary>The STANs of the current batch's entries (order unspecified), read one at a time without opening any card.</summary>
        public int[] Stans()
        {
            int[] keys = Keys();
            int n = 0;
            for (int i = 0; i < keys.Length; i++)
            {
                if (Find(keys[i], false) != null)
                {
                    keys[n++] = keys[i];
                }
            }

            return FirstOf(keys, n);
        }

        /// <summary>True when the current batch holds no entry (stops at the first one found).</summary>
        public bool IsEmpty
        {
            get
            {
                int[] keys = Keys();
                for (int i = 0; i < keys.Length; i++)
                {
                    if (Find(keys[i], false) != null)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>
        /// Keeps at most <paramref name="keep"/> entries of the current batch, removing the lowest STANs (the oldest of a
        /// batch), and removes every entry of an earlier batch. The failed log's bound.
        /// </summary>
        public void Trim(int keep)
        {
            int[] keys = _journal.State.EntryKeys(_log);
            for (int i = 0; i < keys.Length; i++)
            {
                if (Find(keys[i], false) == null)
                {
                    _journal.SetEntry(_log, keys[i], null); // an earlier batch's, or unreadable
                }
            }

            string[] names = _journal.State.SettingKeys();
            for (int i = 0; i < names.Length; i++)
            {
                int stan = StanOf(names[i]);
                if (names[i].StartsWith(_prefix) && (stan < 0 || Find(stan, false) == null))
                {
                    _journal.SetSetting(names[i], null);
                }
            }

            int[] stans = Stans();
            for (int extra = stans.Length - keep; extra > 0; extra--)
            {
                int lowest = -1;
                for (int i = 0; i < stans.Length; i++)
                {
                    if (stans[i] >= 0 && (lowest < 0 || stans[i] < stans[lowest]))
                    {
                        lowest = i;
                    }
                }

                Remove(stans[lowest]);
                stans[lowest] = -1;
            }
        }

        /// <summary>
        /// Every entry of the current batch (order unspecified), all in the heap at once: for tests, tools and small
        /// logs; the firmware's passes over a whole batch read one entry at a time (<see cref="Totals"/>,
        /// <see cref="CountInto"/>, <see cref="UploadStans"/>). Entries of an older batch are leftovers of a
        /// settlement whose clean-up a power cut interrupted (the batch is advanced first, in one durable write, then
        /// the entries are removed): they are ignored here and removed by the next <see cref="Clear"/>.
        /// </summary>
        public LoggedTransaction[] All()
        {
            return Scan(true);
        }

        /// <summary>Every entry of the current batch; without <paramref name="card"/> no sealed PAN is opened (<see cref="LoggedTransaction.Pan"/> null).</summary>
        public LoggedTransaction[] All(bool card)
        {
            return Scan(card);
        }

        // The STAN of a setting key of this log, or -1.
        private int StanOf(string key)
        {
            long stan = key.Length == _prefix.Length + 6 && key.StartsWith(_prefix) ? FieldList.ParseNumber(key.Substring(_prefix.Length)) : -1;
            return (int)stan;
        }

        // The STANs of every entry, of any batch: the keyed log's, then an older journal's settings it does not hold.
        private int[] Keys()
        {
            JournalState s = _journal.State;
            int[] own = s.EntryKeys(_log);
            string[] names = s.SettingKeys();
            int[] keys = new int[own.Length + names.Length];
            System.Array.Copy(own, keys, own.Length);
            int n = own.Length;
            for (int i = 0; i < names.Length; i++)
            {
                int stan = StanOf(names[i]);
                if (stan >= 0 && !s.HasEntry(_log, stan))
                {
                    keys[n++] = stan;
                }
            }

            int[] exact = new int[n];
            System.Array.Copy(keys, exact, n);
            return exact;
        }

        private LoggedTransaction[] Scan(bool card)
        {
            int[] keys = Keys();
            ArrayList list = new ArrayList();
            for (int i = 0; i < keys.Length; i++)
            {
                LoggedTransaction t = Find(keys[i], card);
                if (t != null)
                {
                    list.Add(t);
                }
            }

            LoggedTransaction[] all = new LoggedTransaction[list.Count];
            for (int i = 0; i < all.Length; i++)
            {
                all[i] = (LoggedTransaction)list[i];
            }

            return all;
        }

        /// <summary>Removes every entry, of any batch (after settlement, once the next batch is open).</summary>
        public void Clear()
        {
            _journal.ClearEntries(_log);
            string[] keys = _journal.State.SettingKeys();
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i].StartsWith(_prefix))
                {
                    _journal.SetSetting(keys[i], null);
                }
            }
        }

        /// <summary>The batch totals: debits = approved purchases not voided; credits = refunds. Domestic only.</summary>
        public SettlementTotals Totals()
        {
            // One entry at a time, and without opening the cards: a long batch never sits in the heap whole.
            SettlementTotals totals = new SettlementTotals();
            int[] keys = Keys();
            for (int i = 0; i < keys.Length; i++)
            {
                LoggedTransaction t = Find(keys[i], false);
                if (t == null)
                {
                    continue;
                }

                if (t.Type == TransactionType.Purchase && !t.Voided)
                {
                    totals.DomesticDebitFen += t.AmountFen;
                    totals.DomesticDebitCount++;
                }
                else if (t.Type == TransactionType.Refund)
                {
                    totals.DomesticCreditFen += t.AmountFen;
                    totals.DomesticCreditCount++;
                }
            }

            return totals;
        }

        /// <summary>
        /// Counts every entry of the current batch into the settlement report's record, one entry at a time and
        /// without opening the cards: a batch of a thousand sales never sits in the heap whole.
        /// </summary>
        public void CountInto(SettlementSummary summary)
        {
            int[] keys = Keys();
            for (int i = 0; i < keys.Length; i++)
            {
                LoggedTransaction t = Find(keys[i], false);
                if (t != null)
                {
                    summary.Count(t);
                }
            }
        }

        /// <summary>
        /// The STANs the batch upload sends: every purchase not voided and every refund. Read without opening the
        /// cards; the records of each message are read when it is built (<see cref="UploadRecords"/>), so the upload
        /// keeps 4 bytes a sale in the heap, not a record with its card number in clear.
        /// </summary>
        public int[] UploadStans()
        {
            int[] keys = Keys();
            int n = 0;
            for (int i = 0; i < keys.Length; i++)
            {
                LoggedTransaction t = Find(keys[i], false);
                if (t != null && IsUploaded(t))
                {
                    keys[n++] = keys[i];
                }
            }

            return FirstOf(keys, n);
        }

        /// <summary>
        /// The batch-upload records of <paramref name="count"/> STANs of <paramref name="stans"/> from
        /// <paramref name="start"/>, their cards opened; null when one of them can no longer be read as an uploaded
        /// entry of the current batch (the flash changed under the upload: the settlement fails rather than send a
        /// wrong count).
        /// </summary>
        public BatchRecord[] UploadRecords(int[] stans, int start, int count)
        {
            BatchRecord[] records = new BatchRecord[count];
            for (int i = 0; i < count; i++)
            {
                LoggedTransaction t = Find(stans[start + i], true);
                if (t == null || !IsUploaded(t))
                {
                    return null;
                }

                records[i] = new BatchRecord(false, t.Stan, t.Pan == null ? "0" : t.Pan, t.AmountFen);
            }

            return records;
        }

        private static bool IsUploaded(LoggedTransaction t)
        {
            return (t.Type == TransactionType.Purchase && !t.Voided) || t.Type == TransactionType.Refund;
        }

        private static int[] FirstOf(int[] values, int n)
        {
            if (n == values.Length)
            {
                return values;
            }

            int[] exact = new int[n];
            System.Array.Copy(values, exact, n);
            return exact;
        }

        private static LoggedTransaction Parse(int stan, string text, CardDataCipher cipher)
        {
            if (text == null)
            {
                return null;
            }

            string[] v = FieldList.Decode(text, FieldCount);
            if (v == null)
            {
                return null;
            }

            long type = FieldList.ParseNumber(v[0]);
            long batch = FieldList.ParseNumber(v[1]);
            long amount = FieldList.ParseNumber(v[2]);
            if (type < 0 || type > (int)TransactionType.OfflineAdvice || batch < 0 || amount < 0)
            {
                return null;
            }

            LoggedTransaction t = new LoggedTransaction();
            t.Type = (TransactionType)(int)type;
            t.Stan = stan;
            t.Batch = (int)batch;
            t.AmountFen = amount;
            t.Pan = SealedPan.Read(cipher, FieldList.NullIfEmpty(v[3]), stan, (int)batch, SealedPan.LogPurpose);
            t.ExpiryYymm = FieldList.NullIfEmpty(v[4]);
            t.EntryMode = FieldList.NullIfEmpty(v[5]);
            t.Rrn = FieldList.NullIfEmpty(v[6]);
            t.AuthCode = FieldList.NullIfEmpty(v[7]);
            t.Date = FieldList.NullIfEmpty(v[8]);
            int status = v[9].Length == 1 ? StatusLetters.IndexOf(v[9][0]) : -1;
            t.Status = status < 0 ? LogStatus.Approved : (LogStatus)status;
            long original = FieldList.ParseNumber(v[10]);
            t.OriginalStan = original < 0 ? 0 : (int)original;
            t.Stamp = FieldList.NullIfEmpty(v[11]);
            long op = FieldList.ParseNumber(v[12]);
            t.Operator = op < 0 || op > Operators.None ? Operators.None : (int)op;
            t.Offline = v[13] == "1";
            t.Last4 = FieldList.NullIfEmpty(v[14]);
            if (t.Last4 == null)
            {
                t.Last4 = Last4Of(t.Pan); // an older entry: from its PAN, when opened
            }

            t.Code = FieldList.NullIfEmpty(v[15]);
            t.ReversalReason = FieldList.NullIfEmpty(v[16]);
            long attempts = FieldList.ParseNumber(v[17]);
            t.ReversalAttempts = attempts < 0 ? 0 : (int)attempts;
            return t;
        }

        /// <summary>The last four characters of a PAN (clear or masked) when they are digits, else null.</summary>
        public static string Last4Of(string pan)
        {
            if (pan == null || pan.Length < 4)
            {
                return null;
            }

            string last = pan.Substring(pan.Length - 4);
            return FieldList.ParseNumber(last) < 0 ? null : last;
        }
    }
}
