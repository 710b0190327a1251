using Pos.Core.Events;

namespace Pos.Core.Tests.App
{
    /// <summary>Counts the <see cref="Signal.KeyPressed"/> events a dispatcher handled (subscribe <see cref="OnDispatched"/>).</summary>
    public sealed class KeyCounter
    {
        /// <summary>Key events seen.</summary>
        public int Count { get; private set; }

        /// <summary>The dispatcher's <c>Dispatched</c> handler.</summary>
        public void OnDispatched(Event e)
        {
            if (e.Signal == Signal.KeyPressed)
            {
                Count++;
            }
        }
    }
}
