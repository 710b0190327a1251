using Pos.Core.Localization;

namespace Pos.Core.Diagnostics
{
    /// <summary>Names (report text) and screen labels (catalog keys) of <see cref="CheckStatus"/>.</summary>
    public static class CheckStatusNames
    {
        /// <summary>The locale-neutral report word: PASS, WARN, FAIL, NOT RUN, RUNNING.</summary>
        public static string Of(CheckStatus status)
        {
            switch (status)
            {
                case CheckStatus.Pass:
                    return "PASS";
                case CheckStatus.Warn:
                    return "WARN";
                case CheckStatus.Fail:
                    return "FAIL";
                case CheckStatus.Running:
                    return "RUNNING";
                default:
                    return "NOT RUN";
            }
        }

        /// <summary>The catalog key of the localized label (RUNNING shows as NOT RUN: it is not finished).</summary>
        public static int LabelKey(CheckStatus status)
        {
            switch (status)
            {
                case CheckStatus.Pass:
                    return TextKey.UiResultPass;
                case CheckStatus.Warn:
                    return TextKey.UiResultWarn;
                case CheckStatus.Fail:
                    return TextKey.UiResultFail;
                default:
                    return TextKey.UiResultNotRun;
            }
        }
    }
}
