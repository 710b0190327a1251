namespace Pos.Core.Protocol.Messages
{
    /// <summary>
    /// Reader of 0810: host time (12/13) for the clock, the new batch number (60.2) and the raw working-key block
    /// (62) for the security layer, whose length is checked against the 60.3 the request asked for (24/40/60).
    /// </summary>
    public sealed class SignInReply : ReplyBase
    {
        /// <summary>Field 12 hhmmss, or null.</summary>
        public string HostTime { get; private set; }

        /// <summary>Field 13 MMDD, or null.</summary>
        public string HostDate { get; private set; }

        /// <summary>60.2, or -1 when field 60 is absent.</summary>
        public int NewBatch { get; private set; }

        /// <summary>Field 62: the working keys under the TMK with their check values, or null when not approved.</summary>
        public byte[] KeyBlock { get; private set; }

        /// <summary>Reads <paramref name="reply"/> as the answer to the sign-in <paramref name="request"/>.</summary>
        public void Read(IsoMessage request, IsoMessage reply)
        {
            ReadCommon(request, reply);
            HostTime = reply.GetString(12);
            HostDate = reply.GetString(13);
            NewBatch = -1;
            Field60 field60 = Field60.Read(reply);
            if (field60 != null)
            {
                NewBatch = field60.Batch;
            }

            KeyBlock = null;
            if (!Approved)
            {
                return;
            }

            byte[] keys = reply.GetBytes(62);
            if (keys == null)
            {
                throw new ProtocolException(62, reply.OffsetOf(1), ProtocolErrorReason.MissingField);
            }

            if (keys.Length != ExpectedKeyBlockLength(request.GetString(60)))
            {
                throw new ProtocolException(62, reply.OffsetOf(62), ProtocolErrorReason.BadFormat);
            }

            KeyBlock = keys;
        }

        /// <summary>The key-block length for a sign-in's field 60 (by 60.3): 001 → 24, 003 → 40, 004 → 60, else -1.</summary>
        public static int ExpectedKeyBlockLength(string requestField60)
        {
            Field60 field60;
            if (Field60.TryParse(requestField60, -1, out field60) != null)
            {
                return -1;
            }

            string code = field60.NetworkCode;
            return code == NetworkCode.SignInSingle ? 24 : code == NetworkCode.SignInDouble ? 40 : code == NetworkCode.SignInDoubleWithTrackKey ? 60 : -1;
        }
    }
}
