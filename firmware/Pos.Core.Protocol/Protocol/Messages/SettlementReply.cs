namespace Pos.Core.Protocol.Messages
{
    /// <summary>
    /// Reader of 0510: the reconciliation codes of field 48 per card group, '1' balanced, '2' not balanced (then the
    /// terminal batch-uploads). Field 48 is required when the reply is approved.
    /// </summary>
    public sealed class SettlementReply : ReplyBase
    {
        /// <summary>Domestic-card code ('1' balanced, '2' unbalanced, other digits as sent), or '\0' without 48.</summary>
        public char DomesticCode { get; private set; }

        /// <summary>Foreign-card code, or '\0' without 48.</summary>
        public char ForeignCode { get; private set; }

        /// <summary>True when the domestic group is balanced.</summary>
        public bool DomesticBalanced
        {
            get { return DomesticCode == '1'; }
        }

        /// <summary>True when the foreign group is balanced.</summary>
        public bool ForeignBalanced
        {
            get { return ForeignCode == '1'; }
        }

        /// <summary>True when both groups are balanced (no batch upload of records needed).</summary>
        public bool Balanced
        {
            get { return DomesticBalanced && ForeignBalanced; }
        }

        /// <summary>Reads <paramref name="reply"/> as the answer to the settlement <paramref name="request"/>.</summary>
        public void Read(IsoMessage request, IsoMessage reply)
        {
            ReadCommon(request, reply);
            DomesticCode = '\0';
            ForeignCode = '\0';
            string totals = reply.GetString(48);
            if (totals == null)
            {
                if (Approved)
                {
                    throw new ProtocolException(48, reply.OffsetOf(1), ProtocolErrorReason.MissingField);
                }

                return;
            }

            if (totals.Length != SettlementTotals.Field48Length || !Numeric.IsDigits(totals))
            {
                throw new ProtocolException(48, reply.OffsetOf(48), ProtocolErrorReason.BadFormat);
            }

            DomesticCode = totals[SettlementTotals.DomesticCodeIndex];
            ForeignCode = totals[SettlementTotals.ForeignCodeIndex];
        }
    }
}
