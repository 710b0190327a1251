using Pos.Hal;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>One completed exchange as the test terminal saw it.</summary>
    internal sealed record ExchangeResult(int ExchangeId, byte[]? Reply, ExchangeFailure Failure);
}
