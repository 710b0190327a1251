using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Localization;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.Core.Ui;
using Pos.Core.Ui.Screens;

namespace Pos.Tests.Host.Catalog
{
    /// <summary>
    /// Every screen id has a view, a sample and a text form (found by reflection over <see cref="ScreenIds"/>), and PNG snapshots of every
    /// transaction screen in every locale go to <c>$TMPDIR/pos-ui-snapshots/screens/</c> for looking at.
    /// </summary>
    [TestClass]
    public sealed class ScreenSnapshotTests
    {
        private static List<string> DeclaredIds() =>
            typeof(ScreenIds).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (string)f.GetRawConstantValue()!)
                .ToList();

        [TestMethod]
        public void Every_declared_screen_id_has_a_view_a_sample_and_a_text_form()
        {
            List<string> ids = DeclaredIds();
            Assert.IsGreaterThan(20, ids.Count);
            foreach (string id in ids)
            {
                Assert.AreEqual(id, TransactionScreenView.IdAt(TransactionScreenView.IndexOf(id)), "no view for " + id);
                Assert.Contains(id, ScreenSamples.AllIds, "no sample for " + id);
                Assert.IsTrue(ScreenText.Knows(id), "no text form for " + id);
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
                foreach (string id in ScreenSamples.AllIds)
                {
                    ScreenModel model = ScreenSamples.Model(id);
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
