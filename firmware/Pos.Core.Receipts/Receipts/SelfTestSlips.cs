using Pos.Core.Diagnostics;
using Pos.Core.Localization;
using Pos.Core.Ui.Menus;
using Pos.Core.Ui.Screens;

namespace Pos.Core.Receipts
{
    /// <summary>
    /// The self-test report a technician leaves behind, from the runner's results of this session: the head (title,
    /// merchant, terminal), firmware version and the local time of the last run; each check's title and PASS / WARN /
    /// FAIL / NOT RUN with its value in the reader's words (as the results screen shows them, a result of an earlier
    /// run marked so); the totals; then, for every WARN and FAIL, the check's checklist as the checklist screen has it
    /// (who acts, the numbered steps). The values are the checks' own: check values and masked cards only.
    /// </summary>
    public static class SelfTestSlips
    {
        // The totals' order: PASS, WARN, FAIL, NOT RUN.
        private static readonly CheckStatus[] TotalsOrder = new CheckStatus[]
        {
            CheckStatus.Pass, CheckStatus.Warn, CheckStatus.Fail, CheckStatus.NotRun,
        };

        /// <summary>Fills <paramref name="slip"/> (empty) with the report of <paramref name="runner"/>'s results.</summary>
        public static void Build(Slip slip, DiagnosticRunner runner, SlipTerminal terminal, int locale)
        {
            SlipParts.Head(slip, terminal, locale, TextKey.UiSlipSelftestTitle, -1, false, -1);
            SlipParts.Pair(slip, locale, TextKey.DiagFirmware, runner.Context.FirmwareVersion);
            if (runner.LastRunUtc.Year >= StatusSnapshot.MinValidYear)
            {
                SlipParts.Pair(slip, locale, TextKey.UiSlipTestTime, SlipParts.Local(runner.LastRunUtc, terminal.UtcOffsetMinutes));
            }

            slip.Rule();
            int[] counts = new int[TotalsOrder.Length];
            for (int i = 0; i < runner.Count; i++)
            {
                CheckResult r = runner.ResultAt(i);
                CheckStatus status = StatusOf(r);
                counts[(int)status]++;
                slip.Pair(Catalog.Get(locale, runner.CheckAt(i).TitleKey), Catalog.Get(locale, CheckStatusNames.LabelKey(status)));
                string value = DiagnosticValueText.Localize(r.Value, locale);
                if (status != CheckStatus.NotRun && !runner.IsCurrent(i))
                {
                    value = TextFormat.Fill(Catalog.Get(locale, TextKey.UiDiagEarlier), value);
                }

                if (value.Length > 0)
                {
                    slip.Paragraph("  ", value);
                }
            }

            slip.Rule();
            slip.Left(Catalog.Get(locale, TextKey.UiSlipTotal));
            for (int k = 0; k < TotalsOrder.Length; k++)
            {
                slip.Pair(Catalog.Get(locale, CheckStatusNames.LabelKey(TotalsOrder[k])), counts[(int)TotalsOrder[k]].ToString());
            }

            for (int i = 0; i < runner.Count; i++)
            {
                CheckResult r = runner.ResultAt(i);
                if (r.HasChecklist)
                {
                    slip.Rule();
                    slip.Pair(Catalog.Get(locale, runner.CheckAt(i).TitleKey), Catalog.Get(locale, CheckStatusNames.LabelKey(r.Status)));
                    SlipParts.Who(slip, locale, r.ChecklistKey);
                    SlipParts.Steps(slip, locale, r.ChecklistKey);
                }
            }
        }

        // RUNNING counts as NOT RUN: it did not finish.
        private static CheckStatus StatusOf(CheckResult r)
        {
            return r.Status == CheckStatus.Running ? CheckStatus.NotRun : r.Status;
        }
    }
}
