using Pos.Core.Events;

namespace Pos.Core.Diagnostics
{
    /// <summary>Base of the checks: key, title and mode from the constructor; no outcome events unless overridden.</summary>
    public abstract class DiagnosticCheck : IDiagnosticCheck
    {
        /// <summary>Creates a check.</summary>
        protected DiagnosticCheck(string key, int titleKey, CheckMode mode)
        {
            Key = key;
            TitleKey = titleKey;
            Mode = mode;
        }

        /// <inheritdoc />
        public string Key { get; }

        /// <inheritdoc />
        public int TitleKey { get; }

        /// <inheritdoc />
        public CheckMode Mode { get; }

        /// <inheritdoc />
        public abstract CheckResult Run(DiagnosticContext ctx);

        /// <inheritdoc />
        public virtual CheckResult Complete(DiagnosticContext ctx, Event e)
        {
            return null;
        }

        /// <inheritdoc />
        public virtual void Cancel(DiagnosticContext ctx)
        {
        }

        /// <summary>A WARN with this check's checklist.</summary>
        protected CheckResult Warn(string value)
        {
            return CheckResult.Warn(value, TitleKey);
        }

        /// <summary>A FAIL with this check's checklist.</summary>
        protected CheckResult Fail(string value)
        {
            return CheckResult.Fail(value, TitleKey);
        }
    }
}
