using Pos.Core.Security;
using Pos.Core.Protocol;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The last money transaction (sale, void, refund, settlement) and what is known of its outcome. The machine keeps
    /// it in the journal setting <see cref="SettingKey"/>, written in the same atomic record as the bookkeeping it
    /// describes (reversal set or cleared, log entry, queued advice, batch opened), so after any power cut the
    /// terminal can tell the cashier the truth before anything else (in-doubt recovery, docs/RELIABILITY.md). The
    /// cashier's confirmation sets <see cref="Acknowledged"/>. The PAN is kept whole (the duplicate guard compares it);
    /// like the transaction log, it stays in the terminal's flash and is only ever shown masked.
    /// </summary>
    public sealed class LastTransaction
    {
        /// <summary>The journal setting that holds it.</summary>
        public const string SettingKey = "last.txn";

        private const int FieldCount = 12;

        /// <summary>Which transaction.</summary>
        public TxnFlow Flow { get; set; }

        /// <summary>What is known of its outcome.</summary>
        public LastOutcome Outcome { get; set; }

        /// <summary>Its STAN (a settlement: the 0500's).</summary>
        public int Stan { get; set; }

        /// <summary>Its batch.</summary>
        public int Batch { get; set; }

        /// <summary>Amount in fen (a settlement: the sales total).</summary>
        public long AmountFen { get; set; }

        /// <summary>PAN digits, or null (settlement).</summary>
        public string Pan { get; set; }

        /// <summary>RRN of an approval, or null.</summary>
        public string Rrn { get; set; }

        /// <summary>Auth code of an approval, or null.</summary>
        public string AuthCode { get; set; }

        /// <summary>The terminal's UTC time when it started, "YYYYMMDDThhmmss".</summary>
        public string Stamp { get; set; }

        /// <summary>The response or local code of a decline or failure; a settlement: its sales count.</summary>
        public string Code { get; set; }

        /// <summary>The card entry name (<see cref="EntryNames"/>), or null.</summary>
        public string Entry { get; set; }

        /// <summary>True once the cashier confirmed the outcome on screen.</summary>
        public bool Acknowledged { get; set; }

        /// <summary>The journal text; the PAN sealed by <paramref name="cipher"/> (masked without a data key).</summary>
        public string Encode(CardDataCipher cipher)
        {
            string[] v = new string[FieldCount];
            v[0] = ((int)Flow).ToString();
            v[1] = ((int)Outcome).ToString();
            v[2] = Stan.ToString();
            v[3] = Batch.ToString();
            v[4] = AmountFen.ToString();
            v[5] = SealedPan.Keep(cipher, Pan, true, Stan, Batch, SealedPan.LastPurpose);
            v[6] = Rrn;
            v[7] = AuthCode;
            v[8] = Stamp;
            v[9] = Code;
            v[10] = Entry;
            v[11] = Acknowledged ? "1" : "0";
            return FieldList.Encode(v);
        }

        /// <summary>Reads the journal text; null when absent or unreadable (treated as no record).</summary>
        public static LastTransaction Decode(string text, CardDataCipher cipher)
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

            long flow = FieldList.ParseNumber(v[0]);
            long outcome = FieldList.ParseNumber(v[1]);
            long stan = FieldList.ParseNumber(v[2]);
            long batch = FieldList.ParseNumber(v[3]);
            long amount = FieldList.ParseNumber(v[4]);
            if (flow < (int)TxnFlow.Purchase || flow > (int)TxnFlow.Settlement || outcome < 0 || outcome > (int)LastOutcome.Unknown
                || stan < 0 || stan > 999999 || batch < 0 || batch > 999999 || amount < 0)
            {
                return null;
            }

            LastTransaction t = new LastTransaction();
            t.Flow = (TxnFlow)(int)flow;
            t.Outcome = (LastOutcome)(int)outcome;
            t.Stan = (int)stan;
            t.Batch = (int)batch;
            t.AmountFen = amount;
            t.Pan = SealedPan.Read(cipher, FieldList.NullIfEmpty(v[5]), t.Stan, t.Batch, SealedPan.LastPurpose);
            t.Rrn = FieldList.NullIfEmpty(v[6]);
            t.AuthCode = FieldList.NullIfEmpty(v[7]);
            t.Stamp = FieldList.NullIfEmpty(v[8]);
            t.Code = FieldList.NullIfEmpty(v[9]);
            t.Entry = FieldList.NullIfEmpty(v[10]);
            t.Acknowledged = v[11] == "1";
            return t;
        }

        /// <summary>The UTC ticks of a stamp "YYYYMMDDThhmmss" (<see cref="UtcStamps"/>) of the years 2000–2999, or -1 when it is not one.</summary>
        public static long StampTicks(string stamp)
        {
            System.DateTime utc;
            return UtcStamps.TryParse(stamp, out utc) && utc.Year >= 2000 && utc.Year <= 2999 ? utc.Ticks : -1;
        }

        /// <summary>The STAN as six digits.</summary>
        public string StanText()
        {
            return Numeric.Format(Stan, 6);
        }
    }
}
