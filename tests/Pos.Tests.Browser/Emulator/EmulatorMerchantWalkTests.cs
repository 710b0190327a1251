using System.Text;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Emulator;
using Pos.HostSim;

namespace Pos.Tests.Browser.Emulator
{
    /// <summary>
    /// Issue #18's acceptance walk on the emulator (<c>--operators</c>, a kept <c>--data</c> folder), by keys as the
    /// page's keypad sends them: the supervisor's first sign-on and forced change, cashier 02 added, signed on (forced
    /// change), a sale of 12.34; a void refused with a wrong supervisor password and with CANCEL, then done with it; the
    /// sale found by its voucher number (FUNC, Transactions, 6, 1) says VOIDED, operator 02; the audit trail (the
    /// technician menu's item 10 and its export, <see cref="EmulatedTerminal.AuditAsync"/>) tells it all in order; the
    /// host simulator's ledger has the sale and its void. Then, the emulator stopped, one byte of the sale's audit entry is
    /// edited in the data folder: the next start reports the broken chain (the audit check, the menu's audit view).
    /// </summary>
    [TestClass]
    public sealed class EmulatorMerchantWalkTests
    {
        private const string TechnicianPin = "2 4 6 8 1 0";

        [TestMethod]
        [Timeout(150000, CooperativeCancellation = true)]
        public async Task Cashier_02_sells_voids_with_the_supervisor_finds_the_sale_voided_and_an_edited_audit_entry_shows_after_a_reboot()
        {
            string dir = Path.Combine(Path.GetTempPath(), "pos-emu-walk-" + Guid.NewGuid().ToString("N"));
            try
            {
                string voucher;
                await using (EmulatorHost host = await StartAsync(dir))
                {
                    using var api = new ApiClient(host.Url);
                    voucher = await WalkAsync(api, host);
                }

                // The cashier "corrects" the sale's amount in the trail: 12.34 becomes 92.34, one byte.
                string segment = Directory.GetFiles(dir, "audit.*").Single(f => IndexOf(File.ReadAllBytes(f), "sale 12.34 #" + voucher) >= 0);
                byte[] bytes = await File.ReadAllBytesAsync(segment);
                bytes[IndexOf(bytes, "sale 12.34 #" + voucher) + 5] = (byte)'9';
                await File.WriteAllBytesAsync(segment, bytes);

                await using (EmulatorHost again = await StartAsync(dir))
                {
                    using var api = new ApiClient(again.Url);
                    await api.WaitAsync(s => ApiClient.Id(s) == "MENU:SignOnNumber", "for the sign-on prompt");
                    JsonElement state = await api.StateAsync();
                    string audit = state.GetProperty("audit").GetString()!;
                    StringAssert.StartsWith(audit, "chain BROKEN at #");
                    StringAssert.Contains(audit, "(Crc)");
                    string at = audit.Substring("chain BROKEN at ".Length, audit.IndexOf(' ', "chain BROKEN at ".Length) - "chain BROKEN at ".Length);
                    JsonElement check = await api.PostAsync("/api/check/audit");
                    StringAssert.StartsWith(check.GetProperty("result").GetString(), "FAIL broken at " + at + " (damaged)");

                    await TechnicianMenuAsync(api, "CANCEL FUNC FUNC 9 " + TechnicianPin + " ENTER");
                    string screen = await AuditViewAsync(api, "Chain BROKEN");
                    StringAssert.Contains(screen, "Chain BROKEN at " + at + ": damaged entry", screen);
                }
            }
            finally
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, true);
                }
            }
        }

        // Everything up to the reboot; returns the sale's voucher number (six digits).
        private static async Task<string> WalkAsync(ApiClient api, EmulatorHost host)
        {
            // The supervisor's first sign-on (the factory password changed at once), cashier 02 added, sign-off.
            await OperatorKeys.CashierAddedAsync(api);

            // Cashier 02 signs on (the initial password changed at once) and sells 12.34.
            await Type(api, "0 2 ENTER 1 1 1 1 1 1 ENTER");
            await api.WaitAsync(s => ApiClient.Id(s) == "MENU:OperatorNewPassword", "for the cashier's forced change");
            await Type(api, "2 2 2 2 2 2 ENTER 2 2 2 2 2 2 ENTER");
            await api.WaitAsync(s => ApiClient.Id(s) == "IDLE", "for idle, signed on");
            await Type(api, "1 2 3 4 ENTER");
            await api.WaitAsync(s => ApiClient.Id(s) == "PRESENT_CARD", "for the card prompt");
            await api.PostAsync("/api/card?pan=" + TestCards.Approved + "&mode=swipe");
            JsonElement sale = await api.WaitAsync(s => ApiClient.Id(s) == "APPROVED", "for the sale");
            string voucher = sale.GetProperty("stan").GetInt32().ToString("D6");
            await Type(api, "ENTER");
            await api.WaitAsync(s => ApiClient.Id(s) == "IDLE", "for idle after the sale");

            // The void: a wrong supervisor password is refused, CANCEL refuses it; with the password it goes through.
            await Type(api, "FUNC DOWN ENTER 1");
            await api.WaitAsync(s => ApiClient.Id(s) == "MENU:SupervisorPassword", "for the supervisor prompt");
            await Type(api, "9 9 9 9 9 9 ENTER");
            await api.WaitAsync(s => s.GetProperty("screenText").GetString()!.Contains("Wrong password"), "for the refusal");
            await Type(api, "CANCEL");
            await api.WaitAsync(s => ApiClient.Id(s) == "MENU" && s.GetProperty("state").GetString() == "Menu", "back in the function menu");
            await Type(api, "1 " + OperatorKeys.Supervisor + " ENTER");
            await api.WaitAsync(s => s.GetProperty("state").GetString() == "OriginalStanEntry", "for the original's voucher number");
            await Type(api, string.Join(" ", voucher.ToCharArray()) + " ENTER");
            await api.WaitAsync(s => s.GetProperty("state").GetString() == "VoidConfirm", "for the void's confirmation");
            await Type(api, "ENTER");
            JsonElement voided = await api.WaitAsync(s => ApiClient.Id(s) == "APPROVED", "for the void's approval");
            string voidVoucher = voided.GetProperty("stan").GetInt32().ToString("D6");
            await Type(api, "ENTER");
            await api.WaitAsync(s => ApiClient.Id(s) == "IDLE", "for idle after the void");

            // The records: the sale by its voucher number, VOIDED, cashier 02's, the card masked.
            await Type(api, "FUNC DOWN ENTER");
            await api.WaitAsync(s => ApiClient.Id(s) == "MENU", "for the function menu");
            await Type(api, "6 1 " + string.Join(" ", voucher.ToCharArray()) + " ENTER");
            JsonElement record = await api.WaitAsync(s => ApiClient.Id(s) == "RECORD_DETAIL", "for the record");
            string detail = record.GetProperty("screenText").GetString()!;
            StringAssert.Contains(detail, "VOIDED");
            StringAssert.Contains(detail, voucher);
            StringAssert.Contains(detail, "12.34");
            StringAssert.Matches(detail, new System.Text.RegularExpressions.Regex(@"Operator\s+02\b"), "cashier 02's sale: " + detail);
            StringAssert.Contains(detail, "622200******0001");
            await Type(api, "CANCEL CANCEL CANCEL CANCEL CANCEL");
            await api.WaitAsync(s => ApiClient.Id(s) == "IDLE", "for idle after the look-up");

            // The audit trail as the terminal holds it: each step, in order, under its operator; no card number.
            string[] trail = await host.Device.AuditAsync();
            string all = string.Join("\n", trail);
            Console.WriteLine(all);
            InOrder(all, new[]
            {
                "OP 00 sign-on", "OP 00 added cashier 02", "OP 00 sign-off", "OP 02 password ok (change required)", "OP 02 sign-on",
                "OP 02 sale 12.34 #" + voucher + " *0001 approved auth ",
                "OP 00 password wrong 1/5", "OP 02 void: refused, supervisor password not given", "OP 02 void: refused, supervisor prompt cancelled",
                "OP 02 void: supervisor approved", "OP 02 void 12.34 #" + voidVoucher + " *0001 of #" + voucher + " approved auth ",
            });
            Assert.IsFalse(all.Contains(TestCards.Approved, StringComparison.Ordinal), "never the card number");

            // The same on the terminal: cashier 02 signs off; from the sign-on prompt, the technician menu's item 10, then 1
            // exports every entry to the serial log.
            await Type(api, "FUNC DOWN DOWN ENTER");
            await api.WaitAsync(s => ApiClient.Id(s) == "MENU:SignOnNumber", "for the sign-on prompt after the sign-off");
            await TechnicianMenuAsync(api, "CANCEL FUNC FUNC 9 0 0 0 0 0 0 ENTER " + TechnicianPin + " ENTER " + TechnicianPin + " ENTER");
            string view = await AuditViewAsync(api, "Chain intact");
            StringAssert.Contains(view, "Chain intact", view);
            await Type(api, "1");
            await api.WaitAsync(s => s.GetProperty("screenText").GetString()!.Contains("entries written to serial log"), "for the export");
            string log = string.Join("\n", host.Log.Since(0).Select(l => l.Text));
            InOrder(log, new[]
            {
                "audit: export ", " 02 SIGN ON sign-on", " 02 TRANSACTION sale 12.34 #" + voucher + " *0001 approved auth ",
                " 02 ROLE ACTION void: refused, supervisor password not given", " 02 ROLE ACTION void: refused, supervisor prompt cancelled",
                " 02 ROLE ACTION void: supervisor approved", " 02 TRANSACTION void 12.34 #" + voidVoucher + " *0001 of #" + voucher + " approved auth ",
                "audit: export end, ",
            });

            // The host's ledger says what the screens said: the sale, voided by its void; nothing left to settle.
            Ledger ledger = host.HostSim!.Ledger;
            LedgerEntry purchase = ledger.Entries.Single(e => e.Kind == LedgerEntryKind.Purchase && e.Key.Stan == int.Parse(voucher));
            Assert.AreEqual(1234, purchase.AmountFen);
            Assert.AreEqual(LedgerStatus.Voided, purchase.Status);
            LedgerEntry voidEntry = ledger.Entries.Single(e => e.Kind == LedgerEntryKind.Void);
            Assert.AreEqual(purchase.Key, voidEntry.Original);
            Assert.AreEqual(int.Parse(voidVoucher), voidEntry.Key.Stan);
            BatchTotals totals = ledger.Totals(purchase.Key.Tid, purchase.Key.Batch);
            Assert.AreEqual(0, totals.DomesticDebitFen, "sale and void net to zero");
            Assert.AreEqual(0, totals.DomesticDebitCount);
            return voucher;
        }

        private static async Task<EmulatorHost> StartAsync(string dir)
        {
            var host = new EmulatorHost(new EmulatorOptions
            {
                FastLink = true, Locale = "en-US", RequireOperatorSignOn = true, DataDirectory = dir, TemporaryData = false,
            });
            await host.StartAsync();
            return host;
        }

        // The technician menu opened by <paramref name="keys"/> (CANCEL first puts the sign-on prompt aside), then its item 10 (Audit trail).
        private static async Task TechnicianMenuAsync(ApiClient api, string keys)
        {
            await Type(api, keys);
            await api.WaitAsync(s => ApiClient.Id(s) == "MENU:Main", "for the technician menu");
            await Type(api, "DOWN DOWN DOWN DOWN DOWN DOWN DOWN DOWN DOWN ENTER");
        }

        private static async Task<string> AuditViewAsync(ApiClient api, string text)
        {
            JsonElement s = await api.WaitAsync(d => ApiClient.Id(d) == "MENU:AuditTrail" && d.GetProperty("screenText").GetString()!.Contains(text), "for the audit view");
            return s.GetProperty("screenText").GetString()!;
        }

        // Each of <paramref name="steps"/> found in <paramref name="text"/> after the one before.
        private static void InOrder(string text, string[] steps)
        {
            int at = 0;
            foreach (string step in steps)
            {
                int next = text.IndexOf(step, at, StringComparison.Ordinal);
                Assert.IsTrue(next >= 0, "\"" + step + "\" after the steps before it in:\n" + text);
                at = next + step.Length;
            }
        }

        private static int IndexOf(byte[] bytes, string text)
        {
            byte[] needle = Encoding.ASCII.GetBytes(text);
            for (int i = 0; i + needle.Length <= bytes.Length; i++)
            {
                if (bytes.AsSpan(i, needle.Length).SequenceEqual(needle))
                {
                    return i;
                }
            }

            return -1;
        }

        private static Task Type(ApiClient api, string keys) => OperatorKeys.TypeAsync(api, keys);
    }
}
