using Pos.Core.Localization;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.Core.Ui.Screens;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Ui.Screens
{
    [TestClass]
    public class ScreenPresenterTests
    {
        [TestMethod]
        public void Redraws_all_on_a_new_model_one_row_on_a_new_minute_and_nothing_otherwise()
        {
            ScreenPresenter p = new ScreenPresenter();
            ScreenModel m = ScreenSamples.Empty(ScreenIds.Idle);
            m.Online = true;
            m.Queued = 0;
            m.SignedIn = true;
            StatusSnapshot status = ScreenSamples.Status();
            CrcDisplay display = new CrcDisplay();
            Assert.AreEqual(2, p.Update(m, status, Locale.ZhCn, display));
            Assert.AreEqual(240, display.RowsWritten);
            Assert.AreEqual(0, p.Update(m, status, Locale.ZhCn, display));
            status.UtcNow = status.UtcNow.AddMinutes(1);
            Assert.AreEqual(1, p.Update(m, status, Locale.ZhCn, display));
            Assert.AreEqual(256, display.RowsWritten);
            Assert.Contains("09:42", p.Screen.RowText(0));
            Assert.AreEqual(2, p.Update(m, status, Locale.EnUs, display));
            m.ReversalReason = "98";
            Assert.AreEqual(2, p.Update(m, status, Locale.EnUs, display));
            Assert.Contains("Reversal pending", p.Screen.ToText());
        }

        [TestMethod]
        public void A_page_turn_redraws_the_screen()
        {
            ScreenPresenter p = new ScreenPresenter();
            ScreenModel m = ScreenSamples.Code(ScreenIds.NoConnection, TxnLocalCodes.CodeNoConnection);
            StatusSnapshot status = ScreenSamples.Status();
            status.Online = false;
            CrcDisplay display = new CrcDisplay();
            p.Update(m, status, Locale.EnUs, display);
            Assert.IsTrue(p.View.PageCount > 1, "no-network checklist has two pages");
            Assert.IsTrue(p.OnKey(Key.Down));
            Assert.AreEqual(2, p.Update(m, status, Locale.EnUs, display));
            Assert.AreEqual(1, p.View.Page);
            Assert.IsFalse(p.OnKey(Key.Down));
            Assert.AreEqual(0, p.Update(m, status, Locale.EnUs, display));
        }
    }
}
