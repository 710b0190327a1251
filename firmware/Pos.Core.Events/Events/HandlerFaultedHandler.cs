using System;

namespace Pos.Core.Events
{
    /// <summary>
    /// Called by the <see cref="Dispatcher"/> when <paramref name="handler"/> threw <paramref name="error"/> while
    /// handling <paramref name="e"/> (its last-resort guard). The listener logs, audits and brings its part back to a
    /// safe state; it must not post an event that would make the same handler throw again at once.
    /// </summary>
    public delegate void HandlerFaultedHandler(Event e, IEventHandler handler, Exception error);
}
