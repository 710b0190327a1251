using System;
using Pos.Core.Scenarios;
using Pos.Core.Simulation;
using Pos.Core.Transactions;
using Pos.Hal;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Transactions
{
    /// <summary>
    /// The screen model: the machine sets typed values (no "12.34" to read back), and the text form the logs and the
    /// scenario scripts read is the table of <see cref="ScreenText"/>, line for line the contract of <see cref="ScreenIds"/>.
    /// </summary>
    [TestClass]
    public class ScreenModelTests
    {
        private const string Magstripe = "card magstripe 6222021234567890 3012 201";

        // The text form of each sample (ScreenSamples.Model), in the order of ScreenSamples.AllIds.
        private static readonly string[] SampleTexts = new string[]
        {
            "IDLE | OFFLINE | 2 | REVERSAL:98 | NOT_SIGNED_IN",
            "MENU",
            "AMOUNT | PURCHASE | 123.45 | LIMIT",
            "ORIGINAL_STAN | VOID | 000123 | NOT_FOUND",
            "VOID_CONFIRM | 88.00 | 622202******1234 | 000123",
            "PRESENT_CARD | PURCHASE | 123.45 | E2 | CT",
            "PIN | 123.45 | 622202******1234 | ****** | RETRY | OPTIONAL",
            "PROCESSING | PURCHASE",
            "REVERSING | 98 | 2",
            "SIGNING_IN",
            "SETTLING",
            "UPLOADING | 3 | 5",
            "APPROVED | 123.45 | 622202******1234 | A1B2C3 | 000042 | REFUND | 123456789012 | 20261122T014130 | FALLBACK",
            "OFFLINE_APPROVED | 88.00 | 622202******1234 | 000043 | 20261122T014130 | FALLBACK",
            "BALANCE | 12345.67",
            "DECLINED | 55 | NoRetry | ReEnterPin",
            "RETAIN_CARD | 41 | OperatorAction | RetainCard",
            "FAILED | ZZ",
            "OFFLINE_DECLINED | L02",
            "REVERSAL_PENDING | 98 | LTO",
            "NO_CONNECTION | LNC | OFFLINE",
            "REVERSAL_BLOCKED | 98 | 3",
            "SIGNED_IN | 000002",
            "SIGN_IN_FAILED | LKC | MakCheckValue",
            "SETTLED | UPLOADED | 000003 | 000002 | 999 | 9999999999.99 | 999 | 9999999999.99",
            "SETTLE_FAILED | LTO",
            "LAST_TXN | DECLINED | REFUND | 9999999999.99 | 622202******1234 | 000042 | 123456789012 | 20261122T014130 | 51",
            "DUPLICATE | 9999999999.99 | 622202******1234 | 000041 | 20261122T014130 | OFFLINE_APPROVED | 9",
            "OVER_LIMIT | LDL | PURCHASE | 9999999999.99 | 9999999999.99 | 1234.56",
            "RECORD_MENU",
            "RECORD_QUERY | AMOUNT | 999999999999 | NOT_FOUND",
            "RECORD_LIST | DATE |  | 2/3 | 000999:OFFLINE_SALE:88.00:FLAGGED | 000998:REFUND:88.01:CONFIRMING | 000997:VOID:88.02:APPROVED"
                + " | 000996:SALE:9999999999.99:REVERSAL_PENDING | 000995:SALE:88.04:VOIDED",
            "RECORD_DETAIL | REVERSAL_PENDING | SALE | 9999999999.99 | 622202******1234 | 000042 | 123456789012 | 20261122T014130 | 07 | PENDING:98:2",
            "RECORD_GUIDE | REVERSAL_PENDING | SALE | 9999999999.99",
            "DAY_SUMMARY | 20261122 | SALES:999:9999999999.99 | VOIDS:12:1234.56 | REFUNDS:3:20.00 | OFFLINE:4:88.00 | FAILED:5 | OP00:1:123.45"
                + " | OP01:1:123.45 | OP02:1:123.45 | OP03:1:123.45",
        };

        [TestMethod]
        public void The_text_form_of_every_screen_is_its_line_table()
        {
            Assert.AreEqual(ScreenSamples.AllIds.Length, SampleTexts.Length);
            for (int i = 0; i < ScreenSamples.AllIds.Length; i++)
            {
                string id = ScreenSamples.AllIds[i];
                ScreenModel m = ScreenSamples.Model(id);
                Assert.IsTrue(ScreenText.Knows(id), id);
                Assert.AreEqual(SampleTexts[i], m.Describe(), id);
                for (int line = 0; line < ScreenModel.LineCount; line++)
                {
                    string expected = string.Empty;
                    if (line < ScreenText.FieldCount(id))
                    {
                        // A field that spans several lines prints its n-th value on its n-th line.
                        ScreenField field = ScreenText.Field(id, line);
                        int n = 0;
                        while (line - n > 0 && ScreenText.Field(id, line - n - 1) == field)
                        {
                            n++;
                        }

                        expected = ScreenText.Format(m, field, n);
                    }

                    Assert.AreEqual(expected, m.Line(line), id + " line " + line.ToString());
                }
            }
        }

        [TestMethod]
        public void A_value_at_its_none_prints_an_empty_line_and_Clear_puts_every_value_back()
        {
            for (int i = 0; i < ScreenSamples.AllIds.Length; i++)
            {
                ScreenModel m = ScreenSamples.Model(ScreenSamples.AllIds[i]);
                int version = m.Version;
                m.Clear(ScreenIds.Approved);
                Assert.IsTrue(m.Version > version);
                Assert.AreEqual("APPROVED", m.Describe(), ScreenSamples.AllIds[i]);
                Assert.AreEqual(ScreenModel.NoAmount, m.AmountFen);
                Assert.AreEqual(ScreenModel.NoNumber, m.Stan);
                Assert.AreEqual(string.Empty, m.MaskedPan);
                Assert.IsFalse(m.HasTime);
                Assert.AreEqual((int)TxnFlow.None, (int)m.Flow);
                Assert.AreEqual((int)EntryMode.Unknown, (int)m.Entry);
                Assert.AreEqual((int)LastStatus.None, (int)m.LastStatus);
            }

            // The balance without a balance, the PIN of a balance inquiry: no amount line.
            ScreenModel balance = ScreenSamples.Empty(ScreenIds.Balance);
            Assert.AreEqual("BALANCE", balance.Describe());
            ScreenModel unknown = ScreenSamples.Empty("NEW_SCREEN");
            unknown.AmountFen = 100;
            Assert.AreEqual("NEW_SCREEN", unknown.Describe(), "an id without a row has no lines");
            Assert.AreEqual(string.Empty, unknown.Line(0));
        }

        [TestMethod]
        public void Every_setter_moves_the_version_and_the_PAN_is_masked_by_the_model()
        {
            ScreenModel m = ScreenSamples.Empty(ScreenIds.Approved);
            int version = m.Version;
            m.AmountFen = 1;
            Assert.AreEqual(version + 1, m.Version);
            m.MaskedPan = "6222021234567890";
            Assert.AreEqual(version + 2, m.Version);
            Assert.AreEqual("622202******7890", m.MaskedPan);
            m.MaskedPan = null;
            Assert.AreEqual(string.Empty, m.MaskedPan);
            m.Rrn = null;
            Assert.AreEqual(string.Empty, m.Rrn);
        }

        [TestMethod]
        public void The_approved_screen_carries_the_sale_as_typed_values()
        {
            ScenarioRunner r = Rig.Booted();
            ScreenModel idle = r.Terminal.Screen;
            Assert.IsTrue(idle.Online);
            Assert.IsTrue(idle.SignedIn);
            Assert.AreEqual(0, idle.Queued);
            Assert.AreEqual(string.Empty, idle.ReversalReason);

            Rig.Run(r, "key 1 2 3 4 ENTER\nexpect screen PRESENT_CARD");
            ScreenModel m = r.Terminal.Screen;
            Assert.AreSame(idle, m, "one model, reused");
            Assert.AreEqual(1234L, m.AmountFen);
            Assert.AreEqual(CardModes.All, m.AcceptedModes);
            Assert.AreEqual((int)TxnFlow.Purchase, (int)m.Flow);

            Rig.Run(r, Magstripe + "\nhost reply 00\nexpect screen APPROVED");
            Assert.AreEqual(1234L, m.AmountFen);
            Assert.AreEqual("622202******7890", m.MaskedPan);
            Assert.IsNotNull(r.Terminal.Machine.Log.Find(m.Stan), "the STAN of the logged sale");
            Assert.AreEqual(r.Terminal.Machine.Log.Find(m.Stan).Rrn, m.Rrn);
            Assert.AreEqual(r.Terminal.Machine.Log.Find(m.Stan).AuthCode, m.AuthCode);
            Assert.AreEqual((int)EntryMode.Magstripe, (int)m.Entry);
            Assert.IsTrue(m.HasTime);
            Assert.AreEqual(r.Clock.UtcNow.Year, m.UtcTime.Year);
            Assert.AreEqual(r.Clock.UtcNow.DayOfYear, m.UtcTime.DayOfYear);
            Assert.AreEqual("APPROVED | 12.34 | 622202******7890 | " + m.AuthCode + " | " + m.Line(3) + " | PURCHASE | " + m.Rrn + " | "
                + UtcStamps.Format(m.UtcTime) + " | SWIPE", m.Describe());
        }

        [TestMethod]
        public void Declines_entry_errors_and_settlements_are_typed_too()
        {
            ScenarioRunner r = Rig.Booted();
            Rig.Run(r, "key 5 5 1 ENTER\n" + Magstripe + "\nhost reply 51\nexpect screen DECLINED 51");
            ScreenModel m = r.Terminal.Screen;
            Assert.AreEqual("51", m.Code);
            Assert.AreEqual((int)ResponseClass.NoRetry, (int)m.Class);
            Assert.AreEqual((int)ResponseAction.UseAnotherCard, (int)m.Action);

            Rig.Run(r, "key CANCEL\nkey FUNC 1 9 9 ENTER\nexpect screen ORIGINAL_STAN VOID 99 NOT_FOUND");
            Assert.AreEqual((int)EntryError.NotFound, (int)m.Error);
            Assert.AreEqual("99", m.Digits);

            Rig.Run(r, "key CANCEL\nkey CANCEL\nkey 1 0 0 ENTER\n" + Magstripe + "\nhost reply 00\nkey CANCEL\nkey FUNC 4\nexpect screen SETTLED");
            Assert.IsFalse(m.Uploaded);
            Assert.AreEqual(1, m.ClosedBatch);
            Assert.AreEqual(2, m.Batch);
            Assert.AreEqual(1, m.SalesCount);
            Assert.AreEqual(100L, m.SalesFen);
            Assert.AreEqual(0, m.RefundCount);
            Assert.AreEqual(0L, m.RefundFen);

            Rig.Run(r, "power cut\nexpect screen LAST_TXN SETTLED SETTLEMENT 1.00 * 000001 * * 1");
            m = r.Terminal.Screen; // a new terminal after the power cut
            Assert.AreEqual((int)LastStatus.Settled, (int)m.LastStatus);
            Assert.AreEqual((int)TxnFlow.Settlement, (int)m.Flow);
            Assert.AreEqual(1, m.Batch);
            Assert.AreEqual(1, m.SalesCount);
            Assert.AreEqual(string.Empty, m.Code);
        }

        [TestMethod]
        public void Utc_stamps_round_trip_and_refuse_what_is_not_a_time()
        {
            DateTime t = new DateTime(2026, 1, 5, 8, 0, 10);
            Assert.AreEqual("20260105T080010", UtcStamps.Format(t));
            DateTime back;
            Assert.IsTrue(UtcStamps.TryParse("20260105T080010", out back));
            Assert.AreEqual(t.Ticks, back.Ticks);
            Assert.IsTrue(UtcStamps.TryParse("19991231T235959", out back), "an unset clock's year is still a time");
            Assert.AreEqual(1999, back.Year);
            string[] bad = new string[] { null, string.Empty, "20260431T120000", "20260105 080010", "2026010T5080010", "20261305T080010", "20260105T246000" };
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.IsFalse(UtcStamps.TryParse(bad[i], out back), bad[i]);
            }
        }
    }
}
