using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Emulator;
using Pos.Hal;
using Pos.HostSim;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The emulator as a process over a kept data folder (issue "keys that survive a reboot"), against a host simulator
    /// that outlives it (<see cref="KeptEmulatorRig"/>): the keys in <c>keys.N</c> survive a stop (SIGTERM, and kill -9)
    /// and an offline sale made before it reaches the host once after the restart, with the amount and card the
    /// cashier saw; a tampered key file is detected, its keys stay lost across reboots, nothing is sent, and only a
    /// flash reset brings the TEST master key back.
    /// </summary>
    [TestClass]
    public sealed partial class EmulatorKeysRebootTests
    {
        private const string OnlinePan = TestCards.Approved;
        private const string OfflinePan = "6217001234567891234";

        [TestMethod]
        [DataRow(false, DisplayName = "stopped by SIGTERM")]
        [DataRow(true, DisplayName = "killed by SIGKILL")]
        [Timeout(90000, CooperativeCancellation = true)]
        public async Task Keys_survive_a_restart_and_the_offline_sale_reaches_the_host_once_with_the_amount_and_card_shown(bool kill)
        {
            await using var rig = new KeptEmulatorRig();
            string keys;
            int signIns;
            DateTime day;
            JsonElement offline;
            await using (EmulatorProcess first = await rig.StartAsync())
            {
                using var api = new ApiClient(first.Url);
                await rig.SignedInAsync(api, 1);
                Assert.AreEqual(1, Count(first.Output, KeptEmulatorRig.TestKeyLine), "a new data folder gets the TEST master key");
                Assert.IsTrue(File.Exists(rig.BoardSecretFile()), "the board secret is the rig's, not the user's");
                keys = await KeysCheckAsync(api);
                Assert.AreEqual(ExpectedKeysCheck(), keys, "the TEST TMK and the working keys of the simulator's first sign-in");
                signIns = rig.Sim.Host.SignInsOf(KeptEmulatorRig.Tid);
                Assert.AreEqual(1, signIns);
                day = BusinessDay();

                await api.SaleAsync("2", OnlinePan, "swipe", "APPROVED");
                await api.PostAsync("/api/link/down");
                await api.WaitAsync(s => !s.GetProperty("online").GetBoolean(), "for offline");
                offline = await api.SaleAsync("3", OfflinePan, "insert", "OFFLINE_APPROVED");
                await api.WaitAsync(s => ApiClient.Id(s) == "IDLE" && s.GetProperty("offlineCount").GetInt32() == 1, "one advice queued");
                Assert.AreEqual(kill ? 137 : 0, kill ? await first.KillAsync() : await first.TerminateAsync(), "the exit code");
            }

            // What the cashier saw on the offline approval: amount, masked card, trace number.
            string shown = offline.GetProperty("screenText").GetString()!;
            StringAssert.Contains(shown, "CNY 3.00", "the amount");
            string card = MaskedCard().Match(shown).Value;
            Assert.AreEqual(PanMask.Mask(OfflinePan), card, "the card: " + shown);
            Match trace = Regex.Match(shown, Regex.Escape(Catalog.Get(Locale.EnUs, TextKey.UiLabelTrace)) + @" +(\d{6})");
            Assert.IsTrue(trace.Success, "the trace number: " + shown);
            Assert.AreEqual(0, rig.Sim.Ledger.Entries.Count(e => e.Kind == LedgerEntryKind.Advice), "nothing delivered before the restart");
            Assert.AreEqual(string.Empty, Scan(rig.Data), "no card data or key in clear with the advice queued");

            await using (EmulatorProcess second = await rig.StartAsync())
            {
                using var api = new ApiClient(second.Url);
                Assert.AreEqual(keys, await KeysCheckAsync(api), "the same TMK, PIK and MAK after the restart");
                await api.WaitAsync(s => s.GetProperty("online").GetBoolean() && s.GetProperty("offlineCount").GetInt32() == 0, "for the advice's delivery");
                Assert.AreEqual(0, Count(second.Output, KeptEmulatorRig.TestKeyLine), "no TEST master key loaded over the stored one:\n" + second.Output);
                StringAssert.Contains(second.Output, "keys: 3 loaded from flash");

                LedgerEntry[] advices = rig.Sim.Ledger.Entries.Where(e => e.Kind == LedgerEntryKind.Advice).ToArray();
                Assert.HasCount(1, advices, "the offline sale reaches the host exactly once");
                Assert.AreEqual(300, advices[0].AmountFen, "the amount the cashier saw");
                Assert.AreEqual(card, advices[0].MaskedPan, "the card the cashier saw");
                Assert.AreEqual(LedgerStatus.Approved, advices[0].Status);
                Assert.AreEqual(KeptEmulatorRig.Tid, advices[0].Key.Tid);
                Assert.AreEqual(int.Parse(trace.Groups[1].Value, CultureInfo.InvariantCulture), advices[0].Key.Stan, "the trace number the cashier saw");
                string idle = (await api.WaitAsync(s => ApiClient.Id(s) == "IDLE", "for IDLE")).GetProperty("screenText").GetString()!;
                Assert.DoesNotContain(Catalog.Get(Locale.EnUs, TextKey.UiIdleNotSignedIn), idle, "signed in, as the cashier sees it");

                // With its working keys kept the terminal signs in again only for the daily sign-in (a new business
                // day between the two runs), and sells online at once: the host checks the request's MAC with the MAK
                // it delivered before the restart.
                await api.SaleAsync("4", OnlinePan, "tap", "APPROVED");
                int expected = signIns + (BusinessDay() == day ? 0 : 1);
                Assert.AreEqual(expected, rig.Sim.Host.SignInsOf(KeptEmulatorRig.Tid), "no sign-in after the restart (but the day's first)");
                Assert.AreEqual(2, rig.Sim.Ledger.Entries.Count(e => e.Kind == LedgerEntryKind.Purchase && e.Status == LedgerStatus.Approved
                    && e.MaskedPan == PanMask.Mask(OnlinePan)), "both online sales booked");
                Assert.AreEqual(0, rig.HostLog.Count(l => l.Contains("-> A0", StringComparison.Ordinal)), "no request failed the host's MAC check");
                AssertNoFault(second.Output);
                Assert.AreEqual(0, await second.TerminateAsync());
            }

            Assert.AreEqual(string.Empty, Scan(rig.Data), "no card data or key in clear after the delivery");
        }

        [TestMethod]
        [DataRow("flip", "MacMismatch", DisplayName = "one byte flipped")]
        [DataRow("truncate", "Malformed", DisplayName = "truncated")]
        [DataRow("other board", "MacMismatch", DisplayName = "another board's file")]
        [Timeout(90000, CooperativeCancellation = true)]
        public async Task A_tampered_key_file_is_detected_and_its_keys_stay_lost_until_a_flash_reset(string tamper, string reason)
        {
            await using var rig = new KeptEmulatorRig();
            await using (EmulatorProcess first = await rig.StartAsync())
            {
                using var api = new ApiClient(first.Url);
                await rig.SignedInAsync(api, 1);
                Assert.AreEqual(ExpectedKeysCheck(), await KeysCheckAsync(api));
                Assert.AreEqual(0, await first.TerminateAsync());
            }

            string file = rig.NewestKeyFile();
            byte[] bytes = File.ReadAllBytes(file);
            switch (tamper)
            {
                case "flip":
                    bytes[bytes.Length / 2] ^= 0x01; // in the PIK's record (TMK, PIK, MAK of 30 bytes each after a 13-byte header)
                    break;
                case "truncate":
                    bytes = bytes[..^1];
                    break;
                default:
                    bytes = await OtherBoardsKeysAsync(rig);
                    break;
            }

            File.WriteAllBytes(file, bytes);
            await using (EmulatorProcess second = await rig.StartAsync())
            {
                using var api = new ApiClient(second.Url);
                await AssertKeysLostAsync(api, reason, "at the boot after the tampering");
                StringAssert.Contains(second.Output, "keys: stored keys unusable (" + reason + "), all erased");

                // A sale is refused on the terminal (no MAC key): nothing reaches the host.
                JsonElement refused = await api.SaleAsync("2", OnlinePan, "swipe", "FAILED");
                StringAssert.Contains(refused.GetProperty("screenText").GetString(), "LKL", "the keys-erased code (local.keys_lost), not \"sign in\"");

                // The lost state is kept in the data folder: a reboot does not bring keys back.
                await api.PostAsync("/api/power/reboot");
                await second.WaitOutputAsync("keys: lost at an earlier boot (" + reason + "), must be loaded");
                await AssertKeysLostAsync(api, reason, "after a reboot");
                Assert.AreEqual(0, Count(second.Output, KeptEmulatorRig.TestKeyLine), "no TEST master key loaded over a lost set:\n" + second.Output);
                Assert.AreEqual(1, rig.Sim.Host.SignInsOf(KeptEmulatorRig.Tid), "no sign-in without a master key");
                Assert.AreEqual(0, rig.HostLog.Count(l => l.StartsWith("0200", StringComparison.Ordinal)), "no sale sent");
                Assert.AreEqual(0, rig.Sim.Ledger.Entries.Count, "nothing booked");

                // Only the page's "reset flash" (a technician re-provisioning the terminal) loads the TEST key again.
                await api.PostAsync("/api/flash/reset");
                await second.WaitOutputAsync(KeptEmulatorRig.TestKeyLine);
                Assert.AreEqual(1, Count(second.Output, KeptEmulatorRig.TestKeyLine), "a fresh TEST master key after the reset");
                await rig.SignedInAsync(api, 2);
                StringAssert.StartsWith(await KeysCheckAsync(api), "WARN TMK " + Kcv(TestKeys.TerminalMasterKey) + " PIK ", "signed in with it");
                string idle = (await api.StateAsync()).GetProperty("screenText").GetString()!;
                Assert.DoesNotContain(Catalog.Get(Locale.EnUs, TextKey.UiIdleKeysLost), idle, "the note is gone");
                await api.SaleAsync("5", OnlinePan, "swipe", "APPROVED");
                Assert.AreEqual(2, rig.Sim.Host.SignInsOf(KeptEmulatorRig.Tid), "one sign-in after the reset");
                AssertNoFault(second.Output);
                Assert.AreEqual(0, await second.TerminateAsync());
            }
        }

        // Idle and online with the keys-lost note, the keys check failing with the reason and the keys-lost checklist.
        private static async Task AssertKeysLostAsync(ApiClient api, string reason, string when)
        {
            string note = Catalog.Get(Locale.EnUs, TextKey.UiIdleKeysLost);
            await api.WaitAsync(s => ApiClient.Id(s) == "IDLE" && s.GetProperty("online").GetBoolean()
                && s.GetProperty("screenText").GetString()!.Contains(note, StringComparison.Ordinal), "for the keys-lost note " + when);
            JsonElement check = await api.PostAsync("/api/check/keys");
            Assert.AreEqual("FAIL keys lost: " + reason, check.GetProperty("result").GetString(), when);
            Assert.AreEqual("local.keys_lost", check.GetProperty("checklist").GetString(), when);
        }

        private static async Task<byte[]> OtherBoardsKeysAsync(KeptEmulatorRig rig)
        {
            string data = Path.Combine(rig.Root, "other-data");
            await using EmulatorProcess other = await rig.StartAsync("other-board", data, "10000002");
            using var api = new ApiClient(other.Url);
            await rig.SignedInAsync(api, 1, "10000002");
            Assert.AreEqual(0, await other.TerminateAsync());
            CollectionAssert.AreNotEqual(File.ReadAllBytes(rig.BoardSecretFile()), File.ReadAllBytes(rig.BoardSecretFile("other-board")), "two boards");
            return File.ReadAllBytes(rig.NewestKeyFile(data));
        }

        private static async Task<string> KeysCheckAsync(ApiClient api) =>
            (await api.PostAsync("/api/check/keys")).GetProperty("result").GetString()!;

        // The keys check of a terminal with the TEST TMK and the keys of the simulator's first sign-in (double length,
        // PIK then MAK drawn from its seed).
        private static string ExpectedKeysCheck()
        {
            (byte[] pik, byte[] mak) = WorkingKeys();
            // The TEST master key is in use, so the check WARNs and names it TEST (local.keys_test).
            return "WARN TMK " + Kcv(TestKeys.TerminalMasterKey) + " PIK " + Kcv(pik) + " MAK " + Kcv(mak) + " TEST";
        }

        private static (byte[] Pik, byte[] Mak) WorkingKeys()
        {
            var random = new SeededRandom(KeptEmulatorRig.Seed);
            byte[] pik = new byte[16];
            byte[] mak = new byte[16];
            random.NextBytes(pik);
            random.NextBytes(mak);
            return (pik, mak);
        }

        private static string Kcv(byte[] key)
        {
            byte[] kcv = new byte[4];
            KeyCheckValue.Compute(new DesKey(key), kcv, 0, kcv.Length);
            return Hex.Encode(kcv);
        }

        // The terminal's business day (China time), which decides the daily sign-in.
        private static DateTime BusinessDay() => DateTime.UtcNow.AddHours(8).Date;

        private static int Count(string text, string what) => Regex.Matches(text, Regex.Escape(what)).Count;

        private static void AssertNoFault(string output)
        {
            Assert.DoesNotContain("Exception", output, "no exception");
            Assert.DoesNotContain("guard: fault", output, "no fault reached the guard");
        }

        // Every file of the folder scanned for the cards' numbers and tracks, the TEST TMK, the working keys and the
        // card-data key, in every form SecretScanner knows.
        private static string Scan(string folder)
        {
            var scanner = new SecretScanner();
            foreach (string pan in new[] { OnlinePan, OfflinePan })
            {
                scanner.AddDigits(pan, pan);
                scanner.AddDigits(pan + " track 2", CardPresets.Build(pan, EntryMode.Magstripe).Track2);
            }

            (byte[] pik, byte[] mak) = WorkingKeys();
            scanner.AddSecretBytes("TMK", TestKeys.TerminalMasterKey);
            scanner.AddSecretBytes("PIK", pik);
            scanner.AddSecretBytes("MAK", mak);
            scanner.AddDataKeyOf("data key", TestKeys.TerminalMasterKey);
            string[] files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
            Assert.AreNotEqual(0, files.Length, "files to scan in " + folder);
            foreach (string file in files)
            {
                scanner.ScanBytes(Path.GetFileName(file), File.ReadAllBytes(file));
            }

            return scanner.Report();
        }

        [GeneratedRegex(@"\d{6}\*+\d{4}")]
        private static partial Regex MaskedCard();
    }
}
