using System.Collections;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Storage;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The batch's approved online transactions, kept in the journal's settings: key "txn." + STAN (6 digits), value a
    /// <see cref="FieldList"/> of type, batch, amount, PAN, expiry, entry mode, RRN, auth code, date, status (A
    /// approved / V voided), original STAN. Minimal on purpose: settings survive compaction and power cuts, one entry
    /// costs one journal record, and settlement removes the batch's entries. Lookups scan the keys (a batch holds
    /// tens to a few hundred entries). The PAN is kept as <see cref="SealedPan"/>: sealed under the data key where
    /// batch upload needs the full number (purchases not voided, refunds), masked elsewhere; never in clear.
    /// </summary>
    public sealed class TransactionLog
    {
        /// <summary>Key prefix of the entries.</summary>
        public const string Prefix = "txn.";

        private const int FieldCount = 11;
        private readonly Journal _journal;

        /// <summary>Creates the log over a journal.</summary>
        public TransactionLog(Journal journal)
        {
            _journal = journal;
        }

        /// <summary>The key of a STAN.</summary>
        public static string KeyOf(int stan)
        {
            return Prefix + Numeric.Format(stan, 6);
        }

        /// <summary>Writes (or overwrites) an entry; durable when it returns.</summary>
        public void Put(LoggedTransaction t)
        {
            // The full PAN only where batch upload sends it, and sealed; a voided sale keeps the masked one.
            bool uploaded = (t.Type == TransactionType.Purchase && !t.Voided) || t.Type == TransactionType.Refund;
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
            v[9] = t.Voided ? "V" : "A";
            v[10] = t.OriginalStan.ToString();
            _journal.SetSetting(KeyOf(t.Stan), FieldList.Encode(v));
        }

        /// <summary>Removes an entry (a reversed transaction); nothing when absent.</summary>
        public void Remove(int stan)
        {
            string key = KeyOf(stan);
            if (_journal.State.GetSetting(key) != null)
            {
                _journal.SetSetting(key, null);
            }
        }

        /// <summary>The entry of a STAN in the current batch, or null.</summary>
        public LoggedTransaction Find(int stan)
        {
            LoggedTransaction t = Parse(stan, _journal.State.GetSetting(KeyOf(stan)), _journal.CardData);
            return t != null && t.Batch == _journal.State.BatchNumber ? t : null;
        }

        /// <summary>
        /// Every entry of the current batch (order unspecified). Entries of an older batch are leftovers of a
        /// settlement whose clean-up a power cut interrupted (the batch is advanced first, in one durable write, then
        /// the entries are removed): they are ignored here and removed by the next <see cref="Clear"/>.
        /// </summary>
        public LoggedTransaction[] All()
        {
            string[] keys = _journal.State.SettingKeys();
            ArrayList list = new ArrayList();
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i].Length == Prefix.Length + 6 && keys[i].StartsWith(Prefix))
                {
                    long stan = FieldList.ParseNumber(keys[i].Substring(Prefix.Length));
                    LoggedTransaction t = stan < 0 ? null : Parse((int)stan, _journal.State.GetSetting(keys[i]), _journal.CardData);
                    if (t != null && t.Batch == _journal.State.BatchNumber)
                    {
                        list.Add(t);
                    }
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
            string[] keys = _journal.State.SettingKeys();
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i].StartsWith(Prefix))
                {
                    _journal.SetSetting(keys[i], null);
                }
            }
        }

        /// <summary>The batch totals: debits = approved purchases not voided; credits = refunds. Domestic only.</summary>
        public SettlementTotals Totals()
        {
            SettlementTotals totals = new SettlementTotals();
            LoggedTransaction[] all = All();
            for (int i = 0; i < all.Length; i++)
            {
                LoggedTransaction t = all[i];
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

        /// <summary>The batch-upload records: every purchase not voided and every refund.</summary>
        public BatchRecord[] UploadRecords()
        {
            LoggedTransaction[] all = All();
            ArrayList list = new ArrayList();
            for (int i = 0; i < all.Length; i++)
            {
                LoggedTransaction t = all[i];
                if ((t.Type == TransactionType.Purchase && !t.Voided) || t.Type == TransactionType.Refund)
                {
                    list.Add(new BatchRecord(false, t.Stan, t.Pan == null ? "0" : t.Pan, t.AmountFen));
                }
            }

            BatchRecord[] records = new BatchRecord[list.Count];
            for (int i = 0; i < records.Length; i++)
            {
                records[i] = (BatchRecord)list[i];
            }

            return records;
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
            t.Voided = v[9] == "V";
            long original = FieldList.ParseNumber(v[10]);
            t.OriginalStan = original < 0 ? 0 : (int)original;
            return t;
        }
    }
}
