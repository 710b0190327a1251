using Pos.Core.Diagnostics;

namespace Pos.Core.Ui.Menus
{
    /// <summary>The badge style of a <see cref="CheckStatus"/> on the self-test screens.</summary>
    public static class CheckBadge
    {
        /// <summary>Green PASS, amber WARN, red FAIL, dim otherwise.</summary>
        public static byte Style(CheckStatus status)
        {
            switch (status)
            {
                case CheckStatus.Pass:
                    return TextStyle.Approved;
                case CheckStatus.Warn:
                    return TextStyle.Warning;
                case CheckStatus.Fail:
                    return TextStyle.Declined;
                default:
                    return TextStyle.Dim;
            }
        }
    }
}
