namespace Pos.Core.Events
{
    /// <summary>Called after an event has been handled by all its subscribers.</summary>
    public delegate void DispatchedHandler(Event e);
}
