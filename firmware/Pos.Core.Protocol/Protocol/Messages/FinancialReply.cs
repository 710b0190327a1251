namespace Pos.Core.Protocol.Messages
{
    /// <summary>
    /// Reader of 0210/0230 replies to purchase, void, refund, balance inquiry and offline advice. An approved reply
    /// to a MAC'ed request must carry a valid MAC (unpack with the MAC calculator); otherwise <see cref="MacFailed"/>
    /// is set and the caller reverses with reason A0.
    /// </summary>
    public sealed class FinancialReply : ReplyBase
    {
        /// <summary>Field 38, or null.</summary>
        public string AuthCode { get; private set; }

        /// <summary>Field 12 host time hhmmss, or null.</summary>
        public string HostTime { get; private set; }

        /// <summary>Field 13 host date MMDD, or null.</summary>
        public string HostDate { get; private set; }

        /// <summary>Field 15 settlement date MMDD, or null.</summary>
        public string SettlementDate { get; private set; }

        /// <summary>Field 32 acquirer id, or null.</summary>
        public string AcquirerId { get; private set; }

        /// <summary>Field 4 in fen, or -1 when absent.</summary>
        public long AmountFen { get; private set; }

        /// <summary>Field 54 balance in fen (sign from 'C'/'D'), or -1 when absent; see <see cref="HasBalance"/>.</summary>
        public long BalanceFen { get; private set; }

        /// <summary>True when field 54 held a balance.</summary>
        public bool HasBalance { get; private set; }

        /// <summary>Field 55 issuer ICC data, or null.</summary>
        public byte[] IccData { get; private set; }

        /// <summary>The unpacker's MAC finding.</summary>
        public MacState MacState { get; private set; }

        /// <summary>True when the reply had to carry a valid MAC (approved, MAC'ed request) and did not.</summary>
        public bool MacFailed { get; private set; }

        /// <summary>Reads <paramref name="reply"/> as the answer to <paramref name="request"/>.</summary>
        public void Read(IsoMessage request, IsoMessage reply)
        {
            ReadCommon(request, reply);
            AuthCode = reply.GetString(38);
            HostTime = reply.GetString(12);
            HostDate = reply.GetString(13);
            SettlementDate = reply.GetString(15);
            AcquirerId = reply.GetString(32);
            string amount = reply.GetString(4);
            AmountFen = amount == null ? -1 : Amount.FromN12(amount);
            IccData = reply.GetBytes(55);
            MacState = reply.MacState;
            MacFailed = MacFails(request, reply, Approved);
            ReadBalance(reply);
        }

        // 54 = account type n2 + amount type n2 + currency n3 + sign C/D + balance n12.
        private void ReadBalance(IsoMessage reply)
        {
            HasBalance = false;
            BalanceFen = -1;
            string text = reply.GetString(54);
            if (text == null)
            {
                return;
            }

            long value = text.Length == 20 ? Numeric.Parse(text, 8, 12) : -1;
            char sign = text.Length == 20 ? text[7] : ' ';
            if (value < 0 || (sign != 'C' && sign != 'D'))
            {
                throw new ProtocolException(54, reply.OffsetOf(54), ProtocolErrorReason.BadFormat);
            }

            HasBalance = true;
            BalanceFen = sign == 'D' ? -value : value;
        }
    }
}
