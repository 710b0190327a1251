using System.Collections.Generic;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.App;
using Pos.Core.Common;
using Pos.Core.Offline;
using Pos.Core.Protocol.Messages;
using Pos.Core.Scenarios;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using Pos.Core.Transactions;
using Pos.Core.Ui.Screens;
using Pos.Hal;

namespace Pos.Tests.Host.Security
{
    /// <summary>
    /// The dump check (docs/SECURITY.md, card data at rest): after sales with a PIN, offline sales with tracks, a
    /// reversal, the advices' delivery and a settlement through the scenario runner, no card number, track, PIN, PIN
    /// block or key is found in clear in any byte of the simulated flash, any serial log line or any screen shown, in
    /// any of the forms <see cref="SecretScanner"/> knows. The controls show the scan finds a clear record when there
    /// is one.
    /// </summary>
    [TestClass]
    public class DumpCheckTests
    {
        private const string OnlinePan = "6222021234567890";
        private const string OfflinePan = "6217001234567891234";
        private const string ReversedPan = "6259651234567893";
        private const string TapPan = "6225887654321098";
        private const string Pin = "739184";

        [TestMethod]
        public void No_card_data_pin_or_key_in_clear_in_the_flash_the_log_or_on_a_screen()
        {
            ScenarioRunner r = World();
            SecretScanner scanner = Secrets();
            var seen = new HashSet<string>();
            string script =
                "wait online\nadvance 1s\nexpect screen SIGNED_IN\nkey CANCEL\nexpect screen IDLE\n"
                // An online sale with a PIN.
                + "key 5 0 0 ENTER\ncard magstripe " + OnlinePan + " 3012 220\nexpect screen PIN\nkey " + Spaced(Pin) + " ENTER\n"
                + "expect state Authorising\nhost reply 00\nexpect screen APPROVED\nkey CANCEL\nexpect screen IDLE\n"
                // A sale the host does not answer: reversal 98 kept, then sent and answered.
                + "key 2 0 0 ENTER\ncard magstripe " + ReversedPan + " 3012 201\nexpect reversal pending 98\nhost fault timeout\n"
                + "expect screen REVERSAL_PENDING 98\nkey CANCEL\nadvance 1ms\nexpect sent 0400:98\nhost reply 00\nexpect reversal none\n"
                // Offline: a swiped sale (track 2) and a tapped one, queued as advices.
                + "key CANCEL\nlink down\nexpect offline\n"
                + "key 3 0 0 ENTER\ncard magstripe " + OfflinePan + " 2912 201\nexpect screen OFFLINE_APPROVED 3.00\nkey CANCEL\n"
                + "key 4 0 0 ENTER\ncard contactless " + TapPan + "\nexpect screen OFFLINE_APPROVED 4.00\nkey CANCEL\n"
                + "expect offline count 2\n";
            Play(r, script, scanner, seen);
            ScanFlash(r, scanner, "with two advices queued");
            Play(r, "link up\nwait online\nhost auto 00\nadvance 5s\nexpect offline count 0\nhost auto off\nkey CANCEL\n", scanner, seen);
            ScanFlash(r, scanner, "after delivery");
            Play(r, "key FUNC 4\nexpect screen SETTLED\nkey CANCEL\nexpect batch 2\n", scanner, seen);
            ScanFlash(r, scanner, "after settlement");
            string trail = Pos.Core.Simulation.AuditTexts.Dump(r.Terminal.Audit);
            foreach (string entry in new[] { " TRANSACTION sale 5.00 #", " TRANSACTION sale 2.00 #", " reversed 00|", " TRANSACTION offline sale 3.00 #",
                " TRANSACTION offline sale 4.00 #", " TRANSACTION settle batch 000001 ok" })
            {
                StringAssert.Contains(trail, entry, "the audit files scanned hold the transactions (by their last four only)");
            }

            foreach (string name in r.Storage.List())
            {
                string text = System.Text.Encoding.ASCII.GetString(r.Storage.Contents(name));
                Assert.AreEqual(-1, text.IndexOf(TransactionLog.Prefix, System.StringComparison.Ordinal), name + ": the settled batch's entries (sealed PANs) are off the flash");
                Assert.IsFalse(name.StartsWith(RecordLog.FilePrefix, System.StringComparison.Ordinal) && HoldsBatchEntry(r.Storage.Contents(name)),
                    name + ": no entry of the settled batch's log is left in the journal");
            }

            Play(r, "power cut\nwait online\n", scanner, seen);
            ScanFlash(r, scanner, "after a reboot");

            Assert.AreEqual(string.Empty, scanner.Report(), "secrets in clear");
            Assert.IsTrue(seen.Count > 10, "screens were scanned");
        }

        [TestMethod]
        public void Control_the_scan_finds_a_clear_record_of_the_old_format_in_the_flash()
        {
            // A version 1 advice (card data in clear), as a journal written before sealing holds it.
            ScenarioRunner r = World();
            Play(r, "wait online\n", Secrets(), new HashSet<string>());
            byte[] clear = ClearV1Advice(r.Terminal.Journal.State.BatchNumber);
            r.Terminal.Journal.Enqueue(QueueItemKind.Advice, "12345678", 1, 42, 0, clear, 0, clear.Length);
            SecretScanner scanner = Secrets();
            ScanFlash(r, scanner, "control");
            StringAssert.Contains(scanner.Report(), "offline PAN (ASCII) in");
            StringAssert.Contains(scanner.Report(), "offline track 2 (ASCII) in");
        }

