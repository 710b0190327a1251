using Pos.Core.Localization;
using Pos.Core.Simulation;
using Pos.Core.Tests.Ui.Screens;
using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Screens;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Ui
{
    /// <summary>
    /// The fast renderer (colour lookup tables, whole-line copies, only changed text rows redrawn) against the plain
    /// per-pixel reference: the same pixels for every sample screen, one band for a one-digit change, and every band
    /// when the screen, the display or what it shows changed.
    /// </summary>
    [TestClass]
    public class RendererTrackingTests
    {
        private const int BandRows = ScreenRenderer.CellHeight;

        [TestMethod]
        public void Same_pixels_as_the_reference_for_every_sample_screen_in_both_locales()
        {
            ScreenRenderer renderer = new ScreenRenderer();
            RecordingDisplay display = new RecordingDisplay();
            TransactionScreenView view = ScreenSamples.View();
            int[] locales = new int[] { Locale.EnUs, Locale.ZhCn };
            for (int l = 0; l < locales.Length; l++)
            {
                // One renderer and one screen object through all of them: the redraws are the row-tracked ones.
                Screen screen = new Screen();
                for (int i = 0; i < ScreenSamples.AllIds.Length; i++)
                {
                    view.Render(ScreenSamples.Model(ScreenSamples.AllIds[i]), ScreenSamples.Status(), locales[l], screen);
                    renderer.Render(screen, display);
                    Same(ReferenceRenderer.Frame(screen), display.Frame, ScreenSamples.AllIds[i]);
                }

                Same(ReferenceRenderer.Frame(GoldenScreens.Idle(locales[l])), Drawn(GoldenScreens.Idle(locales[l])), "idle");
                Same(ReferenceRenderer.Frame(GoldenScreens.SelfTest(locales[l])), Drawn(GoldenScreens.SelfTest(locales[l])), "self-test");
            }
        }

        [TestMethod]
        public void Same_pixels_for_unknown_characters_styles_and_a_wide_character_the_font_lacks()
        {
            Screen s = GoldenScreens.Amount(Locale.EnUs);
            s.Write(3, 0, "\u2603 snow", (byte)200); // not in the font, an unknown style: '?' in Normal's colours
            s.Write(4, 38, "\uAC00", TextStyle.Warning); // a Hangul syllable: wide range, not in the font
            s.Write(6, 0, "x", TextStyle.Inverse);
            s.Write(7, 39, "y", TextStyle.Approved);
            Same(ReferenceRenderer.Frame(s), Drawn(s), "edge cases");
        }

        [TestMethod]
        public void A_one_digit_change_redraws_one_band_and_nothing_else()
        {
            ScreenRenderer renderer = new ScreenRenderer();
            RecordingDisplay display = new RecordingDisplay();
            Screen s = GoldenScreens.Amount(Locale.ZhCn);
            Assert.AreEqual(Screen.Rows, renderer.Render(s, display));
            Assert.AreEqual(Screen.Rows, display.Writes);
            display.ResetCounts();

            Assert.AreEqual(0, renderer.Render(s, display), "nothing changed");
            Assert.AreEqual(0, display.Writes);

            s.WriteRight(8, "6  ", TextStyle.Normal); // 123.45 becomes 123.46
            Assert.AreEqual(1, renderer.Render(s, display));
            Assert.AreEqual(1, display.Writes);
            Assert.AreEqual(BandRows, display.RowsWritten);
            Assert.AreEqual(8 * BandRows, display.LastTop);
            Same(ReferenceRenderer.Frame(s), display.Frame, "after the change");

            display.ResetCounts();
            s.Write(5, 2, " ", TextStyle.Inverse); // a style change alone is a change
            Assert.AreEqual(1, renderer.Render(s, display));
            Assert.AreEqual(5 * BandRows, display.LastTop);
            Same(ReferenceRenderer.Frame(s), display.Frame, "after the style change");
        }

        [TestMethod]
        public void Another_screen_another_display_or_an_invalidation_redraws_everything()
        {
            ScreenRenderer renderer = new ScreenRenderer();
            RecordingDisplay display = new RecordingDisplay();
            Screen a = GoldenScreens.Amount(Locale.EnUs);
            Screen b = GoldenScreens.Amount(Locale.EnUs); // the same text in another screen object
            renderer.Render(a, display);
            display.ResetCounts();

            Assert.AreEqual(Screen.Rows, renderer.Render(b, display), "another screen");
            Assert.AreEqual(Screen.Rows * BandRows, display.RowsWritten);

            RecordingDisplay other = new RecordingDisplay();
            Assert.AreEqual(Screen.Rows, renderer.Render(b, other), "another display");
            Same(display.Frame, other.Frame, "both displays");

            renderer.Invalidate();
            Assert.AreEqual(Screen.Rows, renderer.Render(b, other), "after Invalidate");
            display.ResetCounts();
            renderer.RenderAll(b, other);
            Assert.AreEqual(0, renderer.Render(b, other), "RenderAll leaves nothing to draw");
            Assert.AreEqual(Screen.Rows * 2, renderer.RowsDrawn - (3 * Screen.Rows));
        }

        [TestMethod]
        public void A_status_row_drawn_alone_is_not_drawn_again()
        {
            ScreenRenderer renderer = new ScreenRenderer();
            RecordingDisplay display = new RecordingDisplay();
            Screen s = GoldenScreens.Idle(Locale.EnUs);
            renderer.Render(s, display);
            s.Write(Screen.StatusRow, 0, "12:00", TextStyle.StatusBar);
            renderer.RenderRow(s, Screen.StatusRow, display);
            display.ResetCounts();
            Assert.AreEqual(0, renderer.Render(s, display));
            Same(ReferenceRenderer.Frame(s), display.Frame, "status row");
        }

        [TestMethod]
        public void The_presenter_redraws_the_amount_row_only_and_everything_after_Invalidate()
        {
            ScreenPresenter presenter = new ScreenPresenter();
            presenter.View.MerchantName = "DEMO STORE";
            presenter.View.TerminalId = "12345678";
            RecordingDisplay display = new RecordingDisplay();
            ScreenModel model = ScreenSamples.Empty(ScreenIds.Amount);
            model.Flow = TxnFlow.Purchase;
            model.AmountFen = 12345;
            presenter.Update(model, ScreenSamples.Status(), Locale.EnUs, display);
            Assert.AreEqual(Screen.Rows, display.Writes);

            display.ResetCounts();
            model.AmountFen = 12346;
            Assert.AreEqual(2, presenter.Update(model, ScreenSamples.Status(), Locale.EnUs, display));
            Assert.AreEqual(1, display.Writes, "one digit, one band");
            Same(ReferenceRenderer.Frame(presenter.Screen), display.Frame, "amount");

            display.ResetCounts();
            presenter.Invalidate();
            presenter.Update(model, ScreenSamples.Status(), Locale.EnUs, display);
            Assert.AreEqual(Screen.Rows, display.Writes, "something else drew on the display");
        }

        private static byte[] Drawn(Screen screen)
        {
            RecordingDisplay display = new RecordingDisplay();
            new ScreenRenderer().Render(screen, display);
            return display.Frame;
        }

        private static void Same(byte[] expected, byte[] actual, string what)
        {
            Assert.AreEqual(expected.Length, actual.Length, what);
            for (int i = 0; i < expected.Length; i++)
            {
                if (expected[i] != actual[i])
                {
                    Assert.AreEqual(expected[i], actual[i], what + ": pixel row " + (i / RecordingDisplay.RowBytes).ToString() + ", byte " + (i % RecordingDisplay.RowBytes).ToString() + " differs");
                }
            }
        }
    }
}
