using nanoFramework.TestFramework;
using Pos.Core.Common;
using Pos.Core.Security;
using Pos.Core.Simulation;
using Pos.Hal;
using Pos.Hal.Storage;

namespace Pos.Core.Tests.Security
{
    /// <summary>
    /// The key store that survives a reboot, over the simulated flash: keys come back after a reboot, a damaged,
    /// tampered or foreign set erases every key into the "keys lost" state (no exception), a power cut at any write
    /// step leaves the old set or the new one, and no clear key byte reaches the flash.
    /// </summary>
    [TestClass]
    public class PersistentKeyStoreTests
    {
        private const string Tmk = "0123456789ABCDEFFEDCBA9876543210";
        private const string Pik1 = "1111111111111111FEDCBA9876543210";
        private const string Mak1 = "2222222222222222";
        private const string Pik2 = "3333333333333333ABCDEF0123456789";
        private const string Mak2 = "4444444444444444";
        private const string Tdk = "5555555555555555666666666666666677777777777777AA";

        private static readonly FixedBoardSecret ThisBoard = new FixedBoardSecret(0x10);
        private static readonly FixedBoardSecret OtherBoard = new FixedBoardSecret(0x80);

        [TestMethod]
        public void Keys_survive_a_reboot()
        {
            SimulatedStorage flash = new SimulatedStorage(64 * 1024);
            PersistentKeyStore store = Open(flash, ThisBoard);
            Assert.IsFalse(store.Has(KeySlot.Tmk));
            Assert.AreEqual(0, flash.List().Length, "an empty store writes nothing");
            LoadAll(store);
            string before = store.ToString();
            byte[] mac = MacOf(store);

            PersistentKeyStore reopened = Open(flash.Reboot(), ThisBoard);
            Assert.AreEqual(KeysLostReason.None, reopened.LostReason);
            Assert.AreEqual(before, reopened.ToString());
            Assert.AreEqual("TMK KCV 08D7B4FB", reopened.Describe(KeySlot.Tmk));
            Assert.AreEqual(8, reopened.Get(KeySlot.Mak).Length);
            Assert.AreEqual(24, reopened.Get(KeySlot.Tdk).Length);
            Assert.AreEqual(Hex.Encode(mac), Hex.Encode(MacOf(reopened)), "the reopened MAK computes the same MAC");
            Assert.AreEqual(1, flash.List().Length, "one generation on the drive");

            reopened.Clear(KeySlot.Tdk);
            Assert.IsFalse(Open(flash.Reboot(), ThisBoard).Has(KeySlot.Tdk), "a cleared slot stays cleared");
        }

        [TestMethod]
        public void A_new_master_key_destroys_every_old_key_and_keeps_its_origin_across_a_reboot()
        {
            SimulatedStorage flash = new SimulatedStorage(64 * 1024);
            PersistentKeyStore store = Open(flash, ThisBoard);
            LoadAll(store);
            byte[] oldFile = flash.Contents(PersistentKeyStore.FilePrefix + store.Generation.ToString());
            byte[] master = Hex.Decode(Pik1);
            Assert.AreEqual(SecurityError.None, store.LoadMaster(master, 0, master.Length, KeyOrigin.DualControl));
            Assert.AreEqual(KeyOrigin.DualControl, store.MasterOrigin);
            Assert.IsFalse(store.Has(KeySlot.Pik) || store.Has(KeySlot.Mak) || store.Has(KeySlot.Tdk), "working keys destroyed");

            string[] names = flash.List();
            Assert.AreEqual(1, names.Length, "the old generation is deleted");
            byte[] newFile = flash.Contents(names[0]);
            Assert.IsFalse(Hex.Encode(Slice(oldFile, 5, 8)) == Hex.Encode(Slice(newFile, 5, 8)), "a new salt, so a new KEK");

            PersistentKeyStore reopened = Open(flash.Reboot(), ThisBoard);
            Assert.AreEqual(KeyOrigin.DualControl, reopened.MasterOrigin);
            Assert.AreEqual(store.Describe(KeySlot.Tmk), reopened.Describe(KeySlot.Tmk));
            Assert.IsFalse(reopened.Has(KeySlot.Mak), "no working key comes back");

            LoadWorking(reopened, Pik1, Mak1);
            Assert.AreEqual(KeyOrigin.DualControl, Open(flash.Reboot(), ThisBoard).MasterOrigin, "a sign-in keeps the origin");

            byte[] test = Hex.Decode(Tmk);
            reopened.LoadMaster(test, 0, test.Length, KeyOrigin.Test);
            Assert.AreEqual(KeyOrigin.Test, Open(flash.Reboot(), ThisBoard).MasterOrigin);
            reopened.Load(KeySlot.Tmk, test, 0, test.Length);
            Assert.AreEqual(KeyOrigin.Unknown, Open(flash.Reboot(), ThisBoard).MasterOrigin, "a plain load does not claim an origin");

            Assert.AreEqual(SecurityError.BadKeyLength, reopened.LoadMaster(test, 0, 7, KeyOrigin.DualControl));
            Assert.IsTrue(reopened.Has(KeySlot.Tmk), "a refused master key changes nothing");
        }

