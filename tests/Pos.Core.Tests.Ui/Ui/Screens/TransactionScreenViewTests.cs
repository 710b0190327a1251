using nanoFramework.TestFramework;
using Pos.Core.Localization;
using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Screens;
using Pos.Hal;

namespace Pos.Core.Tests.Ui.Screens
{
    [TestClass]
    public class TransactionScreenViewTests
    {
        private static readonly int[] Locales = new int[] { Locale.ZhCn, Locale.EnUs };

        [TestMethod]
        public void Every_screen_id_has_a_view_and_the_table_has_nothing_else()
        {
            for (int i = 0; i < ScreenSamples.AllIds.Length; i++)
            {
                Assert.IsNotNull(TransactionScreenView.Find(ScreenSamples.AllIds[i]), ScreenSamples.AllIds[i]);
            }

            Assert.AreEqual(ScreenSamples.AllIds.Length, TransactionScreenView.EntryCount);
            Assert.IsNull(TransactionScreenView.Find("NO_SUCH_SCREEN"));
        }

        [TestMethod]
        public void Every_screen_renders_in_both_locales_with_every_text_in_place()
        {
            TransactionScreenView view = ScreenSamples.View();
            for (int l = 0; l < Locales.Length; l++)
            {
                for (int i = 0; i < ScreenSamples.AllIds.Length; i++)
                {
                    string id = ScreenSamples.AllIds[i];
                    Screen s = ScreenSamples.Render(view, ScreenSamples.Model(id), Locales[l]);
                    string where = id + " " + Locale.Tag(Locales[l]);
                    CheckRows(s, where);
                    Assert.AreEqual(0, view.ClippedWrites, where);
                    Assert.IsTrue(s.RowText(Screen.StatusRow).Length > 0, where + " status");
                    Assert.IsTrue(s.RowText(Screen.KeyHintRow).Length > 0, where + " key hints");
                    Assert.IsTrue(s.RowText(2).Length > 0, where + " title");
                }
            }
        }

