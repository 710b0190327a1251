using System;
using Pos.Core.Audit;
using Pos.Core.Common;
using Pos.Core.Localization;
using Pos.Core.Scenarios;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using Pos.Core.Ui;
using Pos.Core.Ui.Menus;
using Pos.Core.Ui.Screens;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.App
{
    /// <summary>
    /// "Audit trail" in the technician menu: the chain's status above the entries, newest first, three a page; 1 writes
    /// every entry to the serial log; a broken chain in the declined style. Pixel-exact hashes (CRC-32 through
    /// <see cref="CrcDisplay"/>) in both locales: re-pin only after looking at the screen (the test prints it).
    /// </summary>
    [TestClass]
    public class AuditViewTests
    {
        private const string TechPin = "246810";

        [TestMethod]
        public void Golden_screens_of_the_view_and_of_a_broken_chain_in_both_locales()
        {
            // en-US view, zh-CN view, en-US broken chain, zh-CN broken chain.
            uint[] expected = new uint[] { 0xFBA8C28Bu, 0xF4740785u, 0x21BD2EE4u, 0xA7E5CFADu };
            for (int i = 0; i < expected.Length; i++)
            {
                CrcDisplay display = new CrcDisplay();
                new ScreenRenderer().Render(View(i % 2 == 0 ? Locale.EnUs : Locale.ZhCn, i >= 2), display);
                OutputHelper.WriteLine("CRC " + display.Crc.ToString("X8"));
                Assert.AreEqual(240, display.RowsWritten);
                Assert.AreEqual(expected[i], display.Crc, "screen " + i.ToString());
            }
        }

        [TestMethod]
        public void The_view_pages_newest_first_and_1_exports_every_entry_to_the_serial_log()
        {
            ScenarioRunner r = Booted(Locale.EnUs);
            for (int i = 0; i < 10; i++)
            {
                r.Terminal.Audit.Append(Ticks(i), Operators.None, AuditEvent.Other, "filler " + i.ToString());
            }

            Open(r);
            AuditTrail trail = r.Terminal.Audit;
            Assert.AreEqual((int)MenuState.AuditTrail, (int)r.App.Menu.State);
            Assert.AreEqual((trail.Count + AuditView.EntriesPerPage - 1) / AuditView.EntriesPerPage, r.App.Menu.PageCount);
            string first = r.App.Ui.CurrentScreen.ToText();
            OutputHelper.WriteLine(first);
            Assert.Contains(TextFormat.Fill(Catalog.Get(Locale.EnUs, TextKey.UiAuditIntact), trail.Count.ToString()), first);
            Assert.Contains("#" + trail.LastSequence.ToString() + " ", first);
            Assert.Contains(Catalog.Get(Locale.EnUs, TextKey.UiAuditEvent6), first); // the PIN that opened the menu

            Script.Run(r, "ui DOWN");
            Assert.AreEqual(1, r.App.Menu.Page);
            string second = r.App.Ui.CurrentScreen.ToText();
            Assert.Contains("#" + (trail.LastSequence - AuditView.EntriesPerPage).ToString() + " ", second);
            Assert.AreEqual(-1, second.IndexOf("#" + trail.LastSequence.ToString() + " "));

            Script.Run(r, "ui 1");
            Assert.IsTrue(r.Log.Contains("audit: export "));
            Assert.IsTrue(r.Log.Contains("audit: #1 2026-01-05T08:"));
            Assert.IsTrue(r.Log.Contains("audit: #" + trail.LastSequence.ToString() + " "));
            Assert.IsTrue(r.Log.Contains("audit: export end, " + trail.Count.ToString() + " entries"));
            Assert.Contains(TextFormat.Fill(Catalog.Get(Locale.EnUs, TextKey.UiAuditExported), trail.Count.ToString()), r.App.Ui.CurrentScreen.ToText());
            Script.Run(r, "ui CANCEL");
            Assert.AreEqual((int)MenuState.Main, (int)r.App.Menu.State);
        }

        // Signed in, technician PIN set, a few entries of every length; with broken: entry #2 edited with its CRC
        // recomputed and the terminal restarted. Then the PIN, item 10 (Audit trail).
        private static Screen View(int locale, bool broken)
        {
            ScenarioRunner r = Booted(locale);
            AuditTrail trail = r.Terminal.Audit;
            trail.Append(Ticks(1), Operators.None, AuditEvent.Decline, "saf: 12345678/1/12 advice exhausted attempts=0 declined 51");
            trail.Append(Ticks(2), Operators.Technician, AuditEvent.ReversalCleared,
                "host may keep the charge: STAN 000012 batch 000001 amount 3.00 card 622202******7890 reason 98 attempts 0");
            if (broken)
            {
                byte[] segment = r.Storage.Contents("audit.1");
                int at = AuditFrame.HeaderSize + segment[AuditFrame.HeaderSize];
                segment[at + AuditFrame.TextOffset] ^= 0x20;
                int n = segment[at];
                RecordFormat.WriteUInt32(segment, at + n - 4, Crc32.Compute(segment, at, n - 4));
                r.Storage.Delete("audit.1");
                r.Storage.Append("audit.1", segment, 0, segment.Length);
                r.Storage.Flush("audit.1");
                r.Restart();
                Assert.AreEqual((int)AuditBreak.Hash, (int)r.Terminal.Audit.Break);
            }

            Open(r);
            StatusSnapshot status = new StatusSnapshot();
            status.Online = true;
            status.BatteryPercent = 80;
            status.UtcNow = new DateTime(2026, 1, 5, 8, 0, 0);
            status.UtcOffsetMinutes = StatusSnapshot.ChinaOffsetMinutes;
            r.App.Ui.Render(status, new CrcDisplay());
            OutputHelper.WriteLine(r.App.Ui.CurrentScreen.ToText());
            return r.App.Ui.CurrentScreen;
        }

        private static void Open(ScenarioRunner r)
        {
            Script.Run(r, "ui FUNC FUNC 9 " + TechPin + " ENTER");
            for (int i = 0; i < 9; i++)
            {
                Script.Run(r, "ui DOWN");
            }

            Script.Run(r, "ui ENTER");
        }

        private static ScenarioRunner Booted(int locale)
        {
            ScenarioRunner r = new ScenarioRunner();
            Script.Run(r, "wait online\nadvance 1s\nexpect screen SIGNED_IN\nkey CANCEL\nexpect screen IDLE");
            Assert.IsTrue(r.App.ChangeLocale(locale));
            byte[] pin = new byte[TechPin.Length];
            for (int i = 0; i < pin.Length; i++)
            {
                pin[i] = (byte)TechPin[i];
            }

            Assert.IsTrue(r.App.Pin.Change(pin, pin.Length));
            return r;
        }

        private static long Ticks(int minutes)
        {
            return new DateTime(2026, 1, 5, 7, 0, 0).Ticks + (minutes * TimeSpan.TicksPerMinute);
        }
    }
}