        [TestMethod]
        public void A_flipped_byte_anywhere_erases_every_key()
        {
            SimulatedStorage flash = new SimulatedStorage(64 * 1024);
            PersistentKeyStore store = Open(flash, ThisBoard);
            LoadAll(store);
            string name = PersistentKeyStore.FilePrefix + store.Generation.ToString();
            int length = flash.Contents(name).Length;
            for (int position = 0; position < length; position++)
            {
                SimulatedStorage damaged = flash.Copy();
                damaged.CorruptByte(name, position, 0x01);
                PersistentKeyStore opened = Open(damaged, ThisBoard);
                Assert.AreNotEqual(KeysLostReason.None, opened.LostReason, "byte " + position.ToString());
                AssertEmpty(opened);

                PersistentKeyStore later = Open(damaged.Reboot(), ThisBoard);
                Assert.AreEqual(opened.LostReason, later.LostReason, "the lost state survives a reboot");
                AssertEmpty(later);
            }
        }

        [TestMethod]
        public void Each_fault_has_its_reason_and_a_load_ends_the_lost_state()
        {
            SimulatedStorage flash = new SimulatedStorage(64 * 1024);
            LoadAll(Open(flash, ThisBoard));
            string name = PersistentKeyStore.FilePrefix + "5";
            Assert.IsTrue(flash.Exists(name), "five loads write one generation each");

            SimulatedStorage wrongMagic = flash.Copy();
            wrongMagic.CorruptByte(name, 0, 0xFF);
            Assert.AreEqual(KeysLostReason.Malformed, Open(wrongMagic, ThisBoard).LostReason);

            SimulatedStorage salted = flash.Copy();
            salted.CorruptByte(name, 5, 0x80);
            Assert.AreEqual(KeysLostReason.MacMismatch, Open(salted, ThisBoard).LostReason);

            FixedBoardSecret silent = new FixedBoardSecret(0x10);
            silent.Fails = true;
            PersistentKeyStore unreadable = Open(flash.Copy(), silent);
            Assert.AreEqual(KeysLostReason.Unreadable, unreadable.LostReason);
            AssertEmpty(unreadable);

            PersistentKeyStore lost = Open(salted.Reboot(), ThisBoard);
            Assert.AreEqual(KeysLostReason.MacMismatch, lost.LostReason);
            lost.ClearAll();
            Assert.AreEqual(KeysLostReason.MacMismatch, Open(salted.Reboot(), ThisBoard).LostReason, "clearing is not loading");
            byte[] tmk = Hex.Decode(Tmk);
            Assert.AreEqual(SecurityError.None, lost.Load(KeySlot.Tmk, tmk, 0, tmk.Length));
            Assert.AreEqual(KeysLostReason.None, lost.LostReason);
            PersistentKeyStore reloaded = Open(salted.Reboot(), ThisBoard);
            Assert.AreEqual(KeysLostReason.None, reloaded.LostReason);
            Assert.AreEqual("TMK KCV 08D7B4FB", reloaded.Describe(KeySlot.Tmk));
        }

