using Pos.Core.Events;

namespace Pos.Core.Tests.Offline
{
    /// <summary>Another part of the application, as the target of an event the forwarder must never see.</summary>
    public sealed class ElsewhereHandler : IEventHandler
    {
        /// <summary>Events handled.</summary>
        public int Handled { get; private set; }

        /// <inheritdoc />
        public void Handle(Event e)
        {
            Handled++;
        }
    }
}
