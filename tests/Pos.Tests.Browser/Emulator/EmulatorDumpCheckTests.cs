using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Simulation;
using Pos.Emulator;
using Pos.Hal;
using Pos.HostSim;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// The dump check over the emulator's data folder (docs/SECURITY.md, card data at rest): after an online sale and
    /// two offline sales (inserted and tapped, track 2 with the inserted one) and their delivery, no card number or
    /// track 2 is found in clear in any file of the folder, in any form <see cref="SecretScanner"/> knows.
    /// </summary>
    [TestClass]
    public sealed class EmulatorDumpCheckTests
    {
        [TestMethod]
        [Timeout(60000, CooperativeCancellation = true)]
        public async Task No_card_data_or_master_key_in_clear_in_the_data_folder_after_offline_sales()
        {
            await using ApiSession api = await ApiSession.StartAsync(offline: true);
            await api.IdleOnlineAsync();
            await api.SaleAsync("2", TestCards.Approved, "swipe", "APPROVED");
            await api.PostAsync("/api/link/down");
            await api.WaitAsync(s => !s.GetProperty("online").GetBoolean(), "for offline");
            await api.SaleAsync("3", TestCards.Approved, "insert", "OFFLINE_APPROVED");
            await api.SaleAsync("4", TestCards.Generic, "tap", "OFFLINE_APPROVED");
            Assert.AreEqual(2, api.Host.Device.Snapshot.OfflineCount, "two advices queued");
            Assert.AreEqual(string.Empty, Scan(api), "with the advices queued");

            await api.PostAsync("/api/link/up");
            await api.WaitAsync(s => s.GetProperty("online").GetBoolean(), "for online");
            for (int i = 0; i < 300 && api.Host.Device.Snapshot.OfflineCount > 0; i++)
            {
                await Task.Delay(50);
            }

            Assert.AreEqual(0, api.Host.Device.Snapshot.OfflineCount, "advices delivered");
            Assert.AreEqual(string.Empty, Scan(api), "after delivery");
            string trail = string.Join("\n", await api.Host.Device.AuditAsync());
            StringAssert.Contains(trail, "sale 2.00 #", "the audit files scanned hold the sale");
            StringAssert.Contains(trail, "offline sale 3.00 #", "and the offline sales");
        }

        private static string Scan(ApiSession api)
        {
            var scanner = new SecretScanner();
            foreach (string pan in new[] { TestCards.Approved, TestCards.Generic })
            {
                scanner.AddDigits(pan, pan);
                scanner.AddDigits(pan + " track 2", CardPresets.Build(pan, EntryMode.Chip).Track2);
            }

            scanner.AddSecretBytes("TMK", TestKeys.TerminalMasterKey);
            foreach (string file in Directory.GetFiles(api.Host.Options.DataDirectory, "*", SearchOption.AllDirectories))
            {
                scanner.ScanBytes(Path.GetFileName(file), File.ReadAllBytes(file));
            }

            return scanner.Report();
        }
    }
}
