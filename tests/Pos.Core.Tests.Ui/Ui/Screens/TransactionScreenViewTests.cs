using nanoFramework.TestFramework;
using Pos.Core.Localization;
using Pos.Core.Simulation;
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
                string id = ScreenSamples.AllIds[i];
                Assert.AreEqual(id, TransactionScreenView.IdAt(TransactionScreenView.IndexOf(id)), id);
            }

            Assert.AreEqual(ScreenSamples.AllIds.Length, TransactionScreenView.EntryCount);
            Assert.AreEqual(-1, TransactionScreenView.IndexOf("NO_SUCH_SCREEN"));

            // Ids are found whole, not as part of another (the ids are one list).
            Assert.AreEqual(-1, TransactionScreenView.IndexOf("SETTLE"));
            Assert.AreEqual(-1, TransactionScreenView.IndexOf("AILED"));
            Assert.AreEqual(-1, TransactionScreenView.IndexOf("RECORD"));
            Assert.AreEqual(-1, TransactionScreenView.IndexOf("IDLE,MENU"));
            Assert.AreEqual(-1, TransactionScreenView.IndexOf(""));
            Assert.AreEqual(-1, TransactionScreenView.IndexOf(null));
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
            LastStatus[] outcomes = new LastStatus[]
            {
                LastStatus.Approved, LastStatus.OfflineApproved, LastStatus.Declined, LastStatus.Reversed, LastStatus.NotCompleted,
                LastStatus.Reversing, LastStatus.Unknown, LastStatus.Settled, LastStatus.SettleUnconfirmed, (LastStatus)42,
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
                    bool settlement = outcomes[i] == LastStatus.Settled || outcomes[i] == LastStatus.SettleUnconfirmed;
                    ScreenModel m = ScreenSamples.Empty(ScreenIds.LastTransaction);
                    m.LastStatus = outcomes[i];
                    m.Flow = settlement ? TxnFlow.Settlement : TxnFlow.Purchase;
                    m.AmountFen = 1234;
                    m.Stan = 42;
                    m.Batch = 1;
                    m.UtcTime = ScreenSamples.SampleTime();
                    if (settlement)
                    {
                        m.SalesCount = 3;
                    }
                    else
                    {
                        m.MaskedPan = "6222021234567890"; // a full PAN is masked by the model itself
                        m.Rrn = "123456789012";
                        m.Code = "51";
                    }

                    Screen s = ScreenSamples.Render(view, m, Locales[l]);
                    string where = ((int)outcomes[i]).ToString() + " " + Locale.Tag(Locales[l]);
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

            ScreenModel approved = ScreenSamples.Empty(ScreenIds.LastTransaction);
            approved.LastStatus = LastStatus.Approved;
            approved.Flow = TxnFlow.Purchase;
            approved.AmountFen = 1234;
            Screen zh = ScreenSamples.Render(view, approved, Locale.ZhCn);
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
                        view.Render(ScreenSamples.Code(resultIds[r], ScreenCodeKeys.LocalCode(c)), status, Locales[l], s);
                        CheckRows(s, resultIds[r] + " " + ScreenCodeKeys.LocalCode(c));
                        Assert.AreEqual(0, view.ClippedWrites, resultIds[r] + " " + ScreenCodeKeys.LocalCode(c));
                    }
                }

                for (int k = 0; k < TextKey.CodeCount; k++)
                {
                    string code = Catalog.CodeOf(k);
                    ScreenModel m = ScreenSamples.Code(ScreenIds.Declined, code);
                    m.Class = ResponseClass.NoRetry;
                    m.Action = ResponseAction.ReEnterPin;
                    view.Render(m, status, Locales[l], s);
                    CheckRows(s, "declined " + code);
                    Assert.AreEqual(0, view.ClippedWrites, "declined " + code);
                }
            }
        }

        [TestMethod]
        public void Declines_end_with_the_line_for_the_cardholder_in_its_own_style()
        {
            string[] codes = new string[] { "05", "51", "68", "98" };
            for (int locale = 0; locale < Locale.Count; locale++)
            {
                for (int i = 0; i < codes.Length; i++)
                {
                    ScreenModel m = ScreenSamples.Code(ScreenIds.Declined, codes[i]);
                    string expected = TextFormat.Fill(Catalog.Get(locale, TextKey.UiSayLabel), Catalog.Say(locale, Catalog.KeyForCode(codes[i])));
                    Assert.AreEqual(NoSpaces(expected), SayLines(m, locale), codes[i] + " " + Locale.Tag(locale));
                }

                // A host timeout (LTO, reversal kept) tells the cardholder what happens to a debit.
                ScreenModel timeout = ScreenSamples.Code(ScreenIds.ReversalPending, TxnLocalCodes.CodeTimeout);
                timeout.ReversalReason = "98";
                string lto = TextFormat.Fill(Catalog.Get(locale, TextKey.UiSayLabel), Catalog.Say(locale, TextKey.LocalHostTimeout));
                Assert.AreEqual(NoSpaces(lto), SayLines(timeout, locale), "LTO " + Locale.Tag(locale));
            }
        }

        [TestMethod]
        public void A_pickup_code_declined_without_retention_says_the_card_cannot_be_used_and_goes_back()
        {
            TransactionScreenView view = ScreenSamples.View();
            ScreenModel m = ScreenSamples.Code(ScreenIds.Declined, "43");
            Screen zh = ScreenSamples.Render(view, m, Locale.ZhCn);
            Assert.AreEqual(" 43  此卡暂不能使用", zh.RowText(ChecklistScreen.TitleRow));
            Assert.AreEqual(" 1. 请将卡交还持卡人", zh.RowText(ChecklistScreen.FirstStepRow));
            Screen en = ScreenSamples.Render(view, m, Locale.EnUs);
            Assert.AreEqual(" 43  Card cannot be used now", en.RowText(ChecklistScreen.TitleRow));
            Assert.AreEqual(" 1. Return the card to the cardholder.", en.RowText(ChecklistScreen.FirstStepRow));
        }

        // The rows drawn in the cardholder style on any page, joined without spaces (a fresh view: page 1 first).
        private static string SayLines(ScreenModel m, int locale)
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen screen = new Screen();
            int pages = view.Render(m, ScreenSamples.Status(), locale, screen);
            string said = string.Empty;
            for (int page = 0; page < pages; page++)
            {
                if (page > 0)
                {
                    view.OnKey(Key.Down);
                    view.Render(m, ScreenSamples.Status(), locale, screen);
                }

                for (int row = ChecklistScreen.FirstStepRow; row < ChecklistScreen.PageRow; row++)
                {
                    if (screen.StyleAt(row, 1) == TextStyle.Say)
                    {
                        said += NoSpaces(screen.RowText(row));
                    }
                }
            }

            return said;
        }

        private static string NoSpaces(string text)
        {
            string result = string.Empty;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] != ' ')
                {
                    result += text[i].ToString();
                }
            }

            return result;
        }

        [TestMethod]
        public void Local_codes_open_their_own_checklist()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = ScreenSamples.Render(view, ScreenSamples.Code(ScreenIds.OfflineDeclined, "L04"), Locale.ZhCn);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.LocalOfflineQueueFull), s.RowText(ChecklistScreen.TitleRow));
            ScreenModel pending = ScreenSamples.Code(ScreenIds.ReversalPending, TxnLocalCodes.CodeMacError);
            pending.ReversalReason = "A0";
            s = ScreenSamples.Render(view, pending, Locale.EnUs);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.LocalMacError), s.RowText(ChecklistScreen.TitleRow));
            // M19: the banner names no raw reason code ("A0" would read as a response code to the cashier). No payment on
            // this sample: the banner follows who acts, and nothing touches the status bar.
            Assert.AreEqual(Catalog.Get(Locale.EnUs, TextKey.UiReversalKept), s.RowText(ChecklistScreen.WhoRow + 1).Trim());
            Assert.AreEqual(string.Empty, s.RowText(1).Trim(), "nothing touches the status bar");
            s = ScreenSamples.Render(view, ScreenSamples.Code(ScreenIds.Failed, "Q7"), Locale.EnUs);
            Assert.Contains("Q7", s.RowText(ChecklistScreen.TitleRow));
        }

        [TestMethod]
        public void Every_result_that_did_not_go_through_shows_the_amount_and_masked_card_and_a_code_badge()
        {
            TransactionScreenView view = ScreenSamples.View();
            string[] ids = new string[] { ScreenIds.Declined, ScreenIds.RetainCard, ScreenIds.Failed, ScreenIds.OfflineDeclined, ScreenIds.ReversalPending, ScreenIds.NoConnection };
            for (int i = 0; i < ids.Length; i++)
            {
                for (int locale = 0; locale < 2; locale++)
                {
                    ScreenModel m = ScreenSamples.Model(ids[i]);
                    Screen s = ScreenSamples.Render(view, m, locale);
                    string detail = s.RowText(ChecklistScreen.WhoRow + 1);
                    Assert.Contains(Money.Format(12345, locale), detail, ids[i]);
                    Assert.Contains(m.MaskedPan, detail, ids[i]);
                    Assert.AreEqual(string.Empty, s.RowText(1).Trim(), ids[i] + ": row 1 stays blank under the status bar");
                    string title = s.RowText(ChecklistScreen.TitleRow);
                    // A badge always carries text: the host code, or the local code (LTO, L02, LNC); ZZ is in the title.
                    Assert.IsFalse(title.StartsWith("   "), ids[i] + ": no empty badge");
                    if (m.Code.Length == 3)
                    {
                        Assert.IsTrue(title.StartsWith(" " + m.Code + " "), ids[i] + ": local code badge " + title);
                    }
                }
            }
        }

        [TestMethod]
        public void The_balance_says_whose_card_it_is()
        {
            ScreenModel m = ScreenSamples.Model(ScreenIds.Balance);
            Screen s = ScreenSamples.Render(ScreenSamples.View(), m, Locale.ZhCn);
            Assert.Contains(m.MaskedPan, s.ToText());
        }

        [TestMethod]
        public void No_connection_says_no_network_when_offline_and_connect_failed_when_online()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = new Screen();
            StatusSnapshot status = ScreenSamples.Status();
            ScreenModel m = ScreenSamples.Code(ScreenIds.NoConnection, TxnLocalCodes.CodeNoConnection);
            m.Online = true;
            view.Render(m, status, Locale.ZhCn, s);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.LocalConnectFailed), s.RowText(ChecklistScreen.TitleRow));
            m.Online = false;
            view.Render(m, status, Locale.ZhCn, s);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.LocalNoNetwork), s.RowText(ChecklistScreen.TitleRow));
        }

        [TestMethod]
        public void Pin_screen_draws_one_star_per_digit_and_never_a_digit()
        {
            TransactionScreenView view = ScreenSamples.View();
            // The model holds how many digits were typed, never a digit.
            ScreenModel m = ScreenSamples.Empty(ScreenIds.Pin);
            m.AmountFen = 12345;
            m.MaskedPan = ScreenSamples.MaskedPan;
            m.PinDigits = 4;
            Screen s = ScreenSamples.Render(view, m, Locale.ZhCn);
            Assert.AreEqual("****_", s.RowText(8).Trim());
            m.AmountFen = ScreenModel.NoAmount;
            s = ScreenSamples.Render(view, m, Locale.EnUs);
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
            ScreenModel m = Approved();
            m.MaskedPan = "6222021234567890123"; // the model masks what it is given
            Assert.AreEqual("622202*********0123", m.MaskedPan);
            Screen s = ScreenSamples.Render(view, m, Locale.EnUs);
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
            ScreenModel m = Approved();
            m.Flow = TxnFlow.Void;
            m.Rrn = "000000004711";
            m.UtcTime = ScreenSamples.SampleTime();
            m.Entry = EntryMode.Chip;
            Screen s = ScreenSamples.Render(view, m, Locale.EnUs);
            string text = s.ToText();
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiApprovedVoid), s.RowText(2));
            Assert.Contains("000000004711", text);
            Assert.Contains("2026-11-22 09:41", text); // 01:41 UTC shown at UTC+8
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiLabelRrn), text);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiLabelEntry), text);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiCardChip), text);
            Assert.AreEqual(0, view.ClippedWrites);

            m.Flow = TxnFlow.Refund;
            m.Entry = EntryMode.Contactless;
            s = ScreenSamples.Render(view, m, Locale.ZhCn);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiApprovedRefund), s.RowText(2));
            Assert.Contains("000000004711", s.ToText());
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiCardTap), s.ToText());
            Assert.AreEqual(0, view.ClippedWrites);

            m.Flow = TxnFlow.Purchase;
            s = ScreenSamples.Render(view, m, Locale.ZhCn);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiApprovedPurchase), s.RowText(2));
        }

        [TestMethod]
        public void Approved_screen_without_the_new_lines_keeps_the_plain_badge_and_leaves_their_rows_out()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = ScreenSamples.Render(view, Approved(), Locale.EnUs);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiApproved), s.RowText(2));
            string text = s.ToText();
            Assert.IsTrue(text.IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiLabelRrn)) < 0, "no RRN row");
            Assert.IsTrue(text.IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiLabelTime)) < 0, "no time row");

            // A clock that was never set (before 2020) shows no time rather than a wrong one (an unreadable stamp sets none).
            ScreenModel m = Approved();
            m.Flow = TxnFlow.Purchase;
            m.UtcTime = new System.DateTime(2000, 1, 1);
            s = ScreenSamples.Render(view, m, Locale.EnUs);
            Assert.IsTrue(s.ToText().IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiLabelTime)) < 0, "unset clock");
        }

        [TestMethod]
        public void Settled_screen_shows_the_totals_and_both_batches()
        {
            TransactionScreenView view = ScreenSamples.View();
            ScreenModel m = ScreenSamples.Balanced();
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

            m.Uploaded = true;
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
            Screen s = ScreenSamples.Render(view, PresentCard(CardModes.Chip | CardModes.Tap), Locale.EnUs);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiCardPromptOnly), s.RowText(7));
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiCardChip), s.RowText(9));
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiCardTap), s.RowText(9));
            Assert.IsTrue(s.RowText(9).IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiCardSwipe)) < 0, "swipe is not offered");

            s = ScreenSamples.Render(view, PresentCard(CardModes.All), Locale.ZhCn);
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiCardPrompt), s.RowText(7));
            Assert.Contains(Catalog.Get(Locale.ZhCn, TextKey.UiCardSwipe), s.RowText(9));

            // A model without modes offers all three: the prompt is never empty.
            s = ScreenSamples.Render(view, PresentCard(CardModes.None), Locale.EnUs);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiCardPrompt), s.RowText(7));
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiCardSwipe), s.RowText(9));
        }

        [TestMethod]
        public void Pin_screen_says_when_the_PIN_may_be_skipped()
        {
            TransactionScreenView view = ScreenSamples.View();
            ScreenModel m = ScreenSamples.Empty(ScreenIds.Pin);
            m.AmountFen = 500;
            m.MaskedPan = ScreenSamples.MaskedPan;
            m.PinOptional = true;
            Screen s = ScreenSamples.Render(view, m, Locale.EnUs);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiPinHint), s.ToText());
            m.PinOptional = false;
            s = ScreenSamples.Render(view, m, Locale.EnUs);
            Assert.IsTrue(s.ToText().IndexOf(Catalog.Get(Locale.EnUs, TextKey.UiPinHint)) < 0, "PIN required: no hint");
        }

        [TestMethod]
        public void No_connection_follows_the_link_state_the_machine_recorded()
        {
            TransactionScreenView view = ScreenSamples.View();
            Screen s = new Screen();
            StatusSnapshot status = ScreenSamples.Status(); // online now
            ScreenModel m = ScreenSamples.Code(ScreenIds.NoConnection, TxnLocalCodes.CodeNoConnection);
            m.Online = false;
            view.Render(m, status, Locale.EnUs, s);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.LocalNoNetwork), s.RowText(ChecklistScreen.TitleRow));
            status.Online = false;
            m.Online = true;
            view.Render(m, status, Locale.EnUs, s);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.LocalConnectFailed), s.RowText(ChecklistScreen.TitleRow));
        }

        [TestMethod]
        public void Amount_entry_shows_the_locale_amount_and_a_cursor()
        {
            TransactionScreenView view = ScreenSamples.View();
            ScreenModel m = ScreenSamples.Empty(ScreenIds.Amount);
            m.Flow = TxnFlow.Purchase;
            m.AmountFen = 123456789;
            Screen s = ScreenSamples.Render(view, m, Locale.ZhCn);
            Assert.EndsWith("¥1,234,567.89_", s.RowText(8));
            Assert.AreEqual(string.Empty, s.RowText(11));
            Assert.AreEqual(Catalog.Get(Locale.ZhCn, TextKey.UiAmountKeys), s.RowText(Screen.KeyHintRow).Trim());
            m.Flow = TxnFlow.Refund;
            m.AmountFen = 0;
            m.Error = EntryError.Limit;
            s = ScreenSamples.Render(view, m, Locale.EnUs);
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
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiIdleReversal), text);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiIdleNotSignedIn), text);
            ScreenModel m = ScreenSamples.Empty(ScreenIds.Idle);
            m.Online = true;
            m.Queued = 0;
            m.SignedIn = true;
            s = ScreenSamples.Render(view, m, Locale.EnUs);
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
            ScreenModel m = ScreenSamples.Code(ScreenIds.Failed, TxnLocalCodes.CodeNoConnection);
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
            m.Code = TxnLocalCodes.CodeNoConnection;
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
            Screen s = ScreenSamples.Render(view, ScreenSamples.Empty("NEW_SCREEN"), Locale.EnUs);
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

        [TestMethod]
        public void Layouts_draw_the_typed_values_as_they_are()
        {
            // An amount no "12.34" text round trip was needed for: fen straight to the locale's format.
            TransactionScreenView view = ScreenSamples.View();
            ScreenModel m = Approved();
            m.AmountFen = 100000000000;
            m.Stan = 7;
            Screen s = ScreenSamples.Render(view, m, Locale.EnUs);
            Assert.EndsWith("CNY 1,000,000,000.00", s.RowText(4).Trim());
            Assert.EndsWith("000007", s.RowText(9).Trim());
            Assert.AreEqual(0, view.ClippedWrites);

            ScreenModel upload = ScreenSamples.Empty(ScreenIds.Uploading);
            upload.UploadSent = 2;
            upload.UploadTotal = 4;
            s = ScreenSamples.Render(view, upload, Locale.EnUs);
            Assert.AreEqual(15, CountOf(s.RowText(10), '.'), "half of the 30-cell bar still to go");

            ScreenModel last = ScreenSamples.Empty(ScreenIds.LastTransaction);
            last.LastStatus = LastStatus.Settled;
            last.Flow = TxnFlow.Settlement;
            last.AmountFen = 350;
            last.Stan = 9;
            last.Batch = 1;
            last.SalesCount = 2;
            s = ScreenSamples.Render(view, last, Locale.EnUs);
            Assert.StartsWith(TextFormat.Fill(Catalog.Get(Locale.EnUs, TextKey.UiSettleSales), "2"), s.RowText(4).Trim());
            Assert.EndsWith("000001", s.RowText(7).Trim(), "a settlement shows its batch, not its STAN");
        }

        private static ScreenModel Approved()
        {
            ScreenModel m = ScreenSamples.Empty(ScreenIds.Approved);
            m.AmountFen = 100;
            m.MaskedPan = "622202******0123";
            m.AuthCode = "123456";
            m.Stan = 42;
            return m;
        }

        private static ScreenModel PresentCard(int modes)
        {
            ScreenModel m = ScreenSamples.Empty(ScreenIds.PresentCard);
            m.Flow = TxnFlow.Purchase;
            m.AmountFen = 500;
            m.AcceptedModes = modes;
            return m;
        }

        private static int CountOf(string text, char c)
        {
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == c)
                {
                    n++;
                }
            }

            return n;
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
