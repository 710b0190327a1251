using Pos.Hal;
using Pos.Hal.Emulated;
using Pos.Hal.Remote;

namespace Pos.Emulator
{
    /// <summary>
    /// One boot's door to the fleet broker (<see cref="MqttRemoteLink"/>): every event of the link also wakes the
    /// terminal thread (as <see cref="WakingPrinter"/> does), and the session follows the emulated Wi-Fi: no connection
    /// while the link is down, and cutting the link drops the session without a goodbye, so the broker publishes the
    /// terminal's will as it would for a real terminal whose network went away. A power cut drops it the same way.
    /// </summary>
    public sealed class WakingRemoteLink : IRemoteLink
    {
        private readonly MqttRemoteLink _inner;
        private readonly EmulatedNetworkLink _network;
        private readonly Action _wake;
        private bool _detached;

        /// <summary>A new session's link over <paramref name="network"/>; <paramref name="wake"/> runs after each event.</summary>
        public WakingRemoteLink(EmulatedNetworkLink network, Action wake)
        {
            _inner = new MqttRemoteLink();
            _network = network;
            _wake = wake;
            _inner.Changed += OnChanged;
            _inner.MessageReceived += OnMessage;
            _inner.Published += OnPublished;
            _network.LinkChanged += OnNetwork;
        }

        /// <inheritdoc />
        public event RemoteLinkChangedHandler? Changed;

        /// <inheritdoc />
        public event RemoteMessageHandler? MessageReceived;

        /// <inheritdoc />
        public event RemotePublishedHandler? Published;

        /// <inheritdoc />
        public RemoteLinkState State => _inner.State;

        /// <inheritdoc />
        public bool IsBusy => _inner.IsBusy;

        /// <inheritdoc />
        public void Connect(RemoteSession session)
        {
            if (!_network.IsUp)
            {
                Task.Run(() => OnChanged(RemoteLinkState.Failed, "network down")); // on another thread, as the real link reports
                return;
            }

            _inner.Connect(session);
        }

        /// <inheritdoc />
        public void Publish(int requestId, string topic, byte[] payload, int offset, int count, bool retain) =>
            _inner.Publish(requestId, topic, payload, offset, count, retain);

        /// <inheritdoc />
        public void Disconnect() => _inner.Disconnect();

        /// <summary>The board lost power: the session ends without a goodbye and nothing more reaches the old terminal.</summary>
        public void PowerOff()
        {
            _detached = true;
            _network.LinkChanged -= OnNetwork;
            _inner.Drop();
        }

        private void OnNetwork(bool up)
        {
            if (!up)
            {
                _inner.Drop();
            }
        }

        private void OnChanged(RemoteLinkState state, string detail)
        {
            if (_detached)
            {
                return;
            }

            Changed?.Invoke(state, detail);
            _wake();
        }

        private void OnMessage(string topic, byte[] payload)
        {
            if (_detached)
            {
                return;
            }

            MessageReceived?.Invoke(topic, payload);
            _wake();
        }

        private void OnPublished(int requestId, bool delivered)
        {
            if (_detached)
            {
                return;
            }

            Published?.Invoke(requestId, delivered);
            _wake();
        }
    }
}
