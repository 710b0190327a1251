using Pos.Core.Localization;

namespace Pos.Core.Diagnostics
{
    /// <summary>The screen labels of the check statuses (the report words are generated in CheckStatusNames.cs).</summary>
    public static partial class CheckStatusNames
    {
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
