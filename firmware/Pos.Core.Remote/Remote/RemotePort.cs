using Pos.Core.Events;
using Pos.Hal;
using Pos.Hal.Remote;

namespace Pos.Core.Remote
{
    /// <summary>
    /// The core's door to the remote session (<see cref="IRemoteLink"/>), as <c>PrinterPort</c> is to the printer:
    /// the link's events, raised on its own thread, become events on the main loop posted to one handler (the
    /// <see cref="RemoteAgent"/>): <see cref="Signal.RemoteChanged"/>, <see cref="Signal.RemoteMessage"/> and
    /// <see cref="Signal.RemotePublished"/>. A full event queue drops a remote event, never a payment's: the agent
    /// recovers by its timers (a lost publish answer is given up after a timeout, a lost command is sent again by the
    /// console).
    /// </summary>
    public sealed class RemotePort
    {
        private readonly IRemoteLink _link;
        private readonly EventQueue _queue;
        private readonly IEventHandler _owner;

        /// <summary>A port over <paramref name="link"/> whose events go to <paramref name="owner"/> through <paramref name="queue"/>.</summary>
        public RemotePort(IRemoteLink link, EventQueue queue, IEventHandler owner)
        {
            if (link == null || queue == null || owner == null)
            {
                throw new System.ArgumentNullException(nameof(link));
            }

            _link = link;
            _queue = queue;
            _owner = owner;
            link.Changed += OnChanged;
            link.MessageReceived += OnMessage;
            link.Published += OnPublished;
        }

        /// <summary>The link.</summary>
        public IRemoteLink Link => _link;

        private void OnChanged(RemoteLinkState state, string detail)
        {
            _queue.Post(new Event(Signal.RemoteChanged, (int)state, detail, _owner));
        }

        private void OnMessage(string topic, byte[] payload)
        {
            _queue.Post(new Event(Signal.RemoteMessage, 0, new RemoteInbound(topic, payload), _owner));
        }

        private void OnPublished(int requestId, bool delivered)
        {
            _queue.Post(new Event(Signal.RemotePublished, delivered ? 1 : 0, requestId, _owner));
        }
    }
}
