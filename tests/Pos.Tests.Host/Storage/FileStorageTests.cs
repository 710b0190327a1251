using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Simulation;
using Pos.Core.Storage;
using Pos.Hal;
using Pos.Hal.Emulated;
using Pos.Hal.Storage;

namespace Pos.Tests.Host.Storage
{
    /// <summary>The file-backed storage in a temp directory, and the same IStorage contract checked on the fake.</summary>
    [TestClass]
    public class FileStorageTests
    {
        [TestMethod]
        public void File_storage_meets_the_contract()
        {
            string dir = TempDir();
            try
            {
                CheckContract(new FileStorage(dir, 64 * 1024));
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [TestMethod]
        public void Simulated_storage_meets_the_same_contract()
        {
            CheckContract(new SimulatedStorage(64 * 1024));
        }

        [TestMethod]
        public void Side_file_truncation_over_a_drive_without_truncate_meets_the_same_contract()
        {
            CheckContract(new SideFileStorage(new SimulatedStorage(64 * 1024) { AtomicTruncate = false }));
        }

        [TestMethod]
        public void Journal_round_trips_over_files()
        {
            string dir = TempDir();
            try
            {
                var journal = new Journal(new FileStorage(dir));
                Assert.AreEqual(RecoveryStatus.Fresh, journal.Open().Status);
                int stan = journal.ReserveStan();
                byte[] payload = CrashWorkload.PayloadOf(5, 200);
                journal.Enqueue(QueueItemKind.Advice, JournalModel.Tid, 1, stan, 0, payload, 0, payload.Length);
                journal.SetSetting("locale", "en-US");
                journal.Compact();
                journal.SetSetting("after", "compaction");

                var again = new Journal(new FileStorage(dir));
                Assert.AreEqual(RecoveryStatus.Clean, again.Open().Status);
                Assert.AreEqual(32, again.State.CurrentStan, "STAN 1 came from a reservation of 16; a boot skips it and a block");
                Assert.AreEqual("en-US", again.State.GetSetting("locale"));
                byte[] back = new byte[200];
                again.ReadPayload(again.State.QueueItemAt(0), back, 0);
                CollectionAssert.AreEqual(payload, back);
                CollectionAssert.AreEqual(new[] { "journal.2" }, Directory.GetFiles(dir).Select(Path.GetFileName).ToArray());

                // A torn tail on disk (half a record appended) is cut off at the next boot.
                File.AppendAllBytes(Path.Combine(dir, "journal.2"), new byte[] { 0x50, 0x4A, 0x01, 0x1E, 0x09 });
                var third = new Journal(new FileStorage(dir));
                RecoveryReport report = third.Open();
                Assert.AreEqual(RecoveryStatus.TailTruncated, report.Status);
                Assert.AreEqual(5L, report.BytesDropped);
                Assert.AreEqual("compaction", third.State.GetSetting("after"), "the record after the compaction stays");
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        private static void CheckContract(IStorage storage)
        {
            byte[] data = { 1, 2, 3, 4, 5, 6, 7, 8 };
            Assert.IsFalse(storage.Exists("a"));
            Assert.AreEqual(StorageError.NotFound, Assert.ThrowsExactly<StorageException>(() => storage.Length("a")).Reason);
            storage.Append("a", data, 0, 5);
            storage.Append("a", data, 5, 3);
            storage.Flush("a");
            Assert.AreEqual(8L, storage.Length("a"));
            byte[] buffer = new byte[10];
            Assert.AreEqual(3, storage.Read("a", 5, buffer, 1, 9));
            Assert.AreEqual((byte)6, buffer[1]);
            Assert.AreEqual(0, storage.Read("a", 8, buffer, 0, 4));
            storage.Truncate("a", 2);
            Assert.AreEqual(2L, storage.Length("a"));
            Assert.AreEqual(StorageError.OutOfRange, Assert.ThrowsExactly<StorageException>(() => storage.Truncate("a", 3)).Reason);
            storage.Append("b", data, 0, 1);
            Assert.AreEqual(StorageError.AlreadyExists, Assert.ThrowsExactly<StorageException>(() => storage.Move("a", "b")).Reason);
            Assert.IsTrue(storage.Delete("b"));
            Assert.IsFalse(storage.Delete("b"));
            storage.Move("a", "b");
            CollectionAssert.AreEqual(new[] { "b" }, storage.List());
            Assert.AreEqual(storage.TotalBytes - 2, storage.FreeBytes);
            Assert.AreEqual(StorageError.InvalidName, Assert.ThrowsExactly<StorageException>(() => storage.Append("x/y", data, 0, 1)).Reason);
            Assert.AreEqual(StorageError.Full, Assert.ThrowsExactly<StorageException>(() => storage.Append("c", new byte[70 * 1024], 0, 70 * 1024)).Reason);
        }

        private static string TempDir()
        {
            string dir = Path.Combine(Path.GetTempPath(), "pos-storage-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            return dir;
        }
    }
}
