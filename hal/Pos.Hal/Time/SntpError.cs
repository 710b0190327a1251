namespace Pos.Hal.Time
{
    /// <summary>Why an SNTP exchange did not set the clock (RFC 4330 section 5, client checks).</summary>
    public enum SntpError
    {
        /// <summary>The reply is sane; the time was taken.</summary>
        None = 0,

        /// <summary>Fewer than 48 bytes arrived.</summary>
        TooShort = 1,

        /// <summary>The mode is not "server" (4) or the version is not 3 or 4.</summary>
        NotAServerReply = 2,

        /// <summary>Leap indicator 3: the server's own clock is not synchronized.</summary>
        ServerUnsynchronized = 3,

        /// <summary>Stratum 0 ("kiss-o'-death": the server asks us to go away or slow down) or above 15.</summary>
        BadStratum = 4,

        /// <summary>The originate timestamp is not the one we sent: a stale or forged reply.</summary>
        NotOurRequest = 5,

        /// <summary>The server's transmit timestamp is zero.</summary>
        NoTransmitTime = 6,

        /// <summary>No reply to check: no server set, the name did not resolve, no route, or the wait timed out.</summary>
        NoReply = 7,
    }
}