        [TestMethod]
        public void The_boot_screen_names_every_outcome_and_what_to_do_in_both_locales()
        {
            TransactionScreenView view = ScreenSamples.View();
            string[] outcomes = new string[]
            {
                "APPROVED", "OFFLINE_APPROVED", "DECLINED", "REVERSED", "NOT_COMPLETED", "REVERSING", "UNKNOWN", "SETTLED", "SETTLE_UNCONFIRMED", "garbage",
            };
            int[] notes = new int[]
            {
                TextKey.UiLastCharged, TextKey.UiLastOffline, TextKey.UiLastNotCharged, TextKey.UiLastNotCharged, TextKey.UiLastNotCharged,
                TextKey.UiLastReversingNote, TextKey.UiLastUnknownNote, TextKey.UiLastSettledNote, TextKey.UiLastSettleAgain, TextKey.UiLastUnknownNote,
            };
            for (int l = 0; l < Locales.Length; l++)
            {
                for (int i = 0; i < outcomes.Length; i++)
                {
                    bool settlement = outcomes[i].StartsWith("SETTLE");
                    ScreenModel m = ScreenSamples.Model(ScreenIds.LastTransaction, new string[]
                    {
                        outcomes[i], settlement ? "SETTLEMENT" : "PURCHASE", "12.34", settlement ? string.Empty : "6222021234567890", "000042",
                        settlement ? string.Empty : "123456789012", "20261122T014130", settlement ? "3" : "51",
                    });
                    Screen s = ScreenSamples.Render(view, m, Locales[l]);
                    string where = outcomes[i] + " " + Locale.Tag(Locales[l]);
                    CheckRows(s, where);
                    Assert.AreEqual(0, view.ClippedWrites, where);
                    string text = s.ToText();
                    Assert.Contains(Catalog.Get(Locales[l], notes[i]), text, where);
                    Assert.IsTrue(text.IndexOf("6222021234567890") < 0, where + ": full PAN on the screen");
                    if (i == 0)
                    {
                        Assert.Contains(Catalog.Get(Locales[l], TextKey.UiApprovedPurchase), text, where);
                    }
                }
            }

            Screen zh = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.LastTransaction, new string[] { "APPROVED", "PURCHASE", "12.34" }), Locale.ZhCn);
            Assert.Contains("请勿重复收款", zh.ToText());
        }

        [TestMethod]
        public void Every_local_code_and_response_code_fits_its_result_screens()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = new Screen();
            StatusSnapshot status = ScreenSamples.Status();
            string[] resultIds = new string[] { ScreenIds.Failed, ScreenIds.SignInFailed, ScreenIds.SettleFailed, ScreenIds.OfflineDeclined };
            for (int l = 0; l < Locales.Length; l++)
            {
                for (int c = 0; c < ScreenCodeKeys.LocalCodeCount; c++)
                {
                    for (int r = 0; r < resultIds.Length; r++)
                    {
                        view.Render(ScreenSamples.Model(resultIds[r], new string[] { ScreenCodeKeys.LocalCode(c) }), status, Locales[l], s);
                        CheckRows(s, resultIds[r] + " " + ScreenCodeKeys.LocalCode(c));
                        Assert.AreEqual(0, view.ClippedWrites, resultIds[r] + " " + ScreenCodeKeys.LocalCode(c));
                    }
                }

                for (int k = 0; k < TextKey.CodeCount; k++)
                {
                    string code = Catalog.CodeOf(k);
                    view.Render(ScreenSamples.Model(ScreenIds.Declined, new string[] { code, "NoRetry", "ReEnterPin" }), status, Locales[l], s);
                    CheckRows(s, "declined " + code);
                    Assert.AreEqual(0, view.ClippedWrites, "declined " + code);
                }
            }
        }

        [TestMethod]
        public void Local_codes_open_their_own_checklist()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.OfflineDeclined, new string[] { "L04" }), Locale.ZhCn);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.LocalOfflineQueueFull), s.RowText(ChecklistScreen.TitleRow));
            s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.ReversalPending, new string[] { "A0", "LMA" }), Locale.EnUs);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.LocalMacError), s.RowText(ChecklistScreen.TitleRow));
            Assert.Contains("A0", s.RowText(ScreenCanvas.BannerRow));
            s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Failed, new string[] { "Q7" }), Locale.EnUs);
            Assert.Contains("Q7", s.RowText(ChecklistScreen.TitleRow));
        }

        [TestMethod]
        public void No_connection_says_no_network_when_offline_and_connect_failed_when_online()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = new Screen();
            StatusSnapshot status = ScreenSamples.Status();
            ScreenModel m = ScreenSamples.Model(ScreenIds.NoConnection, new string[] { TxnLocalCodes.CodeNoConnection });
            view.Render(m, status, Locale.ZhCn, s);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.LocalConnectFailed), s.RowText(ChecklistScreen.TitleRow));
            status.Online = false;
            view.Render(m, status, Locale.ZhCn, s);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.LocalNoNetwork), s.RowText(ChecklistScreen.TitleRow));
        }

        [TestMethod]
        public void Pin_screen_draws_one_star_per_digit_and_never_a_digit()
        {
            TransactionScreenView view = ScreenSamples.View();
            // Even if a PIN digit ever reached the model, the screen would show stars only.
            Screen s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Pin, new string[] { "123.45", "622202******1234", "1357", string.Empty }), Locale.ZhCn);
            string text = s.ToText();
            Assert.IsTrue(text.IndexOf("1357") < 0, "the PIN digits are not on the screen");
            Assert.AreEqual("****_", s.RowText(8).Trim());
            s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Pin, new string[] { string.Empty, "622202******1234", "****", string.Empty }), Locale.EnUs);
            Assert.AreEqual("****_", s.RowText(8).Trim());
            for (int i = 0; i < s.RowText(8).Length; i++)
            {
                char c = s.RowText(8)[i];
                Assert.IsFalse(c >= '0' && c <= '9', "digit on the PIN row");
            }
        }

        [TestMethod]
        public void Approved_screen_shows_only_the_masked_PAN()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Approved, new string[] { "1.00", "6222021234567890123", "123456", "000042" }), Locale.EnUs);
            string text = s.ToText();
            Assert.IsTrue(text.IndexOf("6222021234567890123") < 0, "full PAN on the screen");
            Assert.IsTrue(text.IndexOf("2021234567") < 0, "middle digits on the screen");
            Assert.Contains("622202*********0123", text);
            Assert.Contains("CNY 1.00", text);
            Assert.Contains("123456", text);
        }

        [TestMethod]
        public void Approved_screen_names_the_kind_and_shows_the_RRN_the_local_time_and_the_entry()
        {
            TransactionScreenView view = ScreenSamples.View();
            ScreenModel m = ScreenSamples.Model(ScreenIds.Approved, new string[]
            {
                "1.00", "622202******0123", "123456", "000042", "VOID", "000000004711", "20261122T014130", "CHIP",
            });
            Screen s = ScreenSamples.Render(view, m, Locale.EnUs);
            string text = s.ToText();
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiApprovedVoid), s.RowText(2));
            Assert.Contains("000000004711", text);
            Assert.Contains("2026-11-22 09:41", text); // 01:41 UTC shown at UTC+8
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiLabelRrn), text);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiLabelEntry), text);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiCardChip), text);
            Assert.AreEqual(0, view.ClippedWrites);

            m.Set(4, "REFUND");
            m.Set(7, "TAP");
            s = ScreenSamples.Render(view, m, Locale.ZhCn);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiApprovedRefund), s.RowText(2));
            Assert.Contains("000000004711", s.ToText());
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiCardTap), s.ToText());
            Assert.AreEqual(0, view.ClippedWrites);

            m.Set(4, "PURCHASE");
            s = ScreenSamples.Render(view, m, Locale.ZhCn);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiApprovedPurchase), s.RowText(2));
        }

        [TestMethod]
        public void Approved_screen_without_the_new_lines_keeps_the_plain_badge_and_leaves_their_rows_out()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Approved, new string[] { "1.00", "622202******0123", "123456", "000042" }), Locale.EnUs);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiApproved), s.RowText(2));
            string text = s.ToText();
            Assert.IsTrue(text.IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiLabelRrn)) < 0, "no RRN row");
            Assert.IsTrue(text.IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiLabelTime)) < 0, "no time row");

            // A clock that was never set (before 2020) or an unreadable stamp shows no time rather than a wrong one.
            s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Approved, new string[] { "1.00", "622202******0123", "123456", "000042", "PURCHASE", string.Empty, "20000101T000000" }), Locale.EnUs);
            Assert.IsTrue(s.ToText().IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiLabelTime)) < 0, "unset clock");
            s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Approved, new string[] { "1.00", "622202******0123", "123456", "000042", "PURCHASE", string.Empty, "20260431T120000" }), Locale.EnUs);
            Assert.IsTrue(s.ToText().IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiLabelTime)) < 0, "31 April");
        }

        [TestMethod]
        public void Settled_screen_shows_the_totals_and_both_batches()
        {
            TransactionScreenView view = ScreenSamples.View();
            ScreenModel m = ScreenSamples.Model(ScreenIds.Settled, new string[] { "BALANCED", "000008", "000007", "3", "1234.56", "1", "20.00" });
            Screen s = ScreenSamples.Render(view, m, Locale.EnUs);
            string text = s.ToText();
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiSettlementOk), s.RowText(2));
            Assert.Contains("000007", text);
            Assert.Contains("000008", text);
            Assert.StartsWith("Sales: 3", s.RowText(7).Trim());
            Assert.EndsWith("CNY 1,234.56", s.RowText(7).Trim());
            Assert.StartsWith("Refunds: 1", s.RowText(8).Trim());
            Assert.EndsWith("CNY 20.00", s.RowText(8).Trim());
            Assert.AreEqual(0, view.ClippedWrites);

            m.Set(0, "UPLOADED");
            s = ScreenSamples.Render(view, m, Locale.ZhCn);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiSettledUploaded), s.RowText(2));
            Assert.StartsWith(TextFormat.Fill(Catalog.Get(Locale.ZhCn, TextKey.UiSettleSales), "3"), s.RowText(7).Trim());
            Assert.EndsWith("¥1,234.56", s.RowText(7).Trim());
            Assert.EndsWith("¥20.00", s.RowText(8).Trim());
            Assert.AreEqual(0, view.ClippedWrites);
        }

        [TestMethod]
        public void Present_card_offers_only_the_entry_modes_the_transaction_accepts()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.PresentCard, new string[] { "PURCHASE", "5.00", string.Empty, "CT" }), Locale.EnUs);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiCardPromptOnly), s.RowText(7));
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiCardChip), s.RowText(9));
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiCardTap), s.RowText(9));
            Assert.IsTrue(s.RowText(9).IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiCardSwipe)) < 0, "swipe is not offered");

            s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.PresentCard, new string[] { "PURCHASE", "5.00", string.Empty, "CTS" }), Locale.ZhCn);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiCardPrompt), s.RowText(7));
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiCardSwipe), s.RowText(9));

            // An old model without line 3 offers all three, as before.
            s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.PresentCard, new string[] { "PURCHASE", "5.00" }), Locale.EnUs);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiCardPrompt), s.RowText(7));
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiCardSwipe), s.RowText(9));
        }

        [TestMethod]
        public void Pin_screen_says_when_the_PIN_may_be_skipped()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Pin, new string[] { "5.00", "622202******0123", string.Empty, string.Empty, "OPTIONAL" }), Locale.EnUs);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiPinHint), s.ToText());
            s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Pin, new string[] { "5.00", "622202******0123", string.Empty, string.Empty, string.Empty }), Locale.EnUs);
            Assert.IsTrue(s.ToText().IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiPinHint)) < 0, "PIN required: no hint");
        }

        [TestMethod]
        public void No_connection_follows_the_link_state_the_machine_recorded()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = new Screen();
            StatusSnapshot status = ScreenSamples.Status(); // online now
            view.Render(ScreenSamples.Model(ScreenIds.NoConnection, new string[] { TxnLocalCodes.CodeNoConnection, "OFFLINE" }), status, Locale.EnUs, s);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.LocalNoNetwork), s.RowText(ChecklistScreen.TitleRow));
            status.Online = false;
            view.Render(ScreenSamples.Model(ScreenIds.NoConnection, new string[] { TxnLocalCodes.CodeNoConnection, "ONLINE" }), status, Locale.EnUs, s);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.LocalConnectFailed), s.RowText(ChecklistScreen.TitleRow));
        }

        [TestMethod]
        public void Amount_entry_shows_the_locale_amount_and_a_cursor()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Amount, new string[] { "PURCHASE", "1234567.89" }), Locale.ZhCn);
            Assert.EndsWith("¥1,234,567.89_", s.RowText(8));
            Assert.AreEqual(string.Empty, s.RowText(11));
            Assert.AreEqual(Catalog.Get(Locale.ZhCn, TextKey.UiAmountKeys), s.RowText(Screen.KeyHintRow).Trim());
            s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Amount, new string[] { "REFUND", "0.00", "LIMIT" }), Locale.EnUs);
            Assert.EndsWith("CNY 0.00_", s.RowText(8));
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiFnRefund), s.RowText(2));
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiAmountLimit), s.RowText(11));
        }

        [TestMethod]
        public void Idle_shows_merchant_terminal_and_the_pending_reversal()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Idle), Locale.EnUs);
            string text = s.ToText();
            Assert.Contains("DEMO STORE", text);
            Assert.Contains("Terminal 12345678", text);
            Assert.Contains("Reversal 98 pending", text);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiIdleNotSignedIn), text);
            s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Idle, new string[] { "ONLINE", "0", string.Empty, string.Empty }), Locale.EnUs);
            Assert.IsTrue(s.ToText().IndexOf("Reversal") < 0, "no reversal notice");
        }

        [TestMethod]
        public void Busy_screens_say_that_keys_do_nothing()
        {
            TransactionScreenView view = ScreenSamples.View();
            string[] busy = new string[] { ScreenIds.Processing, ScreenIds.Reversing, ScreenIds.SigningIn, ScreenIds.Settling, ScreenIds.Uploading };
            for (int i = 0; i < busy.Length; i++)
            {
                Screen s = ScreenSamples.Render(view, ScreenSamples.Model(busy[i]), Locale.ZhCn);
                Assert.AreEqual(Catalog.Get(Locale.ZhCn, TextKey.UiKeysBusy), s.RowText(Screen.KeyHintRow).Trim(), busy[i]);
            }
        }

        [TestMethod]
        public void Decline_55_offers_the_PIN_again()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Declined), Locale.ZhCn);
            string keys = s.RowText(Screen.KeyHintRow).Trim();
            Assert.IsTrue(keys == Catalog.Get(Locale.ZhCn, TextKey.UiKeysPinAgain) || keys == Catalog.Get(Locale.ZhCn, TextKey.UiKeysPinAgainPaged), keys);
        }

        [TestMethod]
        public void A_long_decline_pages_with_up_and_down()
        {
            // No response-code checklist needs a second page in either locale; the no-network one does in en-US.
            TransactionScreenView view = ScreenSamples.View();
            Screen s = new Screen();
            StatusSnapshot status = ScreenSamples.Status();
            ScreenModel m = ScreenSamples.Model(ScreenIds.Failed, new string[] { TxnLocalCodes.CodeNoConnection });
            int pages = view.Render(m, status, Locale.EnUs, s);
            Assert.IsTrue(pages > 1);
            string first = s.RowText(ChecklistScreen.FirstStepRow);
            Assert.StartsWith("1.", first.Trim());
            Assert.AreEqual(Catalog.Get(Locale.EnUs, TextKey.UiKeysChecklist), s.RowText(Screen.KeyHintRow).Trim());
            Assert.IsFalse(view.OnKey(Key.Up), "no page before the first");
            Assert.IsTrue(view.OnKey(Key.Down));
            view.Render(m, status, Locale.EnUs, s);
            Assert.AreEqual(1, view.Page);
            Assert.AreNotEqual(first, s.RowText(ChecklistScreen.FirstStepRow));
            Assert.Contains("2/" + pages.ToString(), s.RowText(ChecklistScreen.PageRow));
            for (int i = 1; i < pages; i++)
            {
                view.OnKey(Key.Down);
            }

            Assert.IsFalse(view.OnKey(Key.Down), "no page after the last");
            Assert.IsTrue(view.OnKey(Key.Up));
            view.Render(m, status, Locale.EnUs, s);
            Assert.AreEqual(pages - 2, view.Page);

            // A new screen starts on its first page again.
            m.Set(0, TxnLocalCodes.CodeNoConnection);
            view.Render(m, status, Locale.EnUs, s);
            Assert.AreEqual(0, view.Page);
            Assert.AreEqual(first, s.RowText(ChecklistScreen.FirstStepRow));
        }

        [TestMethod]
        public void Single_page_screens_ignore_up_and_down()
        {
            TransactionScreenView view = ScreenSamples.View();
            ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Approved), Locale.ZhCn);
            Assert.AreEqual(1, view.PageCount);
            Assert.IsFalse(view.OnKey(Key.Down));
            Assert.IsFalse(view.OnKey(Key.Up));
            Assert.IsFalse(view.OnKey(Key.Enter));
        }

        [TestMethod]
        public void An_unknown_id_shows_its_raw_id()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = ScreenSamples.Render(view, ScreenSamples.Model("NEW_SCREEN", new string[] { "x" }), Locale.EnUs);
            Assert.Contains("NEW_SCREEN", s.ToText());
            Assert.AreEqual(0, view.ClippedWrites);
        }

        [TestMethod]
        public void Status_row_alone_is_redrawn_from_the_snapshot()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = ScreenSamples.Render(view, ScreenSamples.Model(ScreenIds.Idle), Locale.ZhCn);
            string body = s.RowText(6);
            StatusSnapshot status = ScreenSamples.Status();
            status.Online = false;
            status.OfflineCount = 5;
            view.RenderStatus(status, Locale.ZhCn, s);
            Assert.AreEqual(" 离线  待传5                 76%  09:41", s.RowText(0));
            Assert.AreEqual(body, s.RowText(6));
        }

        private static void CheckRows(Screen s, string where)
        {
            for (int r = 0; r < Screen.Rows; r++)
            {
                Assert.IsTrue(TextLayout.Cells(s.RowText(r)) <= Screen.Columns, where + " row " + r.ToString());
            }
        }
    }
}