        [TestMethod]
        public void A_record_whose_key_does_not_match_its_check_value_is_refused_even_with_a_good_mac()
        {
            // Re-derives the record MAC key as docs/SECURITY.md describes, so this also pins the documented format.
            SimulatedStorage flash = new SimulatedStorage(64 * 1024);
            PersistentKeyStore store = Open(flash, ThisBoard);
            byte[] tmk = Hex.Decode(Tmk);
            store.Load(KeySlot.Tmk, tmk, 0, tmk.Length);
            byte[] file = flash.Contents(PersistentKeyStore.FilePrefix + "1");
            Assert.AreEqual(14 + 2 + 16 + 4 + 8, file.Length);
            Assert.AreEqual(2, (int)file[2], "version");
            Assert.AreEqual((int)KeyOrigin.Unknown, (int)file[4], "origin of a key put in with Load");

            byte[] secret = ThisBoard.Read();
            byte[] input = new byte[4 + 8 + secret.Length];
            input[0] = (byte)'K';
            input[1] = (byte)'E';
            input[2] = (byte)'K';
            input[3] = (byte)'1';
            System.Array.Copy(file, 5, input, 4, 8);
            System.Array.Copy(secret, 0, input, 12, secret.Length);
            DesKey macKey = new DesKey(Sha256.Hash(input, 0, input.Length), 16, 16);
            byte[] macInput = new byte[14 + 1 + 22];
            System.Array.Copy(file, 0, macInput, 0, 14);
            System.Array.Copy(file, 14, macInput, 15, 22);
            byte[] check = new byte[Mac.Length];
            Mac.Compute(MacAlgorithm.AnsiX919, macKey, macInput, 0, macInput.Length, check, 0);
            Assert.AreEqual(Hex.Encode(check), Hex.Encode(Slice(file, 36, 8)), "the stored MAC is the documented one");

            file[32] ^= 0x01;
            macInput[15 + 18] ^= 0x01;
            Mac.Compute(MacAlgorithm.AnsiX919, macKey, macInput, 0, macInput.Length, file, 36);
            SimulatedStorage forged = new SimulatedStorage(64 * 1024);
            forged.Append(PersistentKeyStore.FilePrefix + "1", file, 0, file.Length);
            forged.Flush(PersistentKeyStore.FilePrefix + "1");
            PersistentKeyStore opened = Open(forged, ThisBoard);
            Assert.AreEqual(KeysLostReason.CheckValueMismatch, opened.LostReason);
            AssertEmpty(opened);
        }

        [TestMethod]
        public void A_set_copied_from_another_board_is_rejected_and_erased()
        {
            SimulatedStorage flash = new SimulatedStorage(64 * 1024);
            LoadAll(Open(flash, OtherBoard));
            SimulatedStorage copied = flash.Copy();
            PersistentKeyStore opened = Open(copied, ThisBoard);
            Assert.AreEqual(KeysLostReason.MacMismatch, opened.LostReason);
            AssertEmpty(opened);

            // Erased on the drive too: the right board cannot bring them back from the copy any more.
            Assert.AreEqual(KeysLostReason.MacMismatch, Open(copied.Reboot(), OtherBoard).LostReason);
            AssertEmpty(Open(copied.Reboot(), OtherBoard));
        }

        [TestMethod]
        public void A_power_cut_at_every_write_step_leaves_the_old_set_or_the_new()
        {
            SimulatedStorage base1 = new SimulatedStorage(64 * 1024);
            base1.AtomicTruncate = false;
            PersistentKeyStore first = Open(base1, ThisBoard);
            byte[] tmk = Hex.Decode(Tmk);
            first.Load(KeySlot.Tmk, tmk, 0, tmk.Length);
            LoadWorking(first, Pik1, Mak1);
            string oldMak = first.Describe(KeySlot.Mak);
            string oldPik = first.Describe(KeySlot.Pik);

            SimulatedStorage dry = base1.Copy();
            PersistentKeyStore probe = Open(dry, ThisBoard);
            int start = dry.MutationCount;
            LoadWorking(probe, Pik2, Mak2);
            int steps = dry.MutationCount - start;
            string newMak = probe.Describe(KeySlot.Mak);
            string newPik = probe.Describe(KeySlot.Pik);
            Assert.IsTrue(steps >= 4, "temp delete, append, flush, move, delete");

            int[] keeps = new int[] { 0, 3, SimulatedStorage.KeepAllUnflushed };
            int olds = 0;
            int news = 0;
            for (int step = 0; step <= steps; step++)
            {
                for (int k = 0; k < keeps.Length; k++)
                {
                    SimulatedStorage flash = base1.Copy();
                    PersistentKeyStore store = Open(flash, ThisBoard);
                    flash.ArmPowerCut(flash.MutationCount + step, keeps[k]);
                    try
                    {
                        LoadWorking(store, Pik2, Mak2);
                    }
                    catch (PowerCutException)
                    {
                    }

                    PersistentKeyStore after = Open(flash.Reboot(), ThisBoard);
                    string at = "cut before step " + step.ToString() + ", keep " + keeps[k].ToString();
                    Assert.AreEqual(KeysLostReason.None, after.LostReason, at);
                    Assert.AreEqual("TMK KCV 08D7B4FB", after.Describe(KeySlot.Tmk), at);
                    string mak = after.Describe(KeySlot.Mak);
                    string pik = after.Describe(KeySlot.Pik);
                    if (mak == oldMak)
                    {
                        Assert.AreEqual(oldPik, pik, at);
                        olds++;
                    }
                    else
                    {
                        Assert.AreEqual(newMak, mak, at);
                        Assert.AreEqual(newPik, pik, at);
                        news++;
                    }

                    Assert.AreEqual(1, flash.List().Length, "one generation left: " + at);
                }
            }

            Assert.IsTrue(olds > 0 && news > 0, "cuts early keep the old set, cuts late the new");
        }

