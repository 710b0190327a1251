using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Localization;
using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Screens;

namespace Pos.Tests.Host.Catalog
{
    /// <summary>
    /// Every screen id has a view (found by reflection over <see cref="ScreenIds"/>), and PNG snapshots of every
    /// transaction screen in every locale go to <c>$TMPDIR/pos-ui-snapshots/screens/</c> for looking at.
    /// </summary>
    [TestClass]
    public sealed class ScreenSnapshotTests
    {
        // Lines as the machine fills them (ScreenIds documents each), every optional line set.
        private static readonly Dictionary<string, string[]> Samples = new()
        {
            [ScreenIds.Idle] = ["OFFLINE", "2", "REVERSAL:98", "NOT_SIGNED_IN"],
            [ScreenIds.Menu] = [],
            [ScreenIds.Amount] = ["PURCHASE", "123.45", "LIMIT"],
            [ScreenIds.OriginalStan] = ["VOID", "000123", "NOT_FOUND"],
            [ScreenIds.VoidConfirm] = ["88.00", "622202******1234", "000123"],
            [ScreenIds.PresentCard] = ["PURCHASE", "123.45", "E2", "CT"],
            [ScreenIds.Pin] = ["123.45", "622202******1234", "******", "RETRY", "OPTIONAL"],
            [ScreenIds.Processing] = ["PURCHASE"],
            [ScreenIds.Reversing] = ["98", "2"],
            [ScreenIds.SigningIn] = [],
            [ScreenIds.Settling] = [],
            [ScreenIds.Uploading] = ["3", "5"],
            [ScreenIds.Approved] = ["123.45", "622202******1234", "A1B2C3", "000042", "REFUND", "123456789012", "20261122T014130", "FALLBACK"],
            [ScreenIds.OfflineApproved] = ["88.00", "622202******1234", "000043", "20261122T014130", "FALLBACK"],
            [ScreenIds.Balance] = ["12345.67"],
            [ScreenIds.Declined] = ["51", "NoRetry", "UseAnotherCard"],
            [ScreenIds.RetainCard] = ["41", "OperatorAction", "RetainCard"],
            [ScreenIds.Failed] = ["ZZ"],
            [ScreenIds.OfflineDeclined] = ["L02"],
            [ScreenIds.ReversalPending] = ["98", "LTO"],
            [ScreenIds.NoConnection] = ["LNC", "OFFLINE"],
            [ScreenIds.ReversalBlocked] = ["98", "3"],
            [ScreenIds.SignedIn] = ["000002"],
            [ScreenIds.SignInFailed] = ["LKC", "KcvMismatch"],
            [ScreenIds.Settled] = ["UPLOADED", "000003", "000002", "999", "9999999999.99", "999", "9999999999.99"],
            [ScreenIds.SettleFailed] = ["LTO"],
            [ScreenIds.LastTransaction] = ["APPROVED", "PURCHASE", "12.34", "622202******1234", "000042", "123456789012", "20261122T014130", ""],
            [ScreenIds.Duplicate] = ["12.34", "622202******1234", "000042", "20261122T014130", "APPROVED", "3"],
        };

        private static List<string> DeclaredIds() =>
            typeof(ScreenIds).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (string)f.GetRawConstantValue()!)
                .ToList();

        [TestMethod]
        public void Every_declared_screen_id_has_a_view_and_a_sample()
        {
            List<string> ids = DeclaredIds();
            Assert.IsGreaterThan(20, ids.Count);
            foreach (string id in ids)
            {
                Assert.IsNotNull(TransactionScreenView.Find(id), "no view for " + id);
                Assert.IsTrue(Samples.ContainsKey(id), "no sample for " + id);
            }

            Assert.AreEqual(ids.Count, TransactionScreenView.EntryCount);
        }

        [TestMethod]
        public void Png_snapshots_of_every_screen_in_every_locale()
        {
            string dir = Path.Combine(Path.GetTempPath(), "pos-ui-snapshots", "screens");
            Directory.CreateDirectory(dir);
            var renderer = new ScreenRenderer();
            var view = new TransactionScreenView { MerchantName = "DEMO STORE", TerminalId = "12345678" };
            var status = new StatusSnapshot
            {
                Online = false, OfflineCount = 2, BatteryPercent = 76, UtcNow = new DateTime(2026, 11, 22, 1, 41, 0, DateTimeKind.Utc),
            };
            for (int locale = 0; locale < Locale.Count; locale++)
            {
                foreach (var (id, lines) in Samples)
                {
                    var model = new ScreenModel();
                    model.Clear(id);
                    for (int i = 0; i < lines.Length; i++)
                    {
                        model.Set(i, lines[i]);
                    }

                    var screen = new Screen();
                    view.Render(model, status, locale, screen);
                    Assert.AreEqual(0, view.ClippedWrites, id);
                    var display = new FrameDisplay();
                    renderer.Render(screen, display);
                    string name = id.ToLowerInvariant() + "-" + Locale.Tag(locale);
                    string path = Path.Combine(dir, name + ".png");
                    PngWriter.Write(path, display.Frame, 320, 240);
                    File.WriteAllText(Path.Combine(dir, name + ".txt"), screen.ToText());
                    Assert.IsGreaterThan(1000L, new FileInfo(path).Length);
                }
            }
        }
    }
}
