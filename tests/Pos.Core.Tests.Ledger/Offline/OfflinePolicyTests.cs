using nanoFramework.TestFramework;
using Pos.Core.Offline;
using Pos.Hal;

namespace Pos.Core.Tests.Offline
{
    [TestClass]
    public class OfflinePolicyTests
    {
        [TestMethod]
        public void The_defaults_are_conservative()
        {
            OfflinePolicySettings settings = new OfflinePolicySettings();
            settings.Validate();
            Assert.IsFalse(settings.Enabled);
            Assert.AreEqual(30000L, settings.TransactionLimitFen);
            Assert.AreEqual(300000L, settings.TotalCapFen);
            Assert.AreEqual(100, settings.MaxCount);
            Assert.IsFalse(settings.AllowPinEntered);
            Assert.IsTrue(settings.IsEntryModeAllowed(EntryMode.Chip));
            Assert.IsTrue(settings.IsEntryModeAllowed(EntryMode.Contactless));
            Assert.IsFalse(settings.IsEntryModeAllowed(EntryMode.Magstripe));
            Assert.IsFalse(settings.IsEntryModeAllowed(EntryMode.Manual));
            Assert.IsFalse(settings.IsEntryModeAllowed(EntryMode.Fallback));
            Assert.IsFalse(settings.IsEntryModeAllowed(EntryMode.Unknown));
        }

        [TestMethod]
        public void Disabled_declines_everything_with_L01()
        {
            OfflinePolicy policy = new OfflinePolicy(new OfflinePolicySettings());
            AssertCode("L01", policy.Decide(OfflineTransactionKind.Purchase, 100, EntryMode.Chip, false, 0, 0));
        }

        [TestMethod]
        public void A_small_chip_or_contactless_purchase_is_accepted()
        {
            OfflinePolicy policy = Enabled();
            OfflineDecision decision = policy.Decide(OfflineTransactionKind.Purchase, 1, EntryMode.Chip, false, 0, 0);
            Assert.IsTrue(decision.Accepted);
            Assert.AreEqual("", decision.Code);
            Assert.AreEqual("accepted", decision.Describe());
            Assert.AreSame(OfflineDecision.Accept, decision);
            Assert.IsTrue(policy.Decide(OfflineTransactionKind.Purchase, 30000, EntryMode.Contactless, false, 99, 270000).Accepted);
        }

        [TestMethod]
        public void The_per_transaction_limit_is_inclusive_and_one_fen_over_is_L02()
        {
            OfflinePolicy policy = Enabled();
            Assert.IsTrue(policy.Decide(OfflineTransactionKind.Purchase, 30000, EntryMode.Chip, false, 0, 0).Accepted);
            AssertCode("L02", policy.Decide(OfflineTransactionKind.Purchase, 30001, EntryMode.Chip, false, 0, 0));
        }

        [TestMethod]
        public void The_total_cap_is_inclusive_and_one_fen_over_is_L03()
        {
            OfflinePolicy policy = Enabled();
            Assert.IsTrue(policy.Decide(OfflineTransactionKind.Purchase, 10000, EntryMode.Chip, false, 20, 290000).Accepted);
            AssertCode("L03", policy.Decide(OfflineTransactionKind.Purchase, 10001, EntryMode.Chip, false, 20, 290000));
            AssertCode("L03", policy.Decide(OfflineTransactionKind.Purchase, 1, EntryMode.Chip, false, 20, 300000));
            AssertCode("L03", policy.Decide(OfflineTransactionKind.Purchase, 1, EntryMode.Chip, false, 20, long.MaxValue));
        }

        [TestMethod]
        public void The_count_allows_the_last_slot_and_a_full_queue_is_L04()
        {
            OfflinePolicy policy = Enabled();
            Assert.IsTrue(policy.Decide(OfflineTransactionKind.Purchase, 100, EntryMode.Chip, false, 99, 0).Accepted);
            AssertCode("L04", policy.Decide(OfflineTransactionKind.Purchase, 100, EntryMode.Chip, false, 100, 0));
        }

        [TestMethod]
        public void Magstripe_manual_fallback_and_unknown_entry_are_L05_unless_allowed()
        {
            OfflinePolicy policy = Enabled();
            EntryMode[] refused = new EntryMode[] { EntryMode.Magstripe, EntryMode.Manual, EntryMode.Fallback, EntryMode.Unknown };
            for (int i = 0; i < refused.Length; i++)
            {
                AssertCode("L05", policy.Decide(OfflineTransactionKind.Purchase, 100, refused[i], false, 0, 0));
            }

            OfflinePolicySettings settings = EnabledSettings();
            settings.SetEntryModeAllowed(EntryMode.Magstripe, true);
            settings.SetEntryModeAllowed(EntryMode.Chip, false);
            policy = new OfflinePolicy(settings);
            Assert.IsTrue(policy.Decide(OfflineTransactionKind.Purchase, 100, EntryMode.Magstripe, false, 0, 0).Accepted);
            AssertCode("L05", policy.Decide(OfflineTransactionKind.Purchase, 100, EntryMode.Chip, false, 0, 0));
            Assert.ThrowsException(typeof(OfflinePolicySettingsException), () => settings.SetEntryModeAllowed(EntryMode.Unknown, true));
        }

