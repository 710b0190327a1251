namespace Pos.Core.Protocol.Messages
{
    /// <summary>Reader of the replies with nothing beyond the common fields: echo test and sign-out (0830), batch upload (0330).</summary>
    public sealed class ManagementReply : ReplyBase
    {
        /// <summary>Reads <paramref name="reply"/> as the answer to <paramref name="request"/>.</summary>
        public void Read(IsoMessage request, IsoMessage reply)
        {
            ReadCommon(request, reply);
        }
    }
}
