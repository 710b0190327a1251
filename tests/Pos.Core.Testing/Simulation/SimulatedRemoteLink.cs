using Pos.Hal;
using Pos.Hal.Remote;

namespace Pos.Core.Simulation
{
    /// <summary>
    /// The remote-management seam over a <see cref="SimulatedBroker"/>: answers at once (its events are raised inside
    /// the call, as a link thread would raise them; the core's port queues them), one publish at a time.
    /// </summary>
    public sealed class SimulatedRemoteLink : IRemoteLink
    {
        private readonly SimulatedBroker _broker;
        private int _heldId = -1;

        /// <summary>A link to <paramref name="broker"/>.</summary>
        public SimulatedRemoteLink(SimulatedBroker broker)
        {
            _broker = broker;
        }

        /// <inheritdoc />
        public event RemoteLinkChangedHandler Changed;

        /// <inheritdoc />
        public event RemoteMessageHandler MessageReceived;

        /// <inheritdoc />
        public event RemotePublishedHandler Published;

        /// <inheritdoc />
        public RemoteLinkState State { get; private set; }

        /// <inheritdoc />
        public bool IsBusy => _heldId >= 0;

        /// <summary>The broker it talks to.</summary>
        public SimulatedBroker Broker => _broker;

        /// <summary>Connection attempts so far.</summary>
        public int Attempts { get; private set; }

        /// <summary>The session's subscription, or null.</summary>
        public string Subscribed { get; private set; }

        /// <summary>The will's topic of the session.</summary>
        public string WillTopic { get; private set; }

        /// <summary>The will's payload.</summary>
        public byte[] WillPayload { get; private set; }

        /// <summary>The last session's settings (a test checks what the terminal asked for).</summary>
        public RemoteSession LastSession { get; private set; }

        /// <inheritdoc />
        public void Connect(RemoteSession session)
        {
            if (State == RemoteLinkState.Connected || State == RemoteLinkState.Connecting)
            {
                return;
            }

            Attempts++;
            LastSession = session;
            string refused = _broker.Connect(this, session.UserName, session.Password);
            if (refused != null)
            {
                Raise(RemoteLinkState.Failed, refused);
                return;
            }

            WillTopic = session.WillTopic;
            WillPayload = session.WillPayload;
            Subscribed = session.SubscribeTopic;
            Raise(RemoteLinkState.Connected, null);
        }

        /// <inheritdoc />
        public void Publish(int requestId, string topic, byte[] payload, int offset, int count, bool retain)
        {
            RemotePublishedHandler published = Published;
            if (State != RemoteLinkState.Connected || _heldId >= 0)
            {
                if (published != null)
                {
                    published(requestId, false);
                }

                return;
            }

            byte[] copy = new byte[count];
            System.Array.Copy(payload, offset, copy, 0, count);
            _broker.Publish(topic, copy, retain);
            if (!_broker.Acknowledges)
            {
                _heldId = requestId;
                return;
            }

            if (published != null)
            {
                published(requestId, true);
            }
        }

        /// <inheritdoc />
        public void Disconnect()
        {
            _broker.Leave(this);
            _heldId = -1;
            Subscribed = null;
            Raise(RemoteLinkState.Disconnected, null);
        }

        /// <summary>The board loses power: the session ends without a clean disconnect (the broker sends the will), silently.</summary>
        public void PowerOff()
        {
            _broker.Lose(this);
            _heldId = -1;
            Subscribed = null;
            State = RemoteLinkState.Disconnected;
            Changed = null;
            MessageReceived = null;
            Published = null;
        }

        internal void Deliver(string topic, byte[] payload)
        {
            RemoteMessageHandler received = MessageReceived;
            if (received != null)
            {
                received(topic, payload);
            }
        }

        internal void Lost(string detail)
        {
            _heldId = -1;
            Subscribed = null;
            Raise(RemoteLinkState.Failed, detail);
        }

        private void Raise(RemoteLinkState state, string detail)
        {
            State = state;
            RemoteLinkChangedHandler changed = Changed;
            if (changed != null)
            {
                changed(state, detail);
            }
        }
    }
}
