namespace Pos.Core.Protocol.Messages
{
    /// <summary>Reader of 0410: 00, 12 and 25 mean the reversal is done, and those replies must carry a valid MAC.</summary>
    public sealed class ReversalReply : ReplyBase
    {
        /// <summary>True when field 39 is 00, 12 or 25.</summary>
        public bool Complete { get; private set; }

        /// <summary>The unpacker's MAC finding.</summary>
        public MacState MacState { get; private set; }

        /// <summary>True when a completing reply did not carry a valid MAC (keep the reversal pending).</summary>
        public bool MacFailed { get; private set; }

        /// <summary>True when the reversal may be cleared: complete and MAC verified.</summary>
        public bool Done
        {
            get { return Complete && !MacFailed; }
        }

        /// <summary>Reads <paramref name="reply"/> as the answer to the reversal <paramref name="request"/>.</summary>
        public void Read(IsoMessage request, IsoMessage reply)
        {
            ReadCommon(request, reply);
            Complete = ResponseCodes.IsReversalComplete(ResponseCode);
            MacState = reply.MacState;
            MacFailed = MacFails(request, reply, Complete);
        }
    }
}
