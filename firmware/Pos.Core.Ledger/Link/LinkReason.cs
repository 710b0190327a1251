using Pos.Core.Common;

namespace Pos.Core.Link
{
    /// <summary>
    /// Why the link monitor changed state. The value travels as <c>Event.Param</c> of <c>Signal.WentOffline</c> and
    /// <c>Signal.WentOnline</c> and is logged by name. Values are stable (traces and logs record them).
    /// </summary>
    public static class LinkReason
    {
        /// <summary>The monitor started (boot).</summary>
        public const int Startup = 0;
        /// <summary>The network seam reported the link down (goes offline at once).</summary>
        public const int LinkDown = 1;
        /// <summary>The network seam reported the link up.</summary>
        public const int LinkUp = 2;
        /// <summary>A host exchange failed (connect, send or response timeout).</summary>
        public const int ExchangeFailed = 3;
        /// <summary>A reachability probe reported a failure.</summary>
        public const int ProbeFailed = 4;
        /// <summary>A reachability probe gave no answer within the probe timeout.</summary>
        public const int ProbeTimedOut = 5;
        /// <summary>Enough consecutive failures over the minimum suspect time: the host is unreachable (WentOffline).</summary>
        public const int HostUnreachable = 6;
        /// <summary>The suspect deadline passed without any success (WentOffline).</summary>
        public const int NoResponse = 7;
        /// <summary>A host exchange got a reply.</summary>
        public const int ExchangeSucceeded = 8;
        /// <summary>A reachability probe succeeded.</summary>
        public const int ProbeSucceeded = 9;
        /// <summary>Enough consecutive successes over the minimum recovering time: the host is back (WentOnline).</summary>
        public const int HostReachable = 10;

        // By code, packed (PackedNames).
        private const string Names = "Startup|LinkDown|LinkUp|ExchangeFailed|ProbeFailed|ProbeTimedOut|HostUnreachable|NoResponse"
            + "|ExchangeSucceeded|ProbeSucceeded|HostReachable";

        /// <summary>Number of reason codes (they are 0 .. Count-1).</summary>
        public const int Count = 11;

        /// <summary>The name of a reason code, or its number in brackets when unknown.</summary>
        public static string Name(int reason)
        {
            string name = PackedNames.At(Names, reason);
            return name != null ? name : "[" + reason.ToString() + "]";
        }
    }
}
