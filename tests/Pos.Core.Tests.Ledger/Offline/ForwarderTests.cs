using Pos.Core.Events;
using Pos.Core.Offline;
using Pos.Core.Protocol.Messages;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Offline
{
    [TestClass]
    public class ForwarderTests
    {
        [TestMethod]
        public void The_advices_wait_for_the_pending_reversal_then_go_in_enqueue_order()
        {
            OfflineRig rig = new OfflineRig();
            QueueItem a = rig.Enqueue(1000);
            QueueItem b = rig.Enqueue(2000);
            rig.SetReversal(a.Stan + 10, "98");
            QueueItem c = rig.Enqueue(3000);
            rig.Host.Script(new string[] { "00", "00", "00" });
            rig.Forwarder.Start(true);
            rig.RunFor(2000);

            // The reversal belongs to the transaction machine: the forwarder neither sends nor touches it, and waits.
            Assert.AreEqual(0, rig.Host.RequestCount);
            Assert.IsNotNull(rig.Journal.State.Reversal);
            Assert.AreEqual(0, rig.Journal.State.Reversal.Attempts);
            Assert.AreEqual("98", rig.Journal.State.Reversal.Reason);
            Assert.IsTrue(rig.Forwarder.ReversalWaits >= 1);
            Assert.IsTrue(rig.Forwarder.IsDraining);
            Assert.AreEqual(0, rig.Outcomes.Count);

            rig.Journal.ClearReversal(); // what the owner does when the host answered 00/12/25
            rig.RunFor(1000);

            Assert.AreEqual(3, rig.Host.RequestCount);
            Assert.AreEqual(a.Stan, rig.StanOf(0));
            Assert.AreEqual(b.Stan, rig.StanOf(1));
            Assert.AreEqual(c.Stan, rig.StanOf(2));
            for (int k = 0; k < 3; k++)
            {
                Assert.AreEqual(220, rig.Host.RequestAt(k).Mti);
                Assert.AreEqual("30", Field60.Read(rig.Host.RequestAt(k)).MessageType);
                Assert.AreEqual("OFF001", rig.Host.RequestAt(k).GetString(38));
            }

            Assert.AreEqual("000000002000", rig.Host.RequestAt(1).GetString(4));
            Assert.AreEqual(0, rig.Host.BadRequestMacs);
            Assert.AreEqual(a.Stan.ToString() + " Delivered 00", (string)rig.Outcomes[0]);
            Assert.AreEqual(c.Stan.ToString() + " Delivered 00", (string)rig.Outcomes[2]);
            Assert.AreEqual(0, rig.Queue.PendingCount);
            Assert.AreEqual(0L, rig.Queue.PendingTotalFen);
            Assert.AreEqual("ForwardingDone(0)", rig.LastSignal);
        }

        [TestMethod]
        public void A_94_duplicate_with_a_valid_MAC_and_matching_fields_counts_as_delivered()
        {
            OfflineRig rig = new OfflineRig();
            QueueItem a = rig.Enqueue(1000);
            rig.Host.Script(new string[] { "94" });
            rig.Forwarder.Start(true);
            rig.Run();

            Assert.AreEqual(a.Stan.ToString() + " Duplicate 94", (string)rig.Outcomes[0]);
            Assert.AreEqual(QueueItemState.Delivered, a.State);
            Assert.AreEqual(0, rig.Queue.FlaggedCount);
            Assert.AreEqual("ForwardingDone(0)", rig.LastSignal);
        }

        [TestMethod]
        public void A_94_without_a_valid_MAC_is_flagged_for_review_not_delivered()
        {
            OfflineRig rig = new OfflineRig();
            QueueItem a = rig.Enqueue(1000);
            QueueItem b = rig.Enqueue(2000);
            rig.Host.DuplicateWithoutMac = true;
            rig.Host.Script(new string[] { "94", "00" });
            rig.Forwarder.Start(true);
            rig.Run();

            Assert.AreEqual(QueueItemState.Exhausted, a.State);
            Assert.AreEqual((int)AdviceFlagReason.DuplicateUnverified, a.FlagReason);
            Assert.AreEqual("94", a.FlagCode);
            Assert.AreEqual(a.Stan.ToString() + " DuplicateUnverified 94", (string)rig.Outcomes[0]);
            Assert.AreEqual(QueueItemState.Delivered, b.State, "the drain goes on behind it");
            Assert.AreEqual(1, rig.Queue.FlaggedCount);
            Assert.AreEqual(1, rig.Queue.PolicyCount, "still the merchant's risk until a person acknowledges it");
            Assert.AreEqual(1000L, rig.Queue.PolicyTotalFen);

            // A wrong MAC is an answer that cannot be believed either way: counted and sent again after the backoff,
            // and a believable 94 then delivers it. The flag of the first and its reason survive a reboot.
            QueueItem c = rig.Enqueue(3000);
            rig.Host.DuplicateWithoutMac = false;
            rig.Host.BadReplyMac = true;
            rig.Host.Script(new string[] { "94" });
            rig.Forwarder.Drain();
            rig.Run();
            Assert.AreEqual(QueueItemState.Pending, c.State);
            Assert.AreEqual(1, c.Attempts, "a definite answer: counted");
            rig.Host.BadReplyMac = false;
            rig.Host.Script(new string[] { "94" });
            rig.RunFor(60000);
            Assert.AreEqual(QueueItemState.Delivered, c.State);
            rig.Reboot();
            QueueItem back = rig.Journal.State.FindItem(OfflineRig.Tid, a.Batch, a.Stan);
            Assert.AreEqual((int)AdviceFlagReason.DuplicateUnverified, back.FlagReason);
            Assert.AreEqual("94", back.FlagCode);
            Assert.AreEqual(1, rig.Queue.FlaggedCount);
        }

        [TestMethod]
        public void A_94_naming_another_STAN_is_no_answer_and_the_advice_goes_again()
        {
            OfflineRig rig = new OfflineRig();
            QueueItem a = rig.Enqueue(1000);
            rig.Host.WrongStan = true;
            rig.Host.Script(new string[] { "94" });
            rig.Forwarder.Start(true);
            rig.Run();
            Assert.AreEqual(QueueItemState.Pending, a.State);
            Assert.AreEqual(0, a.Attempts, "not an answer to this advice: not counted");
            rig.Host.WrongStan = false;
            rig.Host.Script(new string[] { "00" });
            rig.RunFor(60000);
            Assert.AreEqual(QueueItemState.Delivered, a.State);
            Assert.AreEqual(0, rig.Queue.FlaggedCount);
        }

        [TestMethod]
        public void A_94_for_another_sale_under_the_same_id_is_flagged_and_never_taken_as_delivered()
        {
            // The reviewer's case: the host already booked a different sale under this TID + batch + STAN (a STAN
            // that went back), so its 94 names another amount. The advice is flagged, never silently dropped.
            OfflineRig rig = new OfflineRig();
            QueueItem a = rig.Enqueue(1000);
            rig.Host.Book(OfflineRig.Tid + "/" + Pos.Core.Protocol.Numeric.Format(a.Batch, 6) + "/" + Pos.Core.Protocol.Numeric.Format(a.Stan, 6), 777);
            rig.Host.Script(new string[] { "00" });
            rig.Forwarder.Start(true);
            rig.Run();

            Assert.AreEqual(1, rig.Host.RequestCount);
            Assert.AreEqual(QueueItemState.Exhausted, a.State);
            Assert.AreEqual((int)AdviceFlagReason.DuplicateMismatch, a.FlagReason);
            Assert.AreEqual(a.Stan.ToString() + " DuplicateUnverified 94", (string)rig.Outcomes[0]);
            Assert.AreEqual(1, rig.Queue.FlaggedCount);
            Assert.AreEqual("ForwardingDone(1)", rig.LastSignal);
        }

        [TestMethod]
        public void Transport_failures_retry_with_exponential_backoff_at_exact_times()
        {
            ForwarderSettings settings = new ForwarderSettings();
            settings.RetryInitialMs = 1000;
            settings.BackoffFactor = 3;
            settings.RetryMaxMs = 20000;
            OfflineRig rig = new OfflineRig(settings);
            QueueItem a = rig.Enqueue(1000);
            rig.Host.Script(new string[] { ScriptedHost.Timeout, ScriptedHost.Refused, "96", ScriptedHost.Timeout, ScriptedHost.Timeout, "00" });
            rig.Forwarder.Start(true);
            rig.RunFor(100000);

            // 1 s, 3 s, 9 s, 20 s (capped), 20 s after each failure in a row.
            long[] expected = new long[] { 0, 1000, 4000, 13000, 33000, 53000 };
            Assert.AreEqual(expected.Length, rig.Host.RequestCount);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.AreEqual(expected[i], rig.Host.TimeAt(i), "request " + i.ToString());
                Assert.AreEqual(a.Stan, rig.StanOf(i));
            }

            // Timeouts, refusals and 96 are not definite answers: none of them used up an attempt.
            Assert.AreEqual(0, a.Attempts);
            Assert.AreEqual(6, a.Sends);
            Assert.AreEqual(QueueItemState.Delivered, a.State);
            Assert.AreEqual(0, rig.Forwarder.FailuresInARow);
        }

        [TestMethod]
        public void Transport_failures_and_retryable_codes_never_use_up_the_attempts_of_a_good_sale()
        {
            ForwarderSettings settings = new ForwarderSettings();
            settings.AdviceMaxAttempts = 3;
            settings.RetryInitialMs = 100;
            settings.RetryMaxMs = 1000;
            OfflineRig rig = new OfflineRig(settings);
            QueueItem a = rig.Enqueue(1000);
            string[] script = new string[] { ScriptedHost.Timeout, ScriptedHost.Refused, "96", "91", "68", "09", "90", "92", "98", ScriptedHost.Garbage, ScriptedHost.Timeout, "96", "00" };
            rig.Host.Script(script);
            rig.Forwarder.Start(true);
            rig.RunFor(60000);

            Assert.AreEqual(script.Length, rig.Host.RequestCount);
            Assert.AreEqual(QueueItemState.Delivered, a.State);
            Assert.AreEqual(0, a.Attempts);
            Assert.AreEqual(0, rig.Queue.FlaggedCount);
            Assert.AreEqual(a.Stan.ToString() + " Delivered 00", (string)rig.Outcomes[0]);
        }

        [TestMethod]
        public void An_advice_past_its_retry_budget_is_flagged_kept_and_the_next_one_goes()
        {
            ForwarderSettings settings = new ForwarderSettings();
            settings.AdviceMaxAttempts = 3;
            OfflineRig rig = new OfflineRig(settings);
            QueueItem a = rig.Enqueue(1000);
            QueueItem b = rig.Enqueue(2000);
            // Definite answers that leave it pending: approvals whose MAC does not verify (a timeout in between does not count).
            rig.Host.Script(new string[] { ScriptedHost.BadMacApproval, ScriptedHost.Timeout, ScriptedHost.BadMacApproval, ScriptedHost.BadMacApproval, "00" });
            rig.Forwarder.Start(true);
            rig.RunFor(60000);

            Assert.AreEqual(5, rig.Host.RequestCount);
            Assert.AreEqual(b.Stan, rig.StanOf(4));
            Assert.AreEqual(QueueItemState.Exhausted, a.State);
            Assert.AreEqual(3, a.Attempts);
            Assert.AreEqual((int)AdviceFlagReason.AttemptsUsed, a.FlagReason);
            Assert.AreEqual("00", a.FlagCode);
            Assert.AreEqual(a.Stan.ToString() + " Exhausted 00", (string)rig.Outcomes[0]);
            Assert.AreEqual(1, rig.Queue.FlaggedCount);
            Assert.AreEqual(1, rig.Queue.PolicyCount);
            Assert.AreEqual(1000L, rig.Queue.PolicyTotalFen);
            QueueItem[] flagged = rig.Queue.FlaggedItems();
            Assert.AreEqual(1, flagged.Length);
            Assert.AreEqual("12345678/1/" + a.Stan.ToString() + " advice exhausted attempts=3", OfflineQueue.Describe(flagged[0]));
            Assert.AreEqual("ForwardingDone(1)", rig.LastSignal);

            // Kept across a reboot and never sent again.
            rig.Reboot();
            rig.Forwarder.Start(true);
            rig.RunFor(60000);
            Assert.AreEqual(5, rig.Host.RequestCount);
            Assert.AreEqual(1, rig.Queue.FlaggedCount);
        }

        [TestMethod]
        public void An_advice_past_its_expiry_age_is_flagged_and_kept_without_being_sent()
        {
            ForwarderSettings settings = new ForwarderSettings();
            settings.ExpiryAgeMs = 24L * 3600 * 1000;
            OfflineRig rig = new OfflineRig(settings);
            QueueItem old = rig.Enqueue(700);
            rig.Clock.Advance(25L * 3600 * 1000);
            QueueItem fresh = rig.Enqueue(800);
            Assert.AreEqual(25L * 3600 * 1000, rig.Queue.OldestAgeMs());
            rig.Host.Script(new string[] { "00" });
            rig.Forwarder.Start(true);
            rig.Run();

            Assert.AreEqual(1, rig.Host.RequestCount);
            Assert.AreEqual(fresh.Stan, rig.StanOf(0));
            Assert.AreEqual(QueueItemState.Expired, old.State);
            Assert.AreEqual((int)AdviceFlagReason.Expired, old.FlagReason);
            Assert.AreEqual(0, old.Attempts);
            Assert.AreEqual(old.Stan.ToString() + " Expired", (string)rig.Outcomes[0]);
            Assert.AreEqual(1, rig.Queue.FlaggedItems().Length);
            Assert.AreEqual("ForwardingDone(1)", rig.LastSignal);
        }

        [TestMethod]
        public void A_wall_clock_jump_of_years_neither_expires_nor_reorders_queued_sales()
        {
            ForwarderSettings settings = new ForwarderSettings();
            settings.ExpiryAgeMs = 3600L * 1000;
            OfflineRig rig = new OfflineRig(settings);
            QueueItem a = rig.Enqueue(100);
            rig.Clock.SetUtc(rig.Clock.UtcNow.AddDays(5 * 365)); // the first sign-in sets a clock that was years behind
            QueueItem b = rig.Enqueue(200);
            rig.Clock.SetUtc(new System.DateTime(2021, 1, 1, 0, 0, 0)); // SNTP sets it years back
            QueueItem c = rig.Enqueue(300);
            rig.Clock.Advance(10 * 60 * 1000);
            Assert.AreEqual(10L * 60 * 1000, rig.Queue.OldestAgeMs());
            rig.Reboot(); // and across a power cycle (the 10 minutes after the last record are not known: age 0)
            rig.Clock.SetUtc(new System.DateTime(2090, 6, 1, 0, 0, 0));
            Assert.AreEqual(0L, rig.Queue.OldestAgeMs());

            rig.Host.Script(new string[] { "00", "00", "00" });
            rig.Forwarder.Start(true);
            rig.Run();
            Assert.AreEqual(3, rig.Host.RequestCount);
            Assert.AreEqual(a.Stan, rig.StanOf(0));
            Assert.AreEqual(b.Stan, rig.StanOf(1));
            Assert.AreEqual(c.Stan, rig.StanOf(2));
            Assert.AreEqual(0, rig.Queue.FlaggedCount);
            Assert.AreEqual("ForwardingDone(0)", rig.LastSignal);
        }

        [TestMethod]
        public void Expiry_counts_powered_on_time_across_reboots_from_the_recorded_clock()
        {
            ForwarderSettings settings = new ForwarderSettings();
            settings.ExpiryAgeMs = 5L * 3600 * 1000;
            OfflineRig rig = new OfflineRig(settings);
            QueueItem a = rig.Enqueue(100);
            int boot = rig.Journal.BootNumber;

            // 3 h on, with the clock recorded every hour (the forwarder does it on timers; here by hand), then off.
            for (int h = 0; h < 3; h++)
            {
                rig.Clock.Advance(3600L * 1000);
                Assert.IsTrue(rig.Journal.Checkpoint());
            }

            Assert.IsFalse(rig.Journal.Checkpoint(), "at most one record per interval");
            rig.Reboot();
            Assert.AreEqual(boot + 1, rig.Journal.BootNumber);
            Assert.AreEqual(3L * 3600 * 1000, rig.Queue.OldestAgeMs(), "the time off does not count");
            QueueItem back = rig.Journal.State.FindItem(OfflineRig.Tid, a.Batch, a.Stan);
            Assert.AreEqual(boot, back.CreatedBoot);

            rig.Clock.Advance(2L * 3600 * 1000 - 1);
            rig.Host.Script(new string[] { ScriptedHost.Timeout });
            rig.Forwarder.Start(true);
            rig.Run();
            Assert.AreEqual(QueueItemState.Pending, back.State);
            Assert.AreEqual(1, rig.Host.RequestCount);

            rig.Clock.Advance(2);
            rig.RunFor(settings.RetryInitialMs);
            Assert.AreEqual(QueueItemState.Expired, back.State);
            Assert.AreEqual(1, rig.Host.RequestCount);
        }

        [TestMethod]
        public void The_forwarder_records_the_clock_on_timers_while_items_wait()
        {
            OfflineRig rig = new OfflineRig();
            rig.Enqueue(100);
            rig.Host.Hold(); // the exchange is busy: the forwarder polls on its timer for hours
            rig.Forwarder.Start(true);
            long before = rig.Journal.State.LastMonoMs;
            rig.RunFor(3L * 3600 * 1000 + 1000);
            Assert.IsTrue(rig.Journal.State.LastMonoMs >= before + (3L * 3600 * 1000), "a clock record at least every hour");
            rig.Reboot();
            Assert.IsTrue(rig.Queue.OldestAgeMs() >= 3L * 3600 * 1000);
        }

        [TestMethod]
        public void Draining_stops_when_offline_and_resumes_on_WentOnline()
        {
            OfflineRig rig = new OfflineRig();
            QueueItem a = rig.Enqueue(1000);
            QueueItem b = rig.Enqueue(2000);
            rig.Host.Script(new string[] { ScriptedHost.Timeout });
            rig.Forwarder.Start(true);
            rig.Run();
            Assert.AreEqual(1, rig.Host.RequestCount);

            rig.Post(Signal.WentOffline);
            rig.Run();
            Assert.AreEqual("ForwardingStopped(1)", rig.LastSignal);
            rig.RunFor(600000);
            Assert.AreEqual(1, rig.Host.RequestCount);

            rig.Host.Script(new string[] { "00", "00" });
            rig.Post(Signal.WentOnline);
            long online = rig.Clock.UptimeMs;
            rig.Run();
            Assert.AreEqual(3, rig.Host.RequestCount);
            Assert.AreEqual(online, rig.Host.TimeAt(1));
            Assert.AreEqual(a.Stan, rig.StanOf(1));
            Assert.AreEqual(b.Stan, rig.StanOf(2));
            Assert.AreEqual("ForwardingDone(0)", rig.LastSignal);
        }

        [TestMethod]
        public void Going_offline_during_an_exchange_stops_after_its_outcome()
        {
            OfflineRig rig = new OfflineRig();
            rig.Enqueue(1000);
            rig.Enqueue(2000);
            rig.Forwarder.Start(true);
            rig.Run();
            rig.Post(Signal.WentOffline);
            rig.Run();
            Assert.IsTrue(rig.Forwarder.InFlight);
            rig.Host.Answer("00");
            rig.Run();
            Assert.AreEqual(1, rig.Host.RequestCount);
            Assert.AreEqual(1, rig.Queue.PendingCount);
            Assert.AreEqual("ForwardingStopped(1)", rig.LastSignal);
        }

        [TestMethod]
        public void Drain_before_settlement_skips_the_backoff_completes_and_reports()
        {
            OfflineRig rig = new OfflineRig();
            rig.Enqueue(1000);
            rig.Host.Script(new string[] { ScriptedHost.Timeout });
            rig.Forwarder.Start(true);
            rig.Run();
            Assert.AreEqual(1, rig.Forwarder.FailuresInARow);

            rig.Host.Script(new string[] { "00" });
            rig.Forwarder.DrainBeforeSettlement();
            rig.Run();
            Assert.AreEqual(2, rig.Host.RequestCount);
            Assert.AreEqual(rig.Host.TimeAt(0), rig.Host.TimeAt(1));
            Assert.AreEqual("ForwardingDone(0)", rig.LastSignal);

            // Nothing left: it still reports.
            int signals = rig.Signals.Count;
            rig.Forwarder.DrainBeforeSettlement();
            rig.Run();
            Assert.AreEqual(signals + 1, rig.Signals.Count);
            Assert.AreEqual("ForwardingDone(0)", rig.LastSignal);
        }

        [TestMethod]
        public void Drain_before_settlement_while_offline_reports_stopped_at_once()
        {
            OfflineRig rig = new OfflineRig();
            rig.Enqueue(1000);
            rig.Forwarder.Start(false);
            rig.Forwarder.DrainBeforeSettlement();
            rig.Run();
            Assert.AreEqual(0, rig.Host.RequestCount);
            Assert.AreEqual("ForwardingStopped(1)", rig.LastSignal);
        }

        [TestMethod]
        public void A_power_cut_between_attempt_recorded_and_reply_processed_resends_the_same_id_once()
        {
            OfflineRig rig = new OfflineRig();
            QueueItem a = rig.Enqueue(1000);
            QueueItem b = rig.Enqueue(2000);
            int stan = a.Stan;
            int batch = a.Batch;

            // The host books the advice and answers 00; the power goes at the next journal write (the Delivered record:
            // nothing is written before the request leaves).
            rig.Host.Script(new string[] { "00" });
            rig.Storage.ArmPowerCut(rig.Storage.MutationCount, 0);
            bool cut = false;
            try
            {
                rig.Forwarder.Start(true);
                rig.Run();
            }
            catch (PowerCutException)
            {
                cut = true;
            }

            Assert.IsTrue(cut);
            Assert.AreEqual(1, rig.Host.RequestCount);
            Assert.AreEqual(1, rig.Host.LedgerCount);

            rig.Reboot();
            QueueItem again = rig.Journal.State.FindItem(OfflineRig.Tid, batch, stan);
            Assert.IsNotNull(again);
            Assert.AreEqual(QueueItemState.Pending, again.State);
            Assert.AreEqual(0, again.Attempts);
            Assert.AreEqual(2, rig.Queue.PendingCount);
            Assert.AreEqual(3000L, rig.Queue.PendingTotalFen);

            rig.Host.Script(new string[] { "00", "00" });
            rig.Forwarder.Start(true);
            rig.Run();
            Assert.AreEqual(3, rig.Host.RequestCount);
            Assert.AreEqual(stan, rig.StanOf(1));
            Assert.AreEqual(b.Stan, rig.StanOf(2));
            Assert.AreEqual(stan.ToString() + " Duplicate 94", (string)rig.Outcomes[0]);
            Assert.AreEqual(b.Stan.ToString() + " Delivered 00", (string)rig.Outcomes[1]);
            Assert.AreEqual(2, rig.Host.LedgerCount);

            int withId = 0;
            for (int i = 0; i < rig.Journal.State.QueueCount; i++)
            {
                if (rig.Journal.State.QueueItemAt(i).HasId(OfflineRig.Tid, batch, stan))
                {
                    withId++;
                }
            }

            Assert.AreEqual(1, withId);
            Assert.AreEqual(0, rig.Journal.State.UndeliveredCount);
        }

        [TestMethod]
        public void A_power_cut_with_the_request_unanswered_keeps_the_item_pending()
        {
            OfflineRig rig = new OfflineRig();
            QueueItem a = rig.Enqueue(1000);
            rig.Forwarder.Start(true);
            rig.Run();
            Assert.AreEqual(0, a.Attempts);
            Assert.AreEqual(1, a.Sends);
            Assert.AreEqual(1, rig.Host.RequestCount);

            rig.Reboot();
            QueueItem again = rig.Journal.State.FindItem(OfflineRig.Tid, a.Batch, a.Stan);
            Assert.IsNotNull(again);
            Assert.AreEqual(QueueItemState.Pending, again.State);
            Assert.AreEqual(0, again.Attempts);
            rig.Host.Script(new string[] { "94" });
            rig.Forwarder.Start(true);
            rig.Run();
            Assert.AreEqual(2, rig.Host.RequestCount);
            Assert.AreEqual(a.Stan, rig.StanOf(1));
            Assert.AreEqual(0, rig.Journal.State.UndeliveredCount);
            Assert.AreEqual(a.Stan.ToString() + " Duplicate 94", (string)rig.Outcomes[0]);
        }

        [TestMethod]
        public void A_bad_reply_MAC_is_a_failed_attempt_not_a_delivery()
        {
            OfflineRig rig = new OfflineRig();
            QueueItem a = rig.Enqueue(1000);
            QueueItem b = rig.Enqueue(2000);
            rig.Host.BadReplyMac = true;
            rig.Host.Script(new string[] { "00" });
            rig.Forwarder.Start(true);
            rig.Run();
            Assert.AreEqual(QueueItemState.Pending, a.State);
            Assert.AreEqual(1, rig.Forwarder.FailuresInARow);

            rig.Host.BadReplyMac = false;
            rig.Host.Script(new string[] { "00" });
            rig.RunFor(2000);
            Assert.AreEqual(QueueItemState.Delivered, a.State);
            Assert.IsTrue(rig.Forwarder.InFlight);

            rig.Host.BadReplyMac = true;
            rig.Host.Answer("00");
            rig.Run();
            Assert.AreEqual(QueueItemState.Pending, b.State);
            Assert.AreEqual(1, b.Attempts);
            Assert.AreEqual(1, rig.Forwarder.FailuresInARow);
        }

        [TestMethod]
        public void A_final_decline_flags_the_advice_and_a_retryable_code_retries_it()
        {
            OfflineRig rig = new OfflineRig();
            QueueItem a = rig.Enqueue(1000);
            QueueItem b = rig.Enqueue(2000);
            rig.Host.Script(new string[] { "51", "91", "00" });
            rig.Forwarder.Start(true);
            rig.RunFor(10000);

            Assert.AreEqual(QueueItemState.Exhausted, a.State);
            Assert.AreEqual((int)AdviceFlagReason.Declined, a.FlagReason);
            Assert.AreEqual("51", a.FlagCode);
            Assert.AreEqual(a.Stan.ToString() + " Declined 51", (string)rig.Outcomes[0]);
            Assert.AreEqual(QueueItemState.Delivered, b.State);
            Assert.AreEqual(0, b.Attempts, "91 is not a definite answer");
            Assert.AreEqual(2, b.Sends);
            Assert.AreEqual(2000L, rig.Host.TimeAt(2) - rig.Host.TimeAt(1));
            Assert.AreEqual(1, rig.Audit.Count);
            Assert.EndsWith("declined 51", AuditTexts.Newest(rig.Audit));
        }

        [TestMethod]
        public void Codes_that_force_a_sign_in_stop_the_drain_and_keep_the_item()
        {
            OfflineRig rig = new OfflineRig();
            QueueItem a = rig.Enqueue(1000);
            rig.Host.Script(new string[] { "A0" });
            rig.Forwarder.Start(true);
            rig.Run();
            Assert.AreEqual(QueueItemState.Pending, a.State);
            Assert.AreEqual(1, a.Attempts, "a definite answer: counted, so a host that keeps asking cannot loop for ever");
            Assert.AreEqual("ForwardingStopped(2)", rig.LastSignal);
        }

        [TestMethod]
        public void Without_a_MAK_nothing_is_sent_or_counted_and_it_asks_for_a_sign_in()
        {
            OfflineRig rig = new OfflineRig();
            QueueItem a = rig.Enqueue(1000);
            rig.Keys.Clear(Pos.Core.Security.KeySlot.Mak);
            rig.Forwarder.Start(true);
            rig.Run();
            Assert.AreEqual(0, rig.Host.RequestCount);
            Assert.AreEqual(0, a.Attempts);
            Assert.AreEqual("ForwardingStopped(2)", rig.LastSignal);
        }

        [TestMethod]
        public void The_MAC_uses_the_MAK_current_at_send_time()
        {
            OfflineRig rig = new OfflineRig();
            rig.Enqueue(1000);
            OfflineTestKeys.Load(rig.Keys, OfflineTestKeys.TestMakSecond);
            OfflineTestKeys.Load(rig.HostKeys, OfflineTestKeys.TestMakSecond);
            rig.Host.Script(new string[] { "00" });
            rig.Forwarder.Start(true);
            rig.Run();
            Assert.AreEqual(0, rig.Host.BadRequestMacs);
            Assert.AreEqual("ForwardingDone(0)", rig.LastSignal);
        }

        [TestMethod]
        public void A_reversal_past_its_budget_stops_the_drain_and_stays_with_its_owner()
        {
            ForwarderSettings settings = new ForwarderSettings();
            settings.ReversalMaxAttempts = 2;
            OfflineRig rig = new OfflineRig(settings);
            rig.SetReversal(77, "98");
            rig.Journal.UpdateReversal("98", 2);
            QueueItem a = rig.Enqueue(1000);
            rig.Forwarder.Start(true);
            rig.RunFor(10000);

            Assert.AreEqual(0, rig.Host.RequestCount);
            Assert.IsNotNull(rig.Journal.State.Reversal);
            Assert.AreEqual(2, rig.Journal.State.Reversal.Attempts);
            Assert.IsNull(rig.Journal.State.FindItem(OfflineRig.Tid, rig.Journal.State.BatchNumber, 77));
            Assert.AreEqual("ForwardingStopped(4)", rig.LastSignal);
            Assert.AreEqual(QueueItemState.Pending, a.State);
            Assert.AreEqual(0, a.Attempts);
            Assert.AreEqual(1, rig.Queue.PolicyCount);
        }

        [TestMethod]
        public void The_exchange_held_by_another_part_is_waited_for_without_counting()
        {
            OfflineRig rig = new OfflineRig();
            QueueItem a = rig.Enqueue(1000);
            rig.Host.Hold();
            rig.Forwarder.Start(true);
            rig.RunFor(400);
            Assert.AreEqual(0, rig.Host.RequestCount);
            rig.Host.Release();
            rig.Host.Script(new string[] { "00" });
            rig.RunFor(1000);
            Assert.AreEqual(1, rig.Host.RequestCount);
            Assert.AreEqual(500L, rig.Host.TimeAt(0));
            Assert.AreEqual(0, a.Attempts);
            Assert.AreEqual(1, a.Sends);
            Assert.AreEqual(QueueItemState.Delivered, a.State);
        }

        [TestMethod]
        public void Stale_and_foreign_outcomes_are_ignored()
        {
            OfflineRig rig = new OfflineRig();
            QueueItem a = rig.Enqueue(1000);
            rig.Forwarder.Start(true);
            rig.Run();

            // Another part's outcome is addressed to that part: it never reaches the forwarder.
            rig.Events.Post(new Event(Signal.ExchangeReplied, 123, null, new ElsewhereHandler()));
            rig.Events.Post(new Event(Signal.ExchangeFailed, ForwarderIds.ExchangeIdBase + 999, new Pos.Core.Exchange.ExchangeOutcome(ForwarderIds.ExchangeIdBase + 999, null, ExchangeFailure.Timeout)));
            rig.Run();
            Assert.IsTrue(rig.Forwarder.InFlight);
            Assert.AreEqual(1, rig.Forwarder.StaleOutcomes);
            rig.Host.Answer("00");
            rig.Run();
            Assert.AreEqual(QueueItemState.Delivered, a.State);
        }

        [TestMethod]
        public void A_seam_that_never_completes_is_a_timeout_after_the_watchdog()
        {
            ForwarderSettings settings = new ForwarderSettings();
            OfflineRig rig = new OfflineRig(settings);
            QueueItem a = rig.Enqueue(1000);
            rig.Forwarder.Start(true);
            rig.Run();
            rig.RunFor(settings.ConnectTimeoutMs + settings.ResponseTimeoutMs + settings.WatchdogMarginMs - 1);
            Assert.IsTrue(rig.Forwarder.InFlight);
            rig.RunFor(1);
            Assert.IsFalse(rig.Forwarder.InFlight);
            Assert.AreEqual(1, rig.Forwarder.FailuresInARow);
            Assert.AreEqual(0, a.Attempts);
            Assert.AreEqual(1, a.Sends);
        }

        [TestMethod]
        public void A_flagged_advice_retried_by_a_person_goes_again_with_a_fresh_budget_and_is_audited()
        {
            ForwarderSettings settings = new ForwarderSettings();
            settings.ExpiryAgeMs = 3600L * 1000;
            OfflineRig rig = new OfflineRig(settings);
            QueueItem a = rig.Enqueue(1234);
            rig.Clock.Advance(2L * 3600 * 1000);
            rig.Forwarder.Start(true);
            rig.Run();
            Assert.AreEqual(QueueItemState.Expired, a.State);
            Assert.AreEqual(0, rig.Host.RequestCount);

            FlaggedAdvice view = rig.Queue.FlaggedAt(0);
            Assert.AreEqual(1234L, view.AmountFen);
            Assert.AreEqual("622588******7890", view.MaskedPan);
            Assert.AreEqual((int)AdviceFlagReason.Expired, view.Reason);
            Assert.AreEqual("", view.Code);
            Assert.AreEqual(a.Stan, view.Stan);
            Assert.AreEqual(2L * 3600 * 1000, view.AgeMs);

            int audits = rig.Audit.Count;
            rig.Host.Script(new string[] { "00" });
            rig.Forwarder.RetryFlagged(a);
            rig.Run();
            Assert.AreEqual(1, rig.Host.RequestCount, "not expired again at once: the expiry counts from the retry");
            Assert.AreEqual(QueueItemState.Delivered, a.State);
            Assert.AreEqual(audits + 1, rig.Audit.Count);
            string audit = AuditTexts.Newest(rig.Audit);
            Assert.StartsWith("saf: retry ", audit);
            Assert.Contains("622588******7890", audit);
            Assert.IsTrue(audit.IndexOf("6225881234567890") < 0, "never the full card number");
            Assert.Contains("Expired", audit);
            Assert.ThrowsException(typeof(JournalException), () => rig.Forwarder.RetryFlagged(a));
        }

        [TestMethod]
        public void An_acknowledged_advice_stops_counting_against_the_caps_is_audited_and_never_sent()
        {
            OfflineRig rig = new OfflineRig();
            QueueItem a = rig.Enqueue(5000);
            QueueItem b = rig.Enqueue(700);
            rig.Host.Script(new string[] { "51", "00" });
            rig.Forwarder.Start(true);
            rig.Run();
            Assert.AreEqual(1, rig.Queue.FlaggedCount);
            Assert.AreEqual(1, rig.Queue.PolicyCount);
            Assert.AreEqual(5000L, rig.Queue.PolicyTotalFen);
            Assert.AreEqual(1, rig.Journal.State.UndeliveredCount);

            rig.Forwarder.AcknowledgeFlagged(a);
            Assert.AreEqual(QueueItemState.Acknowledged, a.State);
            Assert.AreEqual(0, rig.Queue.FlaggedCount);
            Assert.AreEqual(0, rig.Queue.PolicyCount);
            Assert.AreEqual(0L, rig.Queue.PolicyTotalFen);
            Assert.AreEqual(0, rig.Journal.State.UndeliveredCount, "no longer in the queue's capacity");
            Assert.AreEqual(0, rig.Queue.FlaggedItems().Length);
            Assert.IsNull(rig.Queue.FlaggedAt(0));
            string audit = AuditTexts.Newest(rig.Audit);
            Assert.AreEqual("saf: acknowledged " + OfflineRig.Tid + "/" + a.Batch.ToString() + "/" + a.Stan.ToString()
                + " 622588******7890 5000 fen code 51 Declined", audit);

            // Durable, with its audit entry, across a reboot and a compaction; never sent again.
            rig.Reboot();
            Assert.AreEqual(0, rig.Queue.PolicyCount);
            Assert.AreEqual(0, rig.Queue.FlaggedCount);
            Assert.AreEqual(audit, AuditTexts.Newest(rig.Audit));
            rig.Journal.Compact();
            Assert.IsNull(rig.Journal.State.FindItem(OfflineRig.Tid, a.Batch, a.Stan));
            rig.Forwarder.Start(true);
            rig.RunFor(10000);
            Assert.AreEqual(2, rig.Host.RequestCount);
            Assert.AreEqual(QueueItemState.Delivered, b.State);
        }
    }
}
