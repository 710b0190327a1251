using Pos.Core.Diagnostics;

namespace Pos.Core.Simulation
{
    /// <summary>A self-test check that always gives the same result (the report samples).</summary>
    public sealed class FixedCheck : DiagnosticCheck
    {
        private readonly CheckResult _result;

        /// <summary>Creates the check with its key, title and result.</summary>
        public FixedCheck(string key, int titleKey, CheckResult result)
            : base(key, titleKey, CheckMode.Immediate)
        {
            _result = result;
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            return _result;
        }
    }
}
