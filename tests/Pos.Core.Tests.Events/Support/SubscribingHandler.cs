using System.Collections;
using Pos.Core.Events;

namespace Pos.Core.Tests.Support
{
    /// <summary>
    /// Records each event it handles and, each time, changes the dispatcher's table while the event is being
    /// handled: removes one handler's subscription and subscribes another one, both to the event's signal.
    /// </summary>
    public sealed class SubscribingHandler : IEventHandler
    {
        private readonly string _name;
        private readonly ArrayList _trace;
        private readonly Dispatcher _dispatcher;
        private readonly IEventHandler _removed;
        private readonly IEventHandler _added;

        /// <summary>Creates the handler.</summary>
        public SubscribingHandler(string name, ArrayList trace, Dispatcher dispatcher, IEventHandler removed, IEventHandler added)
        {
            _name = name;
            _trace = trace;
            _dispatcher = dispatcher;
            _removed = removed;
            _added = added;
        }

        /// <inheritdoc />
        public void Handle(Event e)
        {
            _trace.Add(_name + ":" + e.Describe());
            _dispatcher.Unsubscribe(e.Signal, _removed);
            _dispatcher.Subscribe(e.Signal, _added);
        }
    }
}
