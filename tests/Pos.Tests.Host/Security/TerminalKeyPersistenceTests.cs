using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Common;
using Pos.Core.Offline;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.Hal;
using Pos.HostSim;
using Pos.Tests.Host.Reconciliation;

namespace Pos.Tests.Host.Security
{
    /// <summary>
    /// The shared <see cref="Pos.Core.App.Terminal"/> with the device's <see cref="PersistentKeyStore"/> on its flash,
    /// over loopback TCP to the host simulator, on simulated time (<see cref="ReconciliationWorld"/> with a board
    /// secret): the keys survive a power cut and the offline sale made before it is delivered with them, once, without a
    /// sign-in; a power cut at any write of the first sign-in ends signed in with keys the host accepts, never with
    /// keys lost; a tampered key file erases the keys, which stay erased: nothing is signed in or sent.
    /// </summary>
    [TestClass]
    public sealed class TerminalKeyPersistenceTests
    {
        private static readonly KeySlot[] Slots = [KeySlot.Tmk, KeySlot.Pik, KeySlot.Mak];

        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        public void Keys_survive_a_power_cut_and_the_offline_sale_is_delivered_with_them_once_without_a_sign_in()
        {
            using HostSimulator sim = Host();
            var world = new ReconciliationWorld(sim, new OfflinePolicySettings { Enabled = true }, new FixedBoardSecret(0x40));
            Assert.IsTrue(world.Settle(), "signed in and idle");
            string keys = Fingerprint(world.Keys);
            world.Purchase(1500, TestCards.Approved);
            Assert.AreEqual(ScreenIds.Approved, world.Terminal.Screen.Id);
            Assert.IsTrue(world.GoOffline());
            world.Purchase(2500, TestCards.Approved, EntryMode.Contactless);
            Assert.AreEqual(ScreenIds.OfflineApproved, world.Terminal.Screen.Id);
            Assert.AreEqual(1, world.Terminal.OfflineCount);

            world.Storage.CutPower(0);
            world.Reboot();
            Assert.AreEqual(keys, Fingerprint(world.Keys), "the same TMK, PIK and MAK after the power cut");
            Assert.IsTrue(world.Log.Contains("keys: 3 loaded from flash"), "the set read back at boot");
            Assert.IsTrue(world.Pump(() => world.Terminal.IsOnline && world.Terminal.OfflineCount == 0, 60_000), "the advice delivered");
            LedgerEntry advice = sim.Ledger.Entries.Single(e => e.Kind == LedgerEntryKind.Advice);
            Assert.AreEqual(2500, advice.AmountFen);
            Assert.AreEqual(PanMask.Mask(TestCards.Approved), advice.MaskedPan);
            Assert.IsTrue(world.Settle());
            world.Purchase(3500, TestCards.Approved);
            Assert.AreEqual(ScreenIds.Approved, world.Terminal.Screen.Id, "sold online with the kept MAK");
            Assert.AreEqual(1, sim.Host.SignInsOf(ReconciliationWorld.Tid), "no sign-in after the power cut");
        }

        [TestMethod]
        public void A_power_cut_at_every_write_of_the_first_sign_in_ends_signed_in_and_never_loses_the_keys()
        {
            int writes = ReconciliationWorld.CutAtEveryWrite(SignInCutAt);
            Assert.IsTrue(writes >= 5, "the sign-in writes the key set and the journal (" + writes + ")");
            TestContext.WriteLine("first sign-in: a power cut at each of " + writes + " flash writes, every one recovered");
        }

        [TestMethod]
        public void A_tampered_key_file_erases_the_keys_which_stay_erased_and_nothing_is_signed_in_or_sent()
        {
            using HostSimulator sim = Host();
            var world = new ReconciliationWorld(sim, null, new FixedBoardSecret(0x40));
            Assert.IsTrue(world.Settle(), "signed in and idle");
            string set = Newest(world.Storage);
            world.Storage.CorruptByte(set, world.Storage.Contents(set).Length / 2, 0x01);
            for (int boot = 0; boot < 2; boot++)
            {
                world.Storage.CutPower(0);
                world.Reboot();
                Assert.AreEqual(KeysLostReason.MacMismatch, world.Keys.LostReason, "boot " + boot);
                foreach (KeySlot slot in Slots)
                {
                    Assert.IsFalse(world.Keys.Has(slot), KeySlotNames.Of(slot) + " erased");
                }

                Assert.IsTrue(world.Pump(() => world.Terminal.IsOnline && world.Terminal.State == TxnState.Idle, 30_000));
                Assert.IsTrue(world.Terminal.Screen.KeysLost, "the idle screen's keys-lost note");
                world.Purchase(1000, TestCards.Approved);
                Assert.AreEqual(ScreenIds.Failed, world.Terminal.Screen.Id);
                Assert.AreEqual(TxnLocalCodes.CodeKeysLost, world.Terminal.Screen.Code);
                world.Press(Key.Cancel);
            }

            Assert.AreEqual(1, sim.Host.SignInsOf(ReconciliationWorld.Tid), "no sign-in without a master key");
            Assert.IsEmpty(sim.Ledger.Entries, "no sale reached the host");
        }

        // A fresh terminal whose first sign-in is cut at its cut-th flash write (none when negative), rebooted: it must
        // end signed in with the TEST TMK and working keys the host checks a sale's MAC with. Returns the sign-in's
        // writes when not cut.
        private static int SignInCutAt(int cut)
        {
            string what = "cut " + cut;
            using HostSimulator sim = Host();
            var world = new ReconciliationWorld(sim, null, new FixedBoardSecret(0x40));
            string tmk = world.Keys.Describe(KeySlot.Tmk);
            int before = world.Storage.MutationCount;
            if (cut >= 0)
            {
                world.Storage.ArmPowerCut(before + cut, 0);
            }

            world.Pump(() => world.PowerCut || (world.Terminal.State == TxnState.Result && world.Terminal.Screen.Id == ScreenIds.SignedIn), 60_000);
            int writes = world.Storage.MutationCount - before;
            if (world.PowerCut)
            {
                world.Reboot();
            }

            Assert.AreEqual(KeysLostReason.None, world.Keys.LostReason, what);
            Assert.AreEqual(tmk, world.Keys.Describe(KeySlot.Tmk), what + ": the TMK kept");
            Assert.IsTrue(world.Settle(), what + ": signed in and idle");
            Assert.IsTrue(world.Keys.Has(KeySlot.Mak), what);
            world.Purchase(1000, TestCards.Approved);
            Assert.AreEqual(ScreenIds.Approved, world.Terminal.Screen.Id, what + ": the host accepts the terminal's MAC");
            return writes;
        }

        // The host's clock stays at the world's start (2026-01-05 08:00 UTC, China time): a sign-in sets the terminal's
        // clock from it without changing the business day, so no daily sign-in comes on top of the ones tested.
        private static HostSimulator Host() =>
            new HostSimulator(new HostOptions { Clock = () => new DateTime(2026, 1, 5, 16, 0, 0, DateTimeKind.Unspecified) }).Start();

        private static string Fingerprint(IKeyStore keys) => string.Join(", ", Slots.Select(keys.Describe));

        private static string Newest(SimulatedStorage storage) =>
            storage.List().Where(n => n.StartsWith(PersistentKeyStore.FilePrefix, StringComparison.Ordinal))
                .OrderBy(n => int.Parse(n[PersistentKeyStore.FilePrefix.Length..], System.Globalization.CultureInfo.InvariantCulture)).Last();
    }
}