        [TestMethod]
        public void Control_the_scan_finds_secrets_in_every_form()
        {
            SecretScanner scanner = Secrets();
            scanner.ScanText("screen", "card " + OnlinePan);
            scanner.ScanText("log", "t2 " + Hex.Encode(System.Text.Encoding.ASCII.GetBytes(OfflinePan + "=2912201")).ToLowerInvariant());
            scanner.ScanBytes("flash", Hex.Decode("00" + OfflinePan.Substring(1, 18) + "00"));
            scanner.ScanBytes("flash", SimulatedHost.TestOnlyMak);
            string report = scanner.Report();
            StringAssert.Contains(report, "online PAN (ASCII) in screen");
            StringAssert.Contains(report, "offline track 2 (hex of ASCII, lower case) in log");
            StringAssert.Contains(report, "offline PAN (packed BCD) in flash");
            StringAssert.Contains(report, "MAK (bytes) in flash");
        }

        private static ScenarioRunner World()
        {
            var options = new TerminalOptions("12345678", "123456789012345");
            options.OfflinePolicy.Enabled = true;
            options.OfflinePolicy.SetEntryModeAllowed(EntryMode.Magstripe, true);
            return new ScenarioRunner(options);
        }

        private static SecretScanner Secrets()
        {
            var s = new SecretScanner();
            s.AddDigits("online PAN", OnlinePan);
            s.AddDigits("online track 2", OnlinePan + "=3012220");
            s.AddDigits("reversed PAN", ReversedPan);
            s.AddDigits("reversed track 2", ReversedPan + "=3012201");
            s.AddDigits("offline PAN", OfflinePan);
            s.AddDigits("offline track 2", OfflinePan + "=2912201");
            s.AddDigits("tapped PAN", TapPan);
            s.AddDigits("PIN", Pin);
            s.AddSecretBytes("TMK", SimulatedHost.TestOnlyTmk);
            s.AddSecretBytes("PIK", SimulatedHost.TestOnlyPik);
            s.AddSecretBytes("MAK", SimulatedHost.TestOnlyMak);
            s.AddDataKeyOf("data key", SimulatedHost.TestOnlyTmk);

            // The PIN block as sent, and the clear ISO 9564 format 0 PIN field and block.
            byte[] pinDigits = new byte[Pin.Length];
            for (int i = 0; i < Pin.Length; i++)
            {
                pinDigits[i] = (byte)Pin[i];
            }

            byte[] block = new byte[8];
            Assert.AreEqual(SecurityError.None, PinBlock.Encrypt(new DesKey(SimulatedHost.TestOnlyPik), pinDigits, 0, pinDigits.Length, OnlinePan, block, 0));
            s.AddSecretBytes("PIN block", block);
            s.AddSecretBytes("PIN field", Hex.Decode("06" + Pin + "FFFFFFFF"));
            return s;
        }

        private static byte[] ClearV1Advice(int batch)
        {
            var sale = new FinancialRequest
            {
                Type = TransactionType.OfflineAdvice,
                AmountFen = 300,
                Stan = 42,
                Batch = batch,
                EntryMode = "021",
                LocalDate = "0105",
                LocalTime = "080000",
            };
            byte[] buffer = new byte[256];
            int n = RequestPayload.Write(sale, null, null, buffer, 0);
            buffer[0] = RequestPayload.ClearVersion;
            n = Tag(buffer, n, 2, OfflinePan);
            n = Tag(buffer, n, 35, OfflinePan + "=2912201");
            return buffer[..n];
        }

        private static int Tag(byte[] buffer, int p, int tag, string text)
        {
            buffer[p] = (byte)tag;
            buffer[p + 1] = (byte)text.Length;
            System.Text.Encoding.ASCII.GetBytes(text, 0, text.Length, buffer, p + 2);
            return p + 2 + text.Length;
        }

        // Runs the script line by line and scans the log and the screen after each.
        private static void Play(ScenarioRunner r, string script, SecretScanner scanner, HashSet<string> seen)
        {
            foreach (string line in script.Split('\n'))
            {
                string failure = r.Execute(line);
                Assert.IsNull(failure, line + ": " + failure + "\n" + string.Join("\n", r.Output.ToArray()));
                foreach (string logLine in r.Log.Lines)
                {
                    scanner.ScanText("serial log", logLine);
                }

                var status = new StatusSnapshot { UtcNow = r.Clock.UtcNow };
                r.App.Ui.Render(status, new RecordingDisplay());
                string screen = r.App.Ui.CurrentScreen.ToText();
                if (seen.Add(screen))
                {
                    scanner.ScanText("screen " + r.Terminal.Screen.Describe(), screen);
                }
            }

            foreach (string note in r.Output)
            {
                scanner.ScanText("screen model", note);
            }
        }

        private static void ScanFlash(ScenarioRunner r, SecretScanner scanner, string when)
        {
            foreach (string name in r.Storage.List())
            {
                scanner.ScanBytes("flash file " + name + " " + when, r.Storage.Contents(name));
            }
        }

        private static string Spaced(string digits)
        {
            return string.Join(" ", digits.ToCharArray());
        }

        // Whether a journal file holds an entry of the batch's log (the sealed PANs): a record of its own, or a part of a group.
        private static bool HoldsBatchEntry(byte[] file)
        {
            for (int at = 0; at + RecordFormat.Overhead <= file.Length; at += RecordFormat.Overhead + RecordFormat.ReadUInt16(file, at + 8))
            {
                int payload = at + RecordFormat.HeaderSize;
                int end = payload + RecordFormat.ReadUInt16(file, at + 8);
                if (file[at + 3] == RecordTypes.Entry && file[payload] == TransactionLog.EntryLog)
                {
                    return true;
                }

                for (int part = payload; file[at + 3] == RecordTypes.Group && part + 3 <= end; part += 3 + ((file[part + 1] << 8) | file[part + 2]))
                {
                    if (file[part] == RecordTypes.Entry && file[part + 3] == TransactionLog.EntryLog)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
