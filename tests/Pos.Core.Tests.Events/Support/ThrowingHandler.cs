using System;
using System.Collections;
using Pos.Core.Events;

namespace Pos.Core.Tests.Support
{
    /// <summary>An event handler that records "name:Signal(param)" and then throws what it was given (a fault to guard).</summary>
    public sealed class ThrowingHandler : IEventHandler
    {
        private readonly string _name;
        private readonly ArrayList _trace;
        private readonly Exception _error;
        private readonly EventQueue _queue;

        /// <summary>Creates a handler that throws <paramref name="error"/> at every event.</summary>
        public ThrowingHandler(string name, ArrayList trace, Exception error)
            : this(name, trace, error, null)
        {
        }

        /// <summary>Creates a handler that, before throwing, posts the event it got again (a fault that feeds itself).</summary>
        public ThrowingHandler(string name, ArrayList trace, Exception error, EventQueue repostTo)
        {
            _name = name;
            _trace = trace;
            _error = error;
            _queue = repostTo;
        }

        /// <summary>Events handled (each one threw).</summary>
        public int Calls { get; private set; }

        /// <inheritdoc />
        public void Handle(Event e)
        {
            Calls++;
            _trace.Add(_name + ":" + e.Describe());
            if (_queue != null)
            {
                _queue.Post(e);
            }

            throw _error;
        }
    }
}
