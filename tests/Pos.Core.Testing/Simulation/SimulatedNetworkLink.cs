using Pos.Hal;

namespace Pos.Core.Simulation
{
    /// <summary>A network link whose state a scenario or test sets.</summary>
    public sealed class SimulatedNetworkLink : INetworkLink
    {
        /// <summary>Creates the link up or down.</summary>
        public SimulatedNetworkLink(bool up)
        {
            IsUp = up;
        }

        /// <inheritdoc />
        public event LinkChangedHandler LinkChanged;

        /// <inheritdoc />
        public bool IsUp { get; private set; }

        /// <summary>Changes the state and raises the event.</summary>
        public void Set(bool up)
        {
            IsUp = up;
            LinkChangedHandler handler = LinkChanged;
            if (handler != null)
            {
                handler(up);
            }
        }

        /// <inheritdoc />
        public NetworkInfo GetInfo()
        {
            return null;
        }

        /// <inheritdoc />
        public int MeasureRssi()
        {
            return IsUp ? -50 : 0;
        }

        /// <inheritdoc />
        public string ResolveHost(string hostName)
        {
            return IsUp ? "127.0.0.1" : string.Empty;
        }
    }
}
