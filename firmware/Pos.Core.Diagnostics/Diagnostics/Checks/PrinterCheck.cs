using Pos.Core.Events;
using Pos.Core.Localization;
using Pos.Core.Printing;
using Pos.Hal;

namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// Receipt printer: asks its status through the port (<see cref="PrinterPort.Query"/>), the answer addressed to the
    /// runner. Ready is a PASS; a fault is a FAIL naming it and its local code ("paper out (LPP)") whose checklist is the
    /// code's own (<see cref="PrinterCodes"/>), the steps the print queue shows; no answer within
    /// <see cref="DiagnosticThresholds.PrinterAnswerMs"/> is a FAIL "no answer (LPO)". While a slip is printing the port
    /// is busy: the status its last answer carried decides ("printing" when Ready), or, before any answer, a WARN
    /// "printing, try again". NOT RUN on a terminal without a printer.
    /// </summary>
    public sealed class PrinterCheck : DiagnosticCheck
    {
        /// <summary>The check's key.</summary>
        public const string CheckKey = "printer";

        private bool _asking;

        /// <summary>Creates the check.</summary>
        public PrinterCheck()
            : base(CheckKey, TextKey.DiagPrinter, CheckMode.Asynchronous)
        {
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            _asking = false;
            PrinterPort port = ctx.Printer;
            if (port == null)
            {
                return CheckResult.NotRun("no seam");
            }

            if (!port.Query(ctx.Owner))
            {
                // A slip is printing: its answers go to the print queue, so judge by the last status any answer told.
                return port.StatusKnown ? Judge(port.LastStatus, "printing") : Warn("printing, try again");
            }

            _asking = true;
            if (ctx.Timers != null)
            {
                ctx.Timers.Arm(ctx.Owner, DiagnosticsIds.PrinterTimer, ctx.Thresholds.PrinterAnswerMs);
            }

            return CheckResult.Running(string.Empty);
        }

        /// <inheritdoc />
        public override CheckResult Complete(DiagnosticContext ctx, Event e)
        {
            if (!_asking)
            {
                return null;
            }

            if (e.Signal == Signal.PrinterCompleted)
            {
                PrinterOutcome outcome = e.Data as PrinterOutcome;
                if (outcome == null || outcome.Request != PrinterRequest.Status)
                {
                    return null;
                }

                Stop(ctx);
                return Judge(outcome.Status, "ready");
            }

            if (e.Signal == Signal.TimerExpired && e.Param == DiagnosticsIds.PrinterTimer && ctx.Timers.IsCurrent(e))
            {
                // Given up: the port is free for the print queue, and the late answer, should it come, is ignored.
                _asking = false;
                if (ctx.Printer != null)
                {
                    ctx.Printer.Abandon(ctx.Owner);
                }

                return Fault(PrinterStatus.Offline, "no answer");
            }

            return null;
        }

        /// <inheritdoc />
        public override void Cancel(DiagnosticContext ctx)
        {
            if (_asking)
            {
                Stop(ctx);
            }
        }

        private void Stop(DiagnosticContext ctx)
        {
            _asking = false;
            if (ctx.Timers != null)
            {
                ctx.Timers.Disarm(DiagnosticsIds.PrinterTimer);
            }
        }

        // Ready passes with the word given; a fault fails with its name and code, and its code's checklist.
        private static CheckResult Judge(PrinterStatus status, string ready)
        {
            return status == PrinterStatus.Ready ? CheckResult.Pass(ready) : Fault(status, PrinterCodes.Name(status));
        }

        private static CheckResult Fault(PrinterStatus status, string what)
        {
            return CheckResult.Fail(what + " (" + PrinterCodes.Of(status) + ")", PrinterCodes.KeyOf(status));
        }
    }
}
