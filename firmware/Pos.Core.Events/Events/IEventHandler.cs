namespace Pos.Core.Events
{
    /// <summary>
    /// A part of the application that reacts to events (an "active object" in QP's words). Handlers run to
    /// completion: <see cref="Handle"/> must not block, and may post further events, which are handled later.
    /// </summary>
    public interface IEventHandler
    {
        /// <summary>Handles one event.</summary>
        void Handle(Event e);
    }
}