        [TestMethod]
        public void Refund_void_balance_and_preauth_are_never_offline_L06()
        {
            OfflinePolicy policy = Enabled();
            OfflineTransactionKind[] kinds = new OfflineTransactionKind[]
            {
                OfflineTransactionKind.Refund, OfflineTransactionKind.Void, OfflineTransactionKind.BalanceInquiry,
                OfflineTransactionKind.PreAuthorization, (OfflineTransactionKind)42,
            };
            for (int i = 0; i < kinds.Length; i++)
            {
                AssertCode("L06", policy.Decide(kinds[i], 100, EntryMode.Chip, false, 0, 0));
            }

            Assert.IsTrue(OfflinePolicy.IsKindAllowedOffline(OfflineTransactionKind.Purchase));
        }

        [TestMethod]
        public void A_pin_entered_purchase_is_L07_unless_allowed()
        {
            AssertCode("L07", Enabled().Decide(OfflineTransactionKind.Purchase, 100, EntryMode.Chip, true, 0, 0));
            OfflinePolicySettings settings = EnabledSettings();
            settings.AllowPinEntered = true;
            Assert.IsTrue(new OfflinePolicy(settings).Decide(OfflineTransactionKind.Purchase, 100, EntryMode.Chip, true, 0, 0).Accepted);
        }

        [TestMethod]
        public void Rules_apply_in_a_fixed_order()
        {
            OfflinePolicy policy = Enabled();

            // Everything wrong at once: the type wins, then entry mode, PIN, amount, count, total.
            AssertCode("L06", policy.Decide(OfflineTransactionKind.Refund, 99999999, EntryMode.Manual, true, 100, 300000));
            AssertCode("L05", policy.Decide(OfflineTransactionKind.Purchase, 99999999, EntryMode.Manual, true, 100, 300000));
            AssertCode("L07", policy.Decide(OfflineTransactionKind.Purchase, 99999999, EntryMode.Chip, true, 100, 300000));
            AssertCode("L02", policy.Decide(OfflineTransactionKind.Purchase, 99999999, EntryMode.Chip, false, 100, 300000));
            AssertCode("L04", policy.Decide(OfflineTransactionKind.Purchase, 100, EntryMode.Chip, false, 100, 300000));
            AssertCode("L03", policy.Decide(OfflineTransactionKind.Purchase, 100, EntryMode.Chip, false, 99, 300000));
        }

        [TestMethod]
        public void Nonsense_inputs_are_programming_errors()
        {
            OfflinePolicy policy = Enabled();
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => policy.Decide(OfflineTransactionKind.Purchase, 0, EntryMode.Chip, false, 0, 0));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => policy.Decide(OfflineTransactionKind.Purchase, -5, EntryMode.Chip, false, 0, 0));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => policy.Decide(OfflineTransactionKind.Purchase, 5, EntryMode.Chip, false, -1, 0));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => policy.Decide(OfflineTransactionKind.Purchase, 5, EntryMode.Chip, false, 0, -1));
        }

        [TestMethod]
        public void Absurd_settings_are_rejected_with_the_setting_named()
        {
            OfflinePolicySettings s = EnabledSettings();
            s.TransactionLimitFen = 0;
            AssertRejected("TransactionLimitFen", s);
            s = EnabledSettings();
            s.TransactionLimitFen = OfflinePolicySettings.MaxTransactionLimitFen + 1;
            AssertRejected("TransactionLimitFen", s);
            s = EnabledSettings();
            s.TotalCapFen = s.TransactionLimitFen - 1;
            AssertRejected("TotalCapFen", s);
            s = EnabledSettings();
            s.TotalCapFen = OfflinePolicySettings.MaxTotalCapFen + 1;
            AssertRejected("TotalCapFen", s);
            s = EnabledSettings();
            s.MaxCount = 0;
            AssertRejected("MaxCount", s);
            s = EnabledSettings();
            s.MaxCount = OfflinePolicySettings.MaxQueueCount + 1;
            AssertRejected("MaxCount", s);
            s = EnabledSettings();
            s.SetEntryModeAllowed(EntryMode.Chip, false);
            s.SetEntryModeAllowed(EntryMode.Contactless, false);
            AssertRejected("AllowedEntryModes", s);

            // The limits at their extremes are fine, and the policy keeps a validated copy.
            s = EnabledSettings();
            s.TransactionLimitFen = OfflinePolicySettings.MaxTransactionLimitFen;
            s.TotalCapFen = OfflinePolicySettings.MaxTransactionLimitFen;
            s.MaxCount = 1;
            OfflinePolicy policy = new OfflinePolicy(s);
            s.TransactionLimitFen = 1;
            Assert.AreEqual(OfflinePolicySettings.MaxTransactionLimitFen, policy.Settings.TransactionLimitFen);
        }

        private static void AssertRejected(string name, OfflinePolicySettings settings)
        {
            try
            {
                new OfflinePolicy(settings);
            }
            catch (OfflinePolicySettingsException e)
            {
                Assert.AreEqual(name, e.Setting);
                return;
            }

            Assert.IsTrue(false, name + " was accepted");
        }

        private static void AssertCode(string code, OfflineDecision decision)
        {
            Assert.IsFalse(decision.Accepted, "expected " + code);
            Assert.AreEqual(code, decision.Code);
            Assert.AreEqual(OfflineDeclineCodes.IdOf(code), decision.DeclineCode);
        }

        private static OfflinePolicySettings EnabledSettings()
        {
            OfflinePolicySettings settings = new OfflinePolicySettings();
            settings.Enabled = true;
            return settings;
        }

        private static OfflinePolicy Enabled()
        {
            return new OfflinePolicy(EnabledSettings());
        }
    }
}
