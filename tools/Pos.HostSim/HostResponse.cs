namespace Pos.HostSim
{
    /// <summary>
    /// What the host made of one request frame: the reply frame (length prefix included; null = close without reply,
    /// e.g. an unreadable request) and the transport fault to apply when sending it.
    /// </summary>
    /// <param name="Reply">The reply frame, or null.</param>
    /// <param name="Fault">The fault in force for this request (armed rule or the test card's), or <see cref="FaultKind.None"/>.</param>
    /// <param name="DelayMs">The delay for <see cref="FaultKind.Delay"/>.</param>
    /// <param name="RequestMti">The request MTI as a number (200 = 0200), or -1 when unreadable.</param>
    /// <param name="ResponseCode">Field 39 of the reply, or null.</param>
    public sealed record HostResponse(byte[]? Reply, FaultKind Fault, int DelayMs, int RequestMti, string? ResponseCode);
}
