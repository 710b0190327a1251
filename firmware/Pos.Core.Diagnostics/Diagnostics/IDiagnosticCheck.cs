using Pos.Core.Events;

namespace Pos.Core.Diagnostics
{
    /// <summary>
    /// One self-test check. Immediate checks return their result from <see cref="Run"/>; asynchronous checks start
    /// their work in <see cref="Run"/> (returning a RUNNING result, or a final one when they cannot start) and turn
    /// the outcome event into the result in <see cref="Complete"/>; interactive checks are judged by the technician
    /// through the menu (<see cref="DiagnosticRunner.Confirm"/>). Use <see cref="DiagnosticCheck"/> as the base.
    /// </summary>
    public interface IDiagnosticCheck
    {
        /// <summary>Stable locale-neutral id, used in reports and the audit log ("wifi").</summary>
        string Key { get; }

        /// <summary>The <c>TextKey</c> of the check's <c>diag.*</c> entry: its title and its checklist.</summary>
        int TitleKey { get; }

        /// <summary>How the result is produced.</summary>
        CheckMode Mode { get; }

        /// <summary>Runs (or starts) the check.</summary>
        CheckResult Run(DiagnosticContext ctx);

        /// <summary>
        /// Offers an event to a started asynchronous check: the final result, or null when the event is not its
        /// outcome (another exchange, a stale id).
        /// </summary>
        CheckResult Complete(DiagnosticContext ctx, Event e);

        /// <summary>Stops a started asynchronous check (menu CANCEL); the runner records NOT RUN.</summary>
        void Cancel(DiagnosticContext ctx);
    }
}
