using System;
using Pos.Core.Simulation;
using Pos.Hal;
using Pos.Hal.Storage;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Storage
{
    /// <summary>
    /// The side-file truncate over a drive without an atomic one (the simulated flash with
    /// <see cref="SimulatedStorage.AtomicTruncate"/> off): its steps, the settling at mount, the names it keeps to
    /// itself. The power-cut sweeps over it are host tests (PowerCutSweepTests).
    /// </summary>
    [TestClass]
    public class SideFileStorageTests
    {
        private static readonly byte[] Ten = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };

        [TestMethod]
        public void A_drive_without_truncate_gets_one_through_a_side_file()
        {
            SimulatedStorage drive = Drive(false);
            SideFileStorage storage = TenBytesIn(drive);
            int before = drive.MutationCount;
            storage.Truncate("a", 6);

            // Delete a stale side file, two appends of the kept 6 bytes, flush, delete, rename: six writes.
            Assert.AreEqual(6, drive.MutationCount - before);
            Assert.IsTrue(storage.UsesSideFiles);
            Assert.AreEqual(6L, storage.Length("a"));
            byte[] kept = drive.Contents("a");
            Assert.AreEqual(6, kept.Length);
            Assert.AreEqual((byte)6, kept[5]);
            string[] names = drive.List();
            Assert.AreEqual(1, names.Length);
            Assert.AreEqual("a", names[0]);

            storage.Truncate("a", 0);
            Assert.IsTrue(storage.Exists("a"));
            Assert.AreEqual(0L, storage.Length("a"));
            Assert.IsTrue(ReasonOf(() => storage.Truncate("a", 1)) == StorageError.OutOfRange);
        }

        [TestMethod]
        public void The_drives_own_atomic_truncate_is_used_when_it_has_one()
        {
            SimulatedStorage drive = Drive(true);
            SideFileStorage storage = new SideFileStorage(drive);
            storage.Append("a", Ten, 0, Ten.Length);
            int before = drive.MutationCount;
            storage.Truncate("a", 3);
            Assert.AreEqual(1, drive.MutationCount - before);
            Assert.IsFalse(storage.UsesSideFiles);
            Assert.AreEqual(3L, storage.Length("a"));
        }

        [TestMethod]
        public void Mounting_finishes_a_cut_rename_and_drops_a_cut_copy()
        {
            SimulatedStorage drive = Drive(false);
            drive.Append("a" + SideFileStorage.Suffix, Ten, 0, 4);
            drive.Append("b", Ten, 0, 10);
            drive.Append("b" + SideFileStorage.Suffix, Ten, 0, 2);
            SideFileStorage storage = new SideFileStorage(drive);
            Assert.AreEqual(4L, storage.Length("a"));
            Assert.AreEqual(10L, storage.Length("b"));
            Assert.AreEqual(2, drive.List().Length);
        }

        [TestMethod]
        public void Side_files_are_out_of_sight()
        {
            SimulatedStorage drive = Drive(false);
            drive.Append("a", Ten, 0, 1);
            SideFileStorage storage = new SideFileStorage(drive);
            drive.Append("a" + SideFileStorage.Suffix, Ten, 0, 1);
            string[] names = storage.List();
            Assert.AreEqual(1, names.Length);
            Assert.AreEqual("a", names[0]);
            Assert.IsTrue(SideFileStorage.IsSideFile("journal.3" + SideFileStorage.Suffix));
            Assert.IsFalse(SideFileStorage.IsSideFile("journal.3"));
            Assert.IsTrue(ReasonOf(() => storage.Append("x" + SideFileStorage.Suffix, Ten, 0, 1)) == StorageError.InvalidName);
        }

        [TestMethod]
        public void A_drive_error_between_delete_and_rename_is_settled_by_the_next_call()
        {
            SimulatedStorage drive = Drive(false);
            SideFileStorage storage = TenBytesIn(drive);

            // Writes: delete side (0), appends (1, 2), flush (3), delete the original (4), rename (5).
            drive.ArmIoError(drive.MutationCount + 5);
            Assert.IsTrue(ReasonOf(() => storage.Truncate("a", 6)) == StorageError.Io);
            Assert.IsFalse(drive.Exists("a"));
            Assert.IsTrue(storage.Exists("a"));
            Assert.AreEqual(6L, storage.Length("a"));
        }

        // The reason of the StorageException the action throws; fails the test when it throws none.
        private static StorageError ReasonOf(Action action)
        {
            try
            {
                action();
            }
            catch (StorageException e)
            {
                return e.Reason;
            }

            Assert.IsTrue(false, "no StorageException");
            return 0;
        }

        // Mounted with a 4-byte copy chunk, with file "a" of ten bytes.
        private static SideFileStorage TenBytesIn(SimulatedStorage drive)
        {
            SideFileStorage storage = new SideFileStorage(drive, 4);
            storage.Append("a", Ten, 0, Ten.Length);
            storage.Flush("a");
            return storage;
        }

        private static SimulatedStorage Drive(bool atomicTruncate)
        {
            SimulatedStorage drive = new SimulatedStorage(64 * 1024);
            drive.AtomicTruncate = atomicTruncate;
            return drive;
        }
    }
}