        [TestMethod]
        public void No_clear_key_byte_reaches_the_flash()
        {
            SimulatedStorage flash = new SimulatedStorage(64 * 1024);
            LoadAll(Open(flash, ThisBoard));
            string[] keys = new string[] { Tmk, Pik1, Mak1, Tdk };
            string[] names = flash.List();
            Assert.IsTrue(names.Length > 0);
            for (int f = 0; f < names.Length; f++)
            {
                byte[] contents = flash.Contents(names[f]);
                for (int k = 0; k < keys.Length; k++)
                {
                    byte[] key = Hex.Decode(keys[k]);
                    for (int part = 0; part < key.Length; part += 8)
                    {
                        byte[] component = new byte[8];
                        System.Array.Copy(key, part, component, 0, 8);
                        string hex = Hex.Encode(component);
                        Assert.IsFalse(Contains(contents, component), names[f] + " holds key " + k.ToString());
                        Assert.IsFalse(Contains(contents, Ascii(hex)), names[f] + " holds key " + k.ToString() + " as hex");
                        Assert.IsFalse(Contains(contents, Ascii(hex.ToLower())), names[f] + " holds key " + k.ToString() + " as hex");
                    }
                }
            }
        }

        private static PersistentKeyStore Open(SimulatedStorage flash, IBoardSecret secret)
        {
            IStorage storage = flash.AtomicTruncate ? (IStorage)flash : new SideFileStorage(flash);
            return new PersistentKeyStore(storage, secret, new SeededRandom(7), new MemoryLog());
        }

        private static void LoadAll(PersistentKeyStore store)
        {
            byte[] tmk = Hex.Decode(Tmk);
            Assert.AreEqual(SecurityError.None, store.Load(KeySlot.Tmk, tmk, 0, tmk.Length));
            LoadWorking(store, Pik1, Mak1);
            byte[] tdk = Hex.Decode(Tdk);
            Assert.AreEqual(SecurityError.None, store.Load(KeySlot.Tdk, tdk, 0, tdk.Length));
            Assert.AreEqual(SecurityError.None, store.LoadSet(new KeySlot[] { KeySlot.Mak }, new byte[][] { Hex.Decode(Mak1) }));
            Assert.AreEqual(SecurityError.None, store.LoadSet(new KeySlot[] { KeySlot.Pik }, new byte[][] { Hex.Decode(Pik1) }));
        }

        private static void LoadWorking(PersistentKeyStore store, string pik, string mak)
        {
            SecurityError error = store.LoadSet(new KeySlot[] { KeySlot.Pik, KeySlot.Mak }, new byte[][] { Hex.Decode(pik), Hex.Decode(mak) });
            Assert.AreEqual(SecurityError.None, error);
        }

        private static byte[] MacOf(IKeyStore store)
        {
            byte[] data = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
            byte[] mac = new byte[Mac.Length];
            Assert.AreEqual(SecurityError.None, Mac.Compute(MacAlgorithm.CupsEcb, store.Get(KeySlot.Mak), data, 0, data.Length, mac, 0));
            return mac;
        }

        private static void AssertEmpty(IKeyStore store)
        {
            for (int s = 0; s < (int)KeySlot.Count; s++)
            {
                Assert.IsFalse(store.Has((KeySlot)s), KeySlotNames.Of((KeySlot)s) + " kept");
            }
        }

        private static byte[] Slice(byte[] data, int offset, int count)
        {
            byte[] part = new byte[count];
            System.Array.Copy(data, offset, part, 0, count);
            return part;
        }

        private static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        private static bool Contains(byte[] haystack, byte[] needle)
        {
            for (int start = 0; start <= haystack.Length - needle.Length; start++)
            {
                int i = 0;
                while (i < needle.Length && haystack[start + i] == needle[i])
                {
                    i++;
                }

                if (i == needle.Length)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
