using nanoFramework.TestFramework;
using Pos.Core.Common;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using Pos.Core.Tests.Storage;
using Pos.Core.Transactions;

namespace Pos.Core.Tests.Transactions
{
    /// <summary>
    /// The batch's transaction log as entries of the journal's keyed logs: looked up after compaction and reboots with
    /// the sealed card opened, and the entries an older journal kept as settings read, rewritten and cleared.
    /// </summary>
    [TestClass]
    public class TransactionLogTests
    {
        private const string Pan = "6222021234567890";

        [TestMethod]
        public void Entries_are_found_totalled_and_uploaded_after_compaction_and_a_reboot()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            Journal journal = Open(storage);
            TransactionLog log = new TransactionLog(journal);
            for (int stan = 1; stan <= 30; stan++)
            {
                log.Put(Sale(stan, stan == 7 ? TransactionType.Refund : TransactionType.Purchase, 100 * stan));
            }

            LoggedTransaction voided = log.Find(4);
            voided.Status = LogStatus.Voided;
            log.Put(voided);
            log.Remove(9);
            new TransactionLog(journal, TransactionLog.FailedPrefix).Put(Sale(31, TransactionType.Purchase, 5));
            journal.Compact();
            CheckBatch(journal, "compacted");
            CheckBatch(Open(storage.Reboot()), "rebooted");
        }

        [TestMethod]
        public void Entries_an_older_journal_kept_as_settings_are_read_rewritten_trimmed_and_cleared()
        {
            SimulatedStorage storage = JournalKit.NewStorage();
            Journal journal = Open(storage);
            journal.SetSetting(TransactionLog.KeyOf(90), "1|1|700|622202******1111|3012|021|000000000090|000090|0105|A|0");
            journal.SetSetting(TransactionLog.KeyOf(91), "1|1|800|622202******2222|3012|021|000000000091|000091|0105|A|0");
            journal.SetSetting(TransactionLog.FailedPrefix + "000092", "1|1|900|622202******3333||021||||D|0");
            journal.SetSetting(TransactionLog.FailedPrefix + "000093", "1|7|900|622202******3333||021||||D|0");
            journal = Open(storage.Reboot());
            TransactionLog log = new TransactionLog(journal);
            Assert.AreEqual(700L, log.Find(90).AmountFen);
            Assert.AreEqual("1111", log.Find(90).Last4);
            Assert.AreEqual(1500L, log.Totals().DomesticDebitFen);

            // Rewritten: the entry replaces the setting; a new one beside them.
            LoggedTransaction old = log.Find(90);
            old.Status = LogStatus.Voided;
            log.Put(old);
            log.Put(Sale(95, TransactionType.Purchase, 50));
            Assert.IsNull(journal.State.GetSetting(TransactionLog.KeyOf(90)));
            Assert.IsTrue(journal.State.HasEntry(TransactionLog.EntryLog, 90));
            journal = Open(storage.Reboot());
            log = new TransactionLog(journal);
            Assert.IsTrue(log.Find(90).Voided);
            Assert.AreEqual(3, log.All().Length);
            Assert.AreEqual(850L, log.Totals().DomesticDebitFen, "91 and 95; 90 voided");

            // The failed log's bound drops the earlier batch's setting and keeps the newest.
            TransactionLog failed = new TransactionLog(journal, TransactionLog.FailedPrefix);
            failed.Put(Sale(96, TransactionType.Purchase, 5));
            failed.Trim(1);
            Assert.AreEqual(1, failed.Stans().Length);
            Assert.IsNotNull(failed.Find(96, false));
            Assert.IsNull(journal.State.GetSetting(TransactionLog.FailedPrefix + "000092"));
            Assert.IsNull(journal.State.GetSetting(TransactionLog.FailedPrefix + "000093"));

            log.Clear();
            Assert.AreEqual(0, log.All().Length);
            Assert.IsNull(journal.State.GetSetting(TransactionLog.KeyOf(91)));
            Assert.AreEqual(0, new TransactionLog(Open(storage.Reboot())).All().Length);
        }

        private static Journal Open(SimulatedStorage storage)
        {
            Journal journal = JournalKit.Open(storage, JournalKit.SmallOptions());
            InMemoryKeyStore keys = new InMemoryKeyStore();
            keys.Load(KeySlot.Tmk, new byte[16], 0, 16);
            journal.CardData = new CardDataCipher(new TmkDataKey(keys));
            return journal;
        }

        private static LoggedTransaction Sale(int stan, TransactionType type, long fen)
        {
            LoggedTransaction t = new LoggedTransaction();
            t.Type = type;
            t.Stan = stan;
            t.Batch = 1;
            t.AmountFen = fen;
            t.Pan = Pan;
            t.Rrn = "000000000001";
            t.Date = "0105";
            return t;
        }

        private static void CheckBatch(Journal journal, string when)
        {
            TransactionLog log = new TransactionLog(journal);
            Assert.AreEqual(29, log.All().Length, when);
            Assert.AreEqual(Pan, log.Find(30).Pan, when + ": the sealed card opens");
            Assert.IsNull(log.Find(30, false).Pan, when);
            Assert.AreEqual("7890", log.Find(30, false).Last4, when);
            Assert.IsTrue(log.Find(4).Voided, when);
            Assert.IsNull(log.Find(9), when);
            SettlementTotals totals = log.Totals();
            Assert.AreEqual(27, totals.DomesticDebitCount, when);
            Assert.AreEqual((465L - 4 - 7 - 9) * 100, totals.DomesticDebitFen, when);
            Assert.AreEqual(700L, totals.DomesticCreditFen, when);
            int[] upload = log.UploadStans();
            Assert.AreEqual(28, upload.Length, when);
            Assert.AreEqual(29, log.Stans().Length, when);
            Assert.IsFalse(log.IsEmpty, when);
            SettlementSummary counted = SettlementSummary.Of(totals, new SettlementReply(), 1, Operators.None, null, false);
            log.CountInto(counted);
            Assert.AreEqual(28, counted.CountOf(SettlementKind.Sale), when + ": a voided sale still counts as a sale");
            Assert.AreEqual((465L - 7 - 9) * 100, counted.FenOf(SettlementKind.Sale), when);
            Assert.AreEqual(1, counted.CountOf(SettlementKind.Refund), when);
            Assert.AreEqual(700L, counted.FenOf(SettlementKind.Refund), when);
            BatchRecord[] chunk = log.UploadRecords(upload, 0, 8);
            Assert.AreEqual(8, chunk.Length, when);
            Assert.AreEqual(upload[3], chunk[3].Stan, when);
            Assert.AreEqual(Pan, chunk[3].Pan, when + ": the card is opened for its message");
            Assert.IsNull(log.UploadRecords(new int[] { 4 }, 0, 1), when + ": a voided sale is not uploaded");
            Assert.IsNotNull(new TransactionLog(journal, TransactionLog.FailedPrefix).Find(31), when);
            Assert.IsNull(new TransactionLog(journal, TransactionLog.FailedPrefix).Find(30), when);
        }
    }
}
