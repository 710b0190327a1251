using Pos.Core.Security;
using nanoFramework.TestFramework;
using Pos.Core.Offline;
using Pos.Core.Protocol.Messages;
using Pos.Core.Storage;
using Pos.Hal;

namespace Pos.Core.Tests.Offline
{
    [TestClass]
    public class OfflineQueueTests
    {
        [TestMethod]
        public void An_advice_gets_a_fresh_STAN_and_the_current_batch_and_counts_for_the_policy()
        {
            OfflineRig rig = new OfflineRig();
            int stanBefore = rig.Journal.State.CurrentStan;
            FinancialRequest sale = OfflineRig.Sale(1234);
            QueueItem item = rig.Queue.EnqueueAdvice(sale, rig.Clock.UtcNow.Ticks);

            Assert.AreEqual(stanBefore + 1, item.Stan);
            Assert.AreEqual(item.Stan, sale.Stan);
            Assert.AreEqual(rig.Journal.State.BatchNumber, item.Batch);
            Assert.AreEqual(OfflineRig.Tid, item.Tid);
            Assert.IsTrue(sale.Type == TransactionType.OfflineAdvice);
            Assert.AreEqual(1, rig.Queue.PendingCount);
            Assert.AreEqual(1234L, rig.Queue.PendingTotalFen);
            Assert.AreEqual(1, rig.Queue.ToForwardCount);
            rig.SetReversal(99, "98");
            Assert.AreEqual(2, rig.Queue.ToForwardCount);
            Assert.AreEqual(1, rig.Queue.PolicyCount);

            OfflinePolicySettings settings = new OfflinePolicySettings();
            settings.Enabled = true;
            settings.TotalCapFen = 30000;
            OfflinePolicy policy = new OfflinePolicy(settings);
            Assert.IsTrue(rig.Queue.Decide(policy, OfflineTransactionKind.Purchase, 28766, EntryMode.Contactless, false).Accepted);
            Assert.AreEqual("L03", rig.Queue.Decide(policy, OfflineTransactionKind.Purchase, 28767, EntryMode.Contactless, false).Code);
        }

        [TestMethod]
        public void Counts_and_totals_are_rebuilt_after_a_reboot()
        {
            OfflineRig rig = new OfflineRig();
            rig.Enqueue(100);
            rig.Enqueue(250);
            rig.Reboot();
            Assert.AreEqual(2, rig.Queue.PendingCount);
            Assert.AreEqual(350L, rig.Queue.PendingTotalFen);
        }

        [TestMethod]
        public void A_PIN_block_or_a_refund_is_refused()
        {
            OfflineRig rig = new OfflineRig();
            FinancialRequest withPin = OfflineRig.Sale(100);
            withPin.PinBlock = new byte[8];
            Assert.ThrowsException(typeof(System.ArgumentException), () => rig.Queue.EnqueueAdvice(withPin, 0));
            FinancialRequest refund = OfflineRig.Sale(100);
            refund.Type = TransactionType.Refund;
            Assert.ThrowsException(typeof(System.ArgumentException), () => rig.Queue.EnqueueAdvice(refund, 0));
            Assert.AreEqual(0, rig.Queue.PendingCount);
        }

        [TestMethod]
        public void The_payload_round_trips_every_field_but_the_PIN_block()
        {
            FinancialRequest r = OfflineRig.Sale(987654321);
            r.Type = TransactionType.Void;
            r.Stan = 123456;
            r.Batch = 999999;
            r.Track2 = "6225881234567890=281210";
            r.Track3 = "996225881234567890";
            r.OriginalRrn = "123456789012";
            r.OriginalBatch = 7;
            r.OriginalStan = 8;
            r.OriginalDate = "0228";
            r.PinBlock = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 };
            byte[] buffer = new byte[512];
            CardDataCipher cipher = OfflineTestKeys.Cipher();
            int n = RequestPayload.Write(r, "AUTH01", cipher, buffer, 3);

