namespace Pos.Core.Protocol.Messages
{
    /// <summary>
    /// What every typed reply reader checks and exposes: the reply answers the request (MTI + 10, TPDU addresses
    /// swapped, same STAN, same terminal and merchant), carries field 39, and what the header asks for. A reader
    /// object can be reused; <c>Read</c> overwrites everything. Mismatches raise <see cref="ProtocolException"/>.
    /// </summary>
    public abstract class ReplyBase
    {
        /// <summary>Field 39.</summary>
        public string ResponseCode { get; private set; }

        /// <summary>True when field 39 is "00".</summary>
        public bool Approved { get; private set; }

        /// <summary>The header's processing requirement digit (see <see cref="ProcessingRequirement"/>).</summary>
        public int ProcessingRequirement { get; private set; }

        /// <summary>True when the header asks for it (3) or field 39 is 77, 99 or A0.</summary>
        public bool RequiresSignIn { get; private set; }

        /// <summary>Field 37 retrieval reference number, or null.</summary>
        public string Rrn { get; private set; }

        /// <summary>Checks the reply against the request and reads the common fields.</summary>
        protected void ReadCommon(IsoMessage request, IsoMessage reply)
        {
            if (request == null || reply == null)
            {
                throw new System.ArgumentNullException(nameof(reply));
            }

            int mtiOffset = reply.OffsetOf(0);
            if (reply.Mti != request.Mti + 10)
            {
                throw new ProtocolException(-1, mtiOffset, ProtocolErrorReason.UnexpectedReply);
            }

            if (!reply.Tpdu.IsReplyTo(request.Tpdu))
            {
                int tpduOffset = mtiOffset < 0 ? -1 : mtiOffset - MessageHeader.Length - Tpdu.Length;
                throw new ProtocolException(-1, tpduOffset, ProtocolErrorReason.BadTpdu);
            }

            if (request.Has(11))
            {
                Same(request, reply, 11, true);
            }

            Same(request, reply, 41, false);
            Same(request, reply, 42, false);
            ResponseCode = Require(reply, 39);
            Approved = ResponseCode == ResponseCodes.Approved;
            ProcessingRequirement = reply.Header.ProcessingRequirement;
            RequiresSignIn = reply.Header.RequiresSignIn || ResponseCodes.ForcesSignIn(ResponseCode);
            Rrn = reply.GetString(37);
        }

        /// <summary>The text of a field the reply must carry.</summary>
        protected static string Require(IsoMessage reply, int field)
        {
            string value = reply.GetString(field);
            if (value == null)
            {
                throw new ProtocolException(field, reply.OffsetOf(1), ProtocolErrorReason.MissingField);
            }

            return value;
        }

        /// <summary>True when a MAC'ed request's reply must be verified and it did not verify.</summary>
        protected static bool MacFails(IsoMessage request, IsoMessage reply, bool verifyThisReply)
        {
            return request.MacRequested && verifyThisReply && reply.MacState != MacState.Valid;
        }

        private static void Same(IsoMessage request, IsoMessage reply, int field, bool required)
        {
            string sent = request.GetString(field);
            string got = reply.GetString(field);
            if (got == null)
            {
                if (required)
                {
                    throw new ProtocolException(field, reply.OffsetOf(1), ProtocolErrorReason.MissingField);
                }

                return;
            }

            if (sent != null && sent != got)
            {
                throw new ProtocolException(field, reply.OffsetOf(field), ProtocolErrorReason.UnexpectedReply);
            }
        }
    }
}
