using Pos.Core.App;
using Pos.Core.Scenarios;
using Pos.Core.Transactions;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Transactions
{
    [TestClass]
    public class TransactionMachineTests
    {
        private const string Magstripe = "card magstripe 6222021234567890 3012 201";
        private const string PinCard = "card magstripe 6222021234567890 3012 220";

        private static int CountSent(ScenarioRunner r, string entry)
        {
            int n = 0;
            for (int i = 0; i < r.Host.Received.Count; i++)
            {
                if ((string)r.Host.Received[i] == entry)
                {
                    n++;
                }
            }

            return n;
        }

        [TestMethod]
        public void Purchase_approved_is_logged_and_leaves_no_reversal()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 2 3 ENTER\nexpect screen PRESENT_CARD PURCHASE 1.23\n" + Magstripe + "\nexpect state Authorising\nexpect reversal pending 98\n"
                + "expect sent 0200\nhost reply 00\nexpect screen APPROVED 1.23 622202******7890\nexpect reversal none");
            Assert.AreEqual(1, r.Terminal.Machine.Log.All().Length);
        }

        [TestMethod]
        public void Approved_screen_carries_the_kind_RRN_time_and_entry_and_the_view_shows_them()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 2 3 ENTER\nexpect screen PRESENT_CARD PURCHASE 1.23 * CTS\n" + Magstripe + "\nhost reply 00\n"
                + "expect screen APPROVED 1.23 622202******7890 * * PURCHASE * * SWIPE");
            ScreenModel m = r.Terminal.Screen;
            string rrn = m.Rrn;
            Assert.AreEqual(12, rrn.Length, "RRN of field 37");
            Assert.AreEqual(r.Terminal.Machine.Log.Find(m.Stan).Rrn, rrn);
            Assert.IsTrue(m.HasTime, "UTC time");
            Assert.AreEqual(r.Clock.UtcNow.Year, m.UtcTime.Year);
            Assert.AreEqual((int)TxnFlow.Purchase, (int)m.Flow);
            Assert.AreEqual((int)EntryMode.Magstripe, (int)m.Entry);
            Assert.AreEqual(15, m.Line(6).Length, "the text form's UTC time");

            Pos.Core.Ui.Screens.TransactionScreenView view = new Pos.Core.Ui.Screens.TransactionScreenView();
            Pos.Core.Ui.Screen screen = new Pos.Core.Ui.Screen();
            Pos.Core.Ui.Screens.StatusSnapshot status = new Pos.Core.Ui.Screens.StatusSnapshot();
            status.UtcNow = r.Clock.UtcNow;
            view.Render(m, status, Pos.Core.Localization.Locale.EnUs, screen);
            string text = screen.ToText();
            Assert.Contains(rrn, text);
            Assert.Contains(Pos.Core.Localization.Catalog.Get(Pos.Core.Localization.Locale.EnUs, Pos.Core.Localization.TextKey.UiApprovedPurchase), text);
            Assert.AreEqual(0, view.ClippedWrites);
        }

        [TestMethod]
        public void Pin_screen_says_so_when_the_PIN_is_optional()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 5 0 0 ENTER\ncard magstripe 6222021234567890 3012 206\nexpect screen PIN 5.00 622202******7890 * * OPTIONAL\n"
                + "key CANCEL\nkey 5 0 0 ENTER\n" + PinCard + "\nexpect screen PIN\n");
            Assert.IsFalse(r.Terminal.Screen.PinOptional, "required PIN: no hint");
            Assert.AreEqual(string.Empty, r.Terminal.Screen.Line(4));
        }

        [TestMethod]
        public void Purchase_with_pin_sends_a_pin_block()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 5 0 0 ENTER\n" + PinCard + "\nexpect screen PIN 5.00 622202******7890\nkey 1 2 3\nexpect screen PIN * * ***\n"
                + "key ENTER\nexpect state PinEntry\nkey 4 ENTER\nexpect state Authorising\nhost reply 00\nexpect screen APPROVED");
        }

        [TestMethod]
        public void Declined_51_leaves_no_reversal()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost reply 51\nexpect screen DECLINED 51 NoRetry UseAnotherCard\nexpect reversal none");
            Assert.AreEqual(0, r.Terminal.Machine.Log.All().Length);
        }

        [TestMethod]
        public void Unknown_code_shows_transaction_failed_with_the_raw_code()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost reply Q7\nexpect screen FAILED Q7\nexpect reversal none");
        }

        [TestMethod]
        public void Retain_card_is_off_by_default_and_configurable()
        {
            // Off by default: a pick-up code declines and the card goes back ("use another card").
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost reply 41\nexpect screen DECLINED 41 OperatorAction UseAnotherCard");

            TerminalOptions options = new TerminalOptions("12345678", "123456789012345");
            options.Transactions.RetainCardPrompt = true;
            ScenarioRunner on = new ScenarioRunner(options);
            Rig.Run(on, "wait online\nadvance 1s\nexpect screen SIGNED_IN\nkey CANCEL\nexpect screen IDLE");
            Rig.Run(on, "key 1 0 0 ENTER\n" + Magstripe + "\nhost reply 41\nexpect screen RETAIN_CARD 41");
        }

        [TestMethod]
        public void Response_timeout_keeps_reversal_98_which_goes_out_on_its_own_once_the_terminal_is_idle()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 2 0 0 ENTER\n" + Magstripe + "\nexpect reversal pending 98\nhost fault timeout\nexpect screen REVERSAL_PENDING 98\n"
                + "expect reversal pending 98\nkey CANCEL\nexpect state Reversing\nexpect sent 0400:98\nhost reply 00\nexpect reversal none\n"
                + "expect screen IDLE ONLINE 0\nkey 3\nexpect screen AMOUNT PURCHASE 0.03\n"
                + "key ENTER\n" + Magstripe + "\nexpect sent 0200\nhost reply 00\nexpect screen APPROVED");
        }

        [TestMethod]
        public void A_pending_reversal_leaves_when_the_result_screen_times_out_with_nobody_at_the_terminal()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 2 0 0 ENTER\n" + Magstripe + "\nhost fault timeout\nexpect screen REVERSAL_PENDING 98");
            int sent = r.Host.Received.Count;
            long resultAt = r.Clock.UptimeMs;
            Rig.Run(r, "advance 9999ms\nexpect state Result");
            Assert.AreEqual(sent, r.Host.Received.Count, "nothing while the result is on screen");
            Rig.Run(r, "advance 1ms\nexpect state Reversing\nexpect sent 0400:98\nhost reply 00\nexpect reversal none\nexpect screen IDLE");
            OutputHelper.WriteLine("reversal out " + (r.Clock.UptimeMs - resultAt).ToString() + " ms after the result screen (its display time)");
        }

        [TestMethod]
        public void A_sale_started_while_the_idle_reversal_waits_its_backoff_sends_it_first()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 2 0 0 ENTER\n" + Magstripe + "\nhost fault timeout\nkey CANCEL\nexpect sent 0400:98\nhost fault timeout\n"
                + "expect state Idle\nexpect reversal pending 98\nexpect screen IDLE ONLINE 0 REVERSAL:98\n"
                + "key 3\nexpect state Reversing\nexpect sent 0400:98\nhost reply 00\nexpect reversal none\nexpect screen AMOUNT PURCHASE 0.03");
            Assert.AreEqual(2, CountSent(r, "0400:98"));
        }

        [TestMethod]
        public void Idle_reversal_attempts_back_off_doubling_to_the_cap_and_go_on_past_the_count_which_blocks_new_sales()
        {
            Pos.Core.App.TerminalOptions options = new Pos.Core.App.TerminalOptions("12345678", "123456789012345");
            options.Transactions.ReversalRetryCount = 5;
            options.Transactions.ReversalRetryMaxMs = 15000;
            ScenarioRunner r = new ScenarioRunner(options);
            Rig.Run(r, "wait online\nadvance 1s\nkey CANCEL\nkey 2 0 0 ENTER\n" + Magstripe + "\nhost fault timeout\nkey CANCEL\n"
                + "expect sent 0400:98\nhost fault timeout\nexpect state Idle");
            long[] gaps = new long[] { 5000, 10000, 15000, 15000 };
            for (int i = 0; i < gaps.Length; i++)
            {
                int sent = CountSent(r, "0400:98");
                Rig.Run(r, "advance " + (gaps[i] - 1).ToString() + "ms\nexpect state Idle");
                Assert.AreEqual(sent, CountSent(r, "0400:98"), "attempt " + (i + 2).ToString() + " not before its backoff");
                Rig.Run(r, "advance 1ms\nexpect state Reversing\nexpect sent 0400:98\nhost fault timeout");
                Assert.AreEqual(i + 2, r.Terminal.Journal.State.Reversal.Attempts);
            }

            // Past the count the customer is still charged: it goes on at the longest backoff, and new sales wait for it.
            Rig.Run(r, "expect state Idle\nexpect screen IDLE ONLINE 0 REVERSAL:98\nadvance 14999ms\nexpect state Idle");
            Assert.AreEqual(5, CountSent(r, "0400:98"));
            Rig.Run(r, "advance 1ms\nexpect state Reversing\nhost fault timeout\nexpect state Idle\nexpect reversal pending 98");
            Assert.AreEqual(6, CountSent(r, "0400:98"), "the sixth at the cap");
            Rig.Run(r, "key 1\nexpect screen REVERSAL_BLOCKED 98 6\nkey ENTER\nexpect sent 0400:98\nhost reply 00\nexpect reversal none");
        }

        [TestMethod]
        public void The_idle_reversal_waits_while_offline_and_goes_at_once_when_the_link_is_back()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 2 0 0 ENTER\n" + Magstripe + "\nhost fault timeout\nlink down\nexpect offline\nkey CANCEL\nexpect state Idle\nadvance 5m\nexpect state Idle\n"
                + "expect reversal pending 98");
            Assert.AreEqual(0, CountSent(r, "0400:98"), "nothing while offline");
            Rig.Run(r, "link up\nwait online\nexpect state Reversing\nexpect sent 0400:98\nhost reply 00\nexpect reversal none\nexpect screen IDLE");
        }

        [TestMethod]
        public void The_idle_reversal_waits_until_the_link_monitor_has_confirmed_the_host()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "host latency 2500ms\nkey 2 0 0 ENTER\n" + Magstripe + "\nhost fault timeout\nadvance 2500ms\nexpect screen REVERSAL_PENDING 98\n"
                + "key CANCEL\nexpect state Idle");
            Assert.AreEqual((int)Pos.Core.Link.LinkState.Suspect, (int)r.Terminal.Link.State, "the failed exchange is being checked (slow probe)");
            Assert.AreEqual(0, CountSent(r, "0400:98"), "no attempt spent while the host is suspect");
            Rig.Run(r, "advance 3s\nexpect state Reversing\nexpect sent 0400:98\nhost reply 00\nadvance 2500ms\nexpect reversal none\nexpect screen IDLE");
        }

        [TestMethod]
        public void Watchdog_turns_a_silent_exchange_into_a_timeout()
        {
            ScenarioRunner r = Rig.Booted();
            // connect 8 s + response 60 s + margin 5 s
            Rig.Run(r, "key 2 0 0 ENTER\n" + Magstripe + "\nhost hold\nadvance 72s\nexpect state Authorising\nkey CANCEL\nexpect state Authorising\n"
                + "advance 1s\nexpect screen REVERSAL_PENDING 98 LTO");
        }

        [TestMethod]
        public void Bad_mac_on_an_approval_rewrites_the_reversal_to_A0()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost reply 00 badmac\nexpect screen REVERSAL_PENDING A0\nexpect reversal pending A0");
            Assert.AreEqual(0, r.Terminal.Machine.Log.All().Length);
        }

        [TestMethod]
        public void Local_failure_after_approval_rewrites_the_reversal_to_96()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nstorage fail next\nhost reply 00\nexpect screen REVERSAL_PENDING 96\nexpect reversal pending 96\n"
                + "key CANCEL\nkey 1\nexpect sent 0400:96\nhost reply 25\nexpect reversal none");
        }

        [TestMethod]
        public void Reversal_retries_exhausted_stay_pending_and_block_until_resolved()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost fault timeout\nkey CANCEL\nkey 1\n"
                + "host fault timeout\nhost fault timeout\nhost fault timeout\nexpect screen REVERSAL_BLOCKED 98 3\nexpect reversal pending 98\n"
                + "key CANCEL\nexpect screen IDLE\nkey 1\nexpect screen REVERSAL_BLOCKED\n"
                + "key ENTER\nexpect state Reversing\nhost reply 12\nexpect reversal none\nexpect screen IDLE\nkey 1\nexpect screen AMOUNT");
        }

        [TestMethod]
        public void The_function_menu_has_no_way_to_clear_a_reversal()
        {
            // A cashier reaches the function menu without any PIN: 9 is refused there, the reversal stays.
            ScenarioRunner r = Rig.Booted();
            int audits = r.Terminal.Audit.Count; // the factory's storage confirmation
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost fault timeout\nkey CANCEL\n"
                + "host fault timeout\nhost fault timeout\nkey 1\nhost fault timeout\nexpect screen REVERSAL_BLOCKED\nkey FUNC 9\nexpect screen MENU\n"
                + "key ENTER\nexpect screen MENU\nkey CANCEL\nexpect reversal pending 98\nexpect screen IDLE ONLINE 0 REVERSAL:98");
            Assert.AreEqual(audits + 1, r.Terminal.Audit.Count, "nothing cleared, only the reversal's first sending audited");
            Assert.EndsWith(" reversal sent 98", Pos.Core.Simulation.AuditTexts.Newest(r.Terminal.Audit));
        }

        [TestMethod]
        public void Cancel_before_send_returns_to_idle_with_nothing_journaled()
        {
            ScenarioRunner r = Rig.Booted();
            int stan = r.Terminal.Journal.State.CurrentStan;
            int mutations = r.Storage.MutationCount;
            Rig.Run(r, "key 1 CANCEL\nexpect screen IDLE\nkey 1 ENTER CANCEL\nexpect screen IDLE\nkey 1 ENTER\n" + PinCard + "\nkey 1 2\nkey CANCEL\nexpect screen IDLE\n"
                + "key FUNC CANCEL\nexpect screen IDLE\nkey FUNC 1 CANCEL\nexpect screen IDLE\nkey FUNC 2 CANCEL\nkey FUNC 3 CANCEL\nexpect screen IDLE");
            Assert.AreEqual(stan, r.Terminal.Journal.State.CurrentStan);
            Assert.AreEqual(mutations, r.Storage.MutationCount);
            Assert.IsFalse(r.Reader.Reading);
        }

        [TestMethod]
        public void Forced_sign_in_by_77_99_A0_and_header_3()
        {
            string[] replies = new string[] { "77", "99", "A0", "00 signin" };
            for (int i = 0; i < replies.Length; i++)
            {
                ScenarioRunner r = Rig.Booted();
                int sent = r.Host.Received.Count;
                Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost reply " + replies[i] + "\nexpect state Result\nkey CANCEL\nexpect sent 0800\nexpect screen SIGNED_IN");
                Assert.AreEqual(sent + 2, r.Host.Received.Count, "the purchase is not retried automatically");
            }
        }

        [TestMethod]
        public void Sign_in_adopts_the_hosts_batch_number()
        {
            ScenarioRunner r = Rig.Booted();
            r.Host.SignInBatch = 42;
            Rig.Run(r, "key FUNC 5\nexpect screen SIGNED_IN 000042\nexpect batch 42");
            int stans = r.Terminal.Journal.State.StansUsedInBatch;
            Assert.AreEqual(0, stans, "a new batch starts with the adopted number");
        }

        [TestMethod]
        public void Sign_in_sets_the_clock_from_the_hosts_local_time_fields()
        {
            // The simulated host shares the terminal's clock and sends Beijing time in fields 12/13: read as local
            // time, the clock must stay where it was (read as UTC it would jump 8 hours ahead).
            ScenarioRunner r = Rig.Booted();
            r.Clock.SetUtc(new System.DateTime(2026, 12, 31, 15, 59, 50));
            Rig.Run(r, "key FUNC 5\nexpect screen SIGNED_IN");
            long drift = r.Clock.UtcNow.Ticks - new System.DateTime(2026, 12, 31, 15, 59, 50).Ticks;
            Assert.IsTrue(drift >= 0 && drift < System.TimeSpan.TicksPerMinute, "clock moved by " + drift.ToString() + " ticks");
        }

        [TestMethod]
        public void Daily_sign_in_when_the_date_changes()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "advance 1440m\nkey 1 CANCEL\nexpect sent 0800\nexpect screen SIGNED_IN");
        }

        [TestMethod]
        public void Offline_purchase_accepted_when_policy_allows_and_declined_otherwise()
        {
            Pos.Core.App.TerminalOptions options = new Pos.Core.App.TerminalOptions("12345678", "123456789012345");
            options.OfflinePolicy.Enabled = true;
            ScenarioRunner r = new ScenarioRunner(options);
            Rig.Run(r, "wait online\nadvance 1s\nkey CANCEL\nlink down\nexpect offline\nkey 5 0 0 ENTER\nexpect screen PRESENT_CARD PURCHASE 5.00 * CT\n"
                + "card contactless 6222021234567890\nexpect screen OFFLINE_APPROVED 5.00 * * * TAP\nexpect offline count 1\nkey CANCEL\n"
                + "key 5 0 0 ENTER\n" + Magstripe + "\nexpect screen PRESENT_CARD PURCHASE 5.00 L05 CT\nexpect offline count 1");

            // The reader was told the modes the prompt offers: swipes refused, the swipe reported and explained (L05).
            Assert.IsFalse(r.Reader.AcceptsMagstripe);
            Assert.IsTrue(r.Reader.AcceptsChip);
            Assert.IsTrue(r.Reader.AcceptsContactless);

            ScenarioRunner off = Rig.Booted();
            Rig.Run(off, "link down\nkey 5 0 0 ENTER\nexpect screen PRESENT_CARD PURCHASE 5.00 * CTS\ncard contactless 6222021234567890\nexpect screen OFFLINE_DECLINED L01");
        }

        [TestMethod]
        public void The_card_prompt_follows_the_link_with_the_modes_it_accepts()
        {
            Pos.Core.App.TerminalOptions options = new Pos.Core.App.TerminalOptions("12345678", "123456789012345");
            options.OfflinePolicy.Enabled = true;
            ScenarioRunner r = new ScenarioRunner(options);
            Rig.Run(r, "wait online\nadvance 1s\nkey CANCEL\nkey 5 0 0 ENTER\nexpect screen PRESENT_CARD PURCHASE 5.00 * CTS\n"
                + "link down\nexpect offline\nexpect screen PRESENT_CARD PURCHASE 5.00 * CT\n"
                + "link up\nwait online\nexpect screen PRESENT_CARD PURCHASE 5.00 * CTS");
        }

        [TestMethod]
        public void Settlement_balanced_opens_the_next_batch()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost reply 00\nkey CANCEL\nkey 2 5 0 ENTER\n" + Magstripe + "\nhost reply 00\nkey CANCEL\n"
                + "key FUNC 4\nexpect sent 0500\nexpect screen SETTLED BALANCED 000002 000001 2 3.50 0 0.00\nexpect batch 2");
            Assert.AreEqual(0, r.Terminal.Machine.Log.All().Length);
        }

        [TestMethod]
        public void Settlement_unbalanced_uploads_the_batch()
        {
            ScenarioRunner r = Rig.Booted();
            string script = "host settle unbalanced\n";
            for (int i = 0; i < 9; i++)
            {
                script = script + "key 1 0 " + i.ToString() + " ENTER\n" + Magstripe + "\nhost reply 00\nkey CANCEL\n"; // 1.00..1.08: no duplicates
            }

            Rig.Run(r, script + "key FUNC 4\nexpect screen SETTLED UPLOADED 000002\nexpect sent 0320:202");
            Assert.AreEqual(9, r.Host.UploadedRecords);
        }

        [TestMethod]
        public void Void_finds_the_original_by_stan()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost reply 00\n");
            string stan = r.Terminal.Screen.Stan.ToString();
            Rig.Run(r, "key CANCEL\nkey FUNC 1 9 9 ENTER\nexpect screen ORIGINAL_STAN VOID 99 NOT_FOUND\nkey CLEAR CLEAR " + stan + " ENTER\n"
                + "expect screen VOID_CONFIRM 1.00\nkey ENTER\nexpect sent 0200\nexpect reversal pending 98\nhost reply 00\nexpect screen APPROVED 1.00 * * * VOID * * SWIPE\nexpect reversal none\n"
                + "key CANCEL\nkey FUNC 1 " + stan + " ENTER\nexpect screen ORIGINAL_STAN VOID * VOIDED");
        }

        [TestMethod]
        public void Refund_and_balance()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost reply 00\n");
            string stan = r.Terminal.Screen.Stan.ToString();
            Rig.Run(r, "key CANCEL\nkey FUNC 2 " + stan + " ENTER\nexpect screen AMOUNT REFUND\nkey 2 0 0 ENTER\nexpect screen AMOUNT\nkey CLEAR CLEAR 5 ENTER\n"
                + Magstripe + "\nexpect sent 0220\nexpect reversal pending RF\nhost reply 00\nexpect screen APPROVED 0.25 * * * REFUND\nexpect reversal none\nkey CANCEL\n"
                + "key FUNC 3\n" + Magstripe + "\nexpect screen PIN\nkey 1 2 3 4 ENTER\nhost reply 00\nexpect screen BALANCE 1234.56");
        }

        [TestMethod]
        public void Power_cut_after_the_reversal_was_persisted_sends_it_on_its_own_after_reboot_while_the_last_sale_shows()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 1 0 0 ENTER\n" + Magstripe + "\nhost hold\nexpect reversal pending 98\npower cut\nwait online\nexpect reversal pending 98\n"
                + "expect state Reversing\nkey 7\nkey ENTER\nexpect state Reversing\nexpect sent 0400:98\nhost reply 00\nexpect reversal none\n"
                + "expect screen LAST_TXN REVERSED PURCHASE 1.00\nkey 7\nexpect screen LAST_TXN\nkey ENTER\nexpect screen IDLE\nkey 7\nexpect screen AMOUNT PURCHASE 0.07");
        }

        [TestMethod]
        public void Every_key_in_every_state_has_a_defined_row()
        {
            for (int s = 0; s < (int)TxnState.Count; s++)
            {
                for (int k = 0; k < TransactionTable.Keys.Length; k++)
                {
                    bool unguarded = false;
                    for (int i = 0; i < TransactionTable.RowCount; i++)
                    {
                        TxnTransition t = TransactionTable.Row(i);
                        if ((int)t.From == s && t.Trigger == TransactionTable.Keys[k] && t.Guard == TxnGuard.Always && t.Guard2 == TxnGuard.Always)
                        {
                            unguarded = true;
                        }
                    }

                    Assert.IsTrue(unguarded, TransactionTable.NameOf((TxnState)s) + " x " + TransactionTable.NameOf(TransactionTable.Keys[k]));
                }
            }
        }

        [TestMethod]
        public void Every_key_pressed_in_every_reachable_state_is_handled_without_exception()
        {
            // Drive the machine into each interactive state, press every key, and check it stays on a defined screen.
            string[] setups = new string[]
            {
                string.Empty, "key FUNC", "key 1", "key FUNC 1", "key 1 ENTER", "key 1 ENTER\n" + PinCard,
                "key 1 ENTER\n" + Magstripe, "key 1 ENTER\n" + Magstripe + "\nhost reply 51", "limits sale 100\nkey 5 0 0 ENTER",
            };
            string[] keys = new string[] { "0", "5", "9", "CLEAR", "ENTER", "CANCEL", "FUNC", "UP", "DOWN" };
            for (int s = 0; s < setups.Length; s++)
            {
                for (int k = 0; k < keys.Length; k++)
                {
                    ScenarioRunner r = Rig.Booted();
                    Rig.Run(r, setups[s]);
                    int unhandled = r.Terminal.Machine.Unhandled;
                    Rig.Run(r, "key " + keys[k]);
                    Assert.AreEqual(unhandled, r.Terminal.Machine.Unhandled, setups[s] + " / " + keys[k]);
                    Assert.IsTrue(r.Terminal.Screen.Id.Length > 0);
                }
            }
        }
    }
}
