using nanoFramework.TestFramework;
using Pos.Core.Offline;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Core.Storage;

namespace Pos.Core.Tests.Offline
{
    /// <summary>Card data in the journal: sealed, refused without the data key, older clear records still read.</summary>
    [TestClass]
    public class CardDataAtRestTests
    {
        private const string Track2 = "6225881234567890=28121010000012300000";
        private const string Track3 = "996225881234567890=1561560500050001001000000010000281200000000000000000000";

        private static FinancialRequest Swiped()
        {
            FinancialRequest sale = OfflineRig.Sale(300);
            sale.EntryMode = "021";
            sale.Track2 = Track2;
            sale.Track3 = Track3;
            return sale;
        }

        private static SecretScanner Scanner()
        {
            SecretScanner s = new SecretScanner();
            s.AddDigits("PAN", "6225881234567890");
            s.AddDigits("track 2", Track2);
            s.AddDigits("track 3", Track3);
            s.AddSecretBytes("chip data", OfflineRig.Sale(1).IccData);
            return s;
        }

        private static string ScanFlash(SimulatedStorage storage)
        {
            SecretScanner scanner = Scanner();
            string[] names = storage.List();
            for (int i = 0; i < names.Length; i++)
            {
                scanner.ScanBytes(names[i], storage.Contents(names[i]));
            }

            return scanner.Report();
        }

        [TestMethod]
        public void An_advice_with_tracks_is_sealed_in_the_flash_and_reads_back_whole()
        {
            OfflineRig rig = new OfflineRig();
            QueueItem item = rig.Queue.EnqueueAdvice(Swiped(), 0);
            Assert.AreEqual(string.Empty, ScanFlash(rig.Storage));

            byte[] payload = new byte[item.PayloadLength];
            int n = rig.Journal.ReadPayload(item, payload, 0);
            Assert.IsTrue(RequestPayload.IsSealed(payload, 0));
            FinancialRequest back = new FinancialRequest();
            string auth;
            Assert.IsTrue(RequestPayload.Read(payload, 0, n, rig.Journal.CardData, back, out auth));
            Assert.AreEqual("6225881234567890", back.Pan);
            Assert.AreEqual(Track2, back.Track2);
            Assert.AreEqual(Track3, back.Track3);
            Assert.AreEqual(5, back.IccData.Length, "field 55 sealed too");
            Assert.AreEqual(0xCD, (int)back.IccData[4]);
            Assert.IsFalse(RequestPayload.Read(payload, 0, n, null, back, out auth), "sealed: unreadable without the key");
            Assert.AreEqual(300L, RequestPayload.ReadAmount(payload, 0, n), "the amount needs no key");
        }

        [TestMethod]
        public void Without_the_data_key_an_advice_is_refused_and_nothing_is_written()
        {
            OfflineRig rig = new OfflineRig();
            rig.Journal.CardData = new CardDataCipher(new TmkDataKey(new InMemoryKeyStore()));
            Assert.ThrowsException(typeof(SecurityException), () => rig.Queue.EnqueueAdvice(Swiped(), 0));
            Assert.AreEqual(0, rig.Queue.PendingCount);
            Assert.AreEqual(string.Empty, ScanFlash(rig.Storage));
            byte[] buffer = new byte[256];
            Assert.ThrowsException(typeof(SecurityException), () => RequestPayload.Write(Swiped(), null, null, buffer, 0));
        }

        [TestMethod]
        public void A_clear_record_of_version_1_still_reads_and_leaves_the_flash_once_delivered_and_compacted()
        {
            OfflineRig rig = new OfflineRig();
            FinancialRequest sale = Swiped();
            sale.Type = TransactionType.OfflineAdvice;
            sale.Stan = 7;
            sale.Batch = rig.Journal.State.BatchNumber;
            sale.Pan = null;
            sale.Track2 = null;
            sale.Track3 = null;
            sale.IccData = null;
            byte[] payload = new byte[512];
            int n = RequestPayload.Write(sale, null, null, payload, 0);
            payload[0] = RequestPayload.ClearVersion;
            n = Put(payload, n, 2, "6225881234567890");
            n = Put(payload, n, 35, Track2);
            QueueItem item = rig.Journal.Enqueue(QueueItemKind.Advice, OfflineRig.Tid, sale.Batch, 7, 0, payload, 0, n);
            Assert.AreNotEqual(string.Empty, ScanFlash(rig.Storage), "control: the clear record is found");

            FinancialRequest back = new FinancialRequest();
            string auth;
            Assert.IsTrue(RequestPayload.Read(payload, 0, n, null, back, out auth));
            Assert.AreEqual(Track2, back.Track2);

            rig.Journal.MarkDelivered(item);
            rig.Journal.Compact();
            Assert.AreEqual(string.Empty, ScanFlash(rig.Storage));
        }

        private static int Put(byte[] buffer, int p, int tag, string text)
        {
            buffer[p] = (byte)tag;
            buffer[p + 1] = (byte)text.Length;
            for (int i = 0; i < text.Length; i++)
            {
                buffer[p + 2 + i] = (byte)text[i];
            }

            return p + 2 + text.Length;
        }
    }
}
