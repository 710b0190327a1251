using System.Text;
using Pos.Core.Common;
using Pos.Core.Protocol.Messages;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// The pending reversal's payload in the journal: the original request's data (not the packed 0400, whose MAC
    /// must be computed with the MAK in force when it is sent). UTF-8 of a <see cref="FieldList"/>: type, amount,
    /// STAN, batch, PAN, expiry, entry mode, card sequence, ICC hex, original batch, original STAN, original RRN,
    /// original auth code, original date. Holds the PAN: the journal is the terminal's own flash, never displayed.
    /// </summary>
    public static class ReversalPayload
    {
        private const int FieldCount = 14;

        /// <summary>Encodes a request.</summary>
        public static byte[] Encode(FinancialRequest r)
        {
            string[] v = new string[FieldCount];
            v[0] = ((int)r.Type).ToString();
            v[1] = r.AmountFen.ToString();
            v[2] = r.Stan.ToString();
            v[3] = r.Batch.ToString();
            v[4] = r.Pan;
            v[5] = r.ExpiryYymm;
            v[6] = r.EntryMode;
            v[7] = r.CardSequenceNumber;
            v[8] = r.IccData == null ? null : Hex.Encode(r.IccData);
            v[9] = r.OriginalBatch.ToString();
            v[10] = r.OriginalStan.ToString();
            v[11] = r.OriginalRrn;
            v[12] = r.OriginalAuthCode;
            v[13] = r.OriginalDate;
            return Encoding.UTF8.GetBytes(FieldList.Encode(v));
        }

        /// <summary>Decodes into <paramref name="r"/> (every field overwritten); false when the payload is not one.</summary>
        public static bool TryDecode(byte[] payload, FinancialRequest r)
        {
            if (payload == null)
            {
                return false;
            }

            string[] v = FieldList.Decode(new string(Encoding.UTF8.GetChars(payload)), FieldCount);
            if (v == null)
            {
                return false;
            }

            long type = FieldList.ParseNumber(v[0]);
            long amount = FieldList.ParseNumber(v[1]);
            long stan = FieldList.ParseNumber(v[2]);
            long batch = FieldList.ParseNumber(v[3]);
            if (type < 0 || type > (int)TransactionType.OfflineAdvice || amount < 0 || stan < 0 || batch < 0 || v[6].Length == 0)
            {
                return false;
            }

            r.Type = (TransactionType)(int)type;
            r.AmountFen = amount;
            r.Stan = (int)stan;
            r.Batch = (int)batch;
            r.Pan = FieldList.NullIfEmpty(v[4]);
            r.ExpiryYymm = FieldList.NullIfEmpty(v[5]);
            r.EntryMode = v[6];
            r.CardSequenceNumber = FieldList.NullIfEmpty(v[7]);
            r.IccData = v[8].Length == 0 ? null : Hex.Decode(v[8]);
            r.OriginalBatch = (int)FieldList.ParseNumber(v[9]);
            r.OriginalStan = (int)FieldList.ParseNumber(v[10]);
            r.OriginalRrn = FieldList.NullIfEmpty(v[11]);
            r.OriginalAuthCode = FieldList.NullIfEmpty(v[12]);
            r.OriginalDate = FieldList.NullIfEmpty(v[13]);
            r.Track2 = null;
            r.Track3 = null;
            r.PinBlock = null;
            return true;
        }
    }
}
