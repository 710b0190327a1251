namespace Pos.Core.Diagnostics
{
    /// <summary>How a check produces its result.</summary>
    public enum CheckMode
    {
        /// <summary><see cref="IDiagnosticCheck.Run"/> returns the final result at once.</summary>
        Immediate = 0,
        /// <summary>The technician judges (display pattern, keypad): the menu asks and reports the answer to the runner.</summary>
        Interactive = 1,
        /// <summary><see cref="IDiagnosticCheck.Run"/> starts something (host exchange, card read) whose outcome arrives as an event.</summary>
        Asynchronous = 2,
    }
}