            FinancialRequest back = new FinancialRequest();
            string auth;
            Assert.IsTrue(RequestPayload.Read(buffer, 3, n, cipher, back, out auth));
            Assert.AreEqual("AUTH01", auth);
            Assert.IsTrue(back.Type == TransactionType.Void);
            Assert.AreEqual(987654321L, back.AmountFen);
            Assert.AreEqual(987654321L, RequestPayload.ReadAmount(buffer, 3, n));
            Assert.AreEqual(123456, back.Stan);
            Assert.AreEqual(999999, back.Batch);
            Assert.AreEqual(r.Pan, back.Pan);
            Assert.AreEqual(r.ExpiryYymm, back.ExpiryYymm);
            Assert.AreEqual(r.EntryMode, back.EntryMode);
            Assert.AreEqual(r.CardSequenceNumber, back.CardSequenceNumber);
            Assert.AreEqual(r.Track2, back.Track2);
            Assert.AreEqual(r.Track3, back.Track3);
            Assert.AreEqual(r.LocalTime, back.LocalTime);
            Assert.AreEqual(r.LocalDate, back.LocalDate);
            Assert.AreEqual(r.OriginalRrn, back.OriginalRrn);
            Assert.AreEqual(r.OriginalAuthCode, back.OriginalAuthCode);
            Assert.AreEqual(7, back.OriginalBatch);
            Assert.AreEqual(8, back.OriginalStan);
            Assert.AreEqual("0228", back.OriginalDate);
            CollectionAssert.AreEqual(r.IccData, back.IccData);
            Assert.IsNull(back.PinBlock);

            // Truncated or foreign bytes are refused, never half read.
            Assert.IsFalse(RequestPayload.Read(buffer, 3, n - 1, cipher, back, out auth));
            buffer[3] = 9;
            Assert.IsFalse(RequestPayload.Read(buffer, 3, n, cipher, back, out auth));
            Assert.AreEqual(-1L, RequestPayload.ReadAmount(buffer, 3, n));
        }

        [TestMethod]
        public void Settings_are_validated_by_name()
        {
            new ForwarderSettings().Validate();
            ForwarderSettings s = new ForwarderSettings();
            s.RetryMaxMs = s.RetryInitialMs - 1;
            try
            {
                s.Validate();
                Assert.IsTrue(false, "accepted a cap below the first wait");
            }
            catch (ForwarderSettingsException e)
            {
                Assert.AreEqual("RetryMaxMs", e.Setting);
            }

            s = new ForwarderSettings();
            s.AdviceMaxAttempts = 0;
            Assert.ThrowsException(typeof(ForwarderSettingsException), () => s.Validate());
            Assert.AreEqual(2000L, new ForwarderSettings().BackoffMs(1));
            Assert.AreEqual(32000L, new ForwarderSettings().BackoffMs(5));
            Assert.AreEqual(60000L, new ForwarderSettings().BackoffMs(40));
        }

        [TestMethod]
        public void Advice_response_codes_are_classified_by_the_table()
        {
            Assert.IsTrue(AdviceResponseCodes.Classify("00") == AdviceResponseClass.Delivered);
            Assert.IsTrue(AdviceResponseCodes.Classify("94") == AdviceResponseClass.Duplicate);
            Assert.IsTrue(AdviceResponseCodes.Classify("77") == AdviceResponseClass.SignIn);
            Assert.IsTrue(AdviceResponseCodes.Classify("A0") == AdviceResponseClass.SignIn);
            string[] retry = new string[] { "09", "68", "90", "91", "92", "96", "98" };
            for (int i = 0; i < retry.Length; i++)
            {
                Assert.IsTrue(AdviceResponseCodes.Classify(retry[i]) == AdviceResponseClass.Retryable, retry[i]);
            }

            string[] final = new string[] { "05", "12", "14", "30", "51", "54", "61", "X9" };
            for (int i = 0; i < final.Length; i++)
            {
                Assert.IsTrue(AdviceResponseCodes.Classify(final[i]) == AdviceResponseClass.Final, final[i]);
            }

            Assert.AreEqual("Duplicate", ForwardResultNames.Of(ForwardResult.Duplicate));
            Assert.AreEqual("SignInRequired", ForwardStopReasonNames.Of(ForwardStopReason.SignInRequired));
        }
    }
}
