namespace Pos.Hal
{
    /// <summary>How a host exchange failed. Values are stable: they travel in events and the journal as numbers.</summary>
    public enum ExchangeFailure
    {
        /// <summary>No failure: a reply arrived.</summary>
        None = 0,
        /// <summary>No TCP connection could be made within the connect timeout (nothing was sent).</summary>
        ConnectFailed = 1,
        /// <summary>The connection broke while sending; the host may or may not have the request.</summary>
        SendFailed = 2,
        /// <summary>The request was sent and no complete reply came within the response timeout.</summary>
        Timeout = 3,
        /// <summary>The host closed the connection before the whole reply arrived.</summary>
        ClosedMidReply = 4,
        /// <summary>The reply's length prefix was larger than the terminal accepts.</summary>
        ReplyTooLarge = 5,
        /// <summary>An exchange is already in progress, or no host address is configured.</summary>
        NotReady = 6,
    }
}
