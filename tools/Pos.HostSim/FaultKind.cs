namespace Pos.HostSim
{
    /// <summary>What the simulator does wrong on purpose (docs/HOSTSIM.md "Faults"). Names for the control protocol: <see cref="FaultKinds"/>.</summary>
    public enum FaultKind
    {
        /// <summary>No fault.</summary>
        None = 0,
        /// <summary>Process the request, then wait the rule's delay before replying.</summary>
        Delay = 1,
        /// <summary>Close the connection before reading the request (nothing processed).</summary>
        CloseBeforeRead = 2,
        /// <summary>Read and process the request, then close without a reply (reply lost).</summary>
        CloseAfterRead = 3,
        /// <summary>Read and process the request, never answer, keep the connection open until the terminal closes it.</summary>
        NoReply = 4,
        /// <summary>Process the request and answer with a well-framed body of random bytes.</summary>
        Garbage = 5,
        /// <summary>Process the request and answer with a field 64 that does not verify.</summary>
        BadMac = 6,
        /// <summary>Process the request and send the reply frame twice.</summary>
        DuplicateReply = 7,
        /// <summary>Process the request, send the length prefix and half the reply, then close.</summary>
        TruncatedReply = 8,
        /// <summary>Process the request and answer with another STAN in field 11 (valid MAC).</summary>
        WrongStan = 9,
    }
}
