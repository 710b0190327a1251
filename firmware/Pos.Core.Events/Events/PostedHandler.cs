namespace Pos.Core.Events
{
    /// <summary>Called after an event was posted to an <see cref="EventQueue"/>.</summary>
    public delegate void PostedHandler();
}
