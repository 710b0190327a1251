using System.Collections;
using Pos.Core.Events;

namespace Pos.Core.Tests.Support
{
    /// <summary>An event handler that writes "name:Signal(param)" into a shared trace, and may post a follow-up event.</summary>
    public sealed class RecordingHandler : IEventHandler
    {
        private readonly string _name;
        private readonly ArrayList _trace;
        private readonly EventQueue _queue;
        private readonly Signal _reactTo;
        private readonly Event _followUp;

        /// <summary>Creates a handler that only records.</summary>
        public RecordingHandler(string name, ArrayList trace)
            : this(name, trace, null, Signal.None, null)
        {
        }

        /// <summary>Creates a handler that records and, on <paramref name="reactTo"/>, posts <paramref name="followUp"/>.</summary>
        public RecordingHandler(string name, ArrayList trace, EventQueue queue, Signal reactTo, Event followUp)
        {
            _name = name;
            _trace = trace;
            _queue = queue;
            _reactTo = reactTo;
            _followUp = followUp;
        }

        /// <inheritdoc />
        public void Handle(Event e)
        {
            _trace.Add(_name + ":" + e.Describe());
            if (_queue != null && e.Signal == _reactTo)
            {
                _queue.Post(_followUp);
            }
        }
    }
}
