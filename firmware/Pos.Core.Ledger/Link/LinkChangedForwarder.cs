using Pos.Core.Events;
using Pos.Hal;

namespace Pos.Core.Link
{
    /// <summary>
    /// Turns the network seam's <see cref="INetworkLink.LinkChanged"/> callbacks (any thread) into
    /// <see cref="Signal.LinkChanged"/> events (param 1 = up, 0 = down), so the link monitor only ever runs on the
    /// dispatcher thread.
    /// </summary>
    public sealed class LinkChangedForwarder
    {
        private readonly EventQueue _queue;

        /// <summary>Subscribes to <paramref name="link"/> and posts its changes to <paramref name="queue"/>.</summary>
        public LinkChangedForwarder(INetworkLink link, EventQueue queue)
        {
            if (link == null)
            {
                throw new System.ArgumentNullException(nameof(link));
            }

            if (queue == null)
            {
                throw new System.ArgumentNullException(nameof(queue));
            }

            _queue = queue;
            link.LinkChanged += OnLinkChanged;
        }

        /// <summary>Link events the queue refused (it was full); a lost link-down would leave the monitor stale.</summary>
        public int Dropped { get; private set; }

        private void OnLinkChanged(bool isUp)
        {
            if (!_queue.Post(new Event(Signal.LinkChanged, isUp ? 1 : 0, null)))
            {
                Dropped++;
            }
        }
    }
}
