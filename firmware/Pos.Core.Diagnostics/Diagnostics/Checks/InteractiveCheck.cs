namespace Pos.Core.Diagnostics.Checks
{
    /// <summary>
    /// A check the technician judges through the menu (display pattern, keypad). <see cref="Run"/> only marks it
    /// running; the menu shows the test and reports PASS / FAIL with <see cref="DiagnosticRunner.Confirm"/>.
    /// </summary>
    public sealed class InteractiveCheck : DiagnosticCheck
    {
        /// <summary>Key of the display pattern check.</summary>
        public const string DisplayKey = "display";

        /// <summary>Key of the keypad check.</summary>
        public const string KeypadKey = "keypad";

        /// <summary>Creates an interactive check.</summary>
        public InteractiveCheck(string key, int titleKey)
            : base(key, titleKey, CheckMode.Interactive)
        {
        }

        /// <inheritdoc />
        public override CheckResult Run(DiagnosticContext ctx)
        {
            return CheckResult.Running(string.Empty);
        }
    }
}
