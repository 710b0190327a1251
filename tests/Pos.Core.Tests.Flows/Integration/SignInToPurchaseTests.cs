using nanoFramework.TestFramework;
using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;

namespace Pos.Core.Tests.Integration
{
    /// <summary>
    /// The protocol and security layers together, the way a terminal meets a host: sign in, receive working keys
    /// under the TMK, then send a MAC'ed purchase with a PIN block and check the MAC of the approval. The "host" side
    /// is written here with the clear test keys, independently of the terminal's key store.
    /// </summary>
    [TestClass]
    public class SignInToPurchaseTests
    {
        // TEST KEYS ONLY: never load these into a terminal that talks to a real acquirer.
        private const string TestTmk = "0123456789ABCDEFFEDCBA9876543210";
        private const string TestPik = "1111111111111111 2222222222222222";
        private const string TestMak = "3333333333333333 4444444444444444";

        [TestMethod]
        public void Keys_delivered_at_sign_in_mac_a_purchase_the_host_accepts_and_verify_its_approval()
        {
            InMemoryKeyStore store = NewTerminalKeyStore();
            Assert.AreEqual((int)SecurityError.None, (int)SignIn(store));
            Assert.IsTrue(store.Has(KeySlot.Pik));
            Assert.IsTrue(store.Has(KeySlot.Mak));

            RequestBuilder builder = new RequestBuilder(new TerminalSettings("12345678", "123456789012345"));
            IsoPackager packager = new IsoPackager();
            KeyStoreMacCalculator terminalMac = new KeyStoreMacCalculator(store, MacAlgorithm.CupsEcb);
            IMacCalculator hostMac = HostMac(TestMak);

            byte[] pinBlock = new byte[8];
            byte[] pin = new byte[] { (byte)'1', (byte)'2', (byte)'3', (byte)'4' };
            Assert.AreEqual((int)SecurityError.None, (int)PinBlock.Encrypt(store.Get(KeySlot.Pik), pin, 0, 4, "6225881234567890", pinBlock, 0));

            IsoMessage request = new IsoMessage();
            builder.Financial(request, new FinancialRequest
            {
                Type = TransactionType.Purchase,
                AmountFen = 12345,
                Stan = 7,
                Batch = 2,
                EntryMode = "021",
                Track2 = "6225881234567890=2512101",
                PinBlock = pinBlock,
            });
            byte[] frame = new byte[512];
            int length = packager.Pack(request, terminalMac, frame, 0);

            // Host: the request's MAC verifies under the clear MAK, and the PIN block decrypts to the PIN.
            IsoMessage received = new IsoMessage();
            packager.Unpack(frame, 0, length, received, hostMac);
            Assert.AreEqual((int)MacState.Valid, (int)received.MacState);
            Assert.AreEqual("000000012345", received.GetString(4));
            byte[] clearBlock = new byte[8];
            new DesKey(Hex.Decode(TestPik)).DecryptBlock(received.GetBytes(52), 0, clearBlock, 0);
            // Format 0: 041234FFFFFFFFFF XOR 0000588123456789 (the 12 PAN digits left of the check digit).
            Assert.AreEqual("04126C7EDCBA9876", Hex.Encode(clearBlock));

            // Host answers 00 with a MAC; the terminal verifies it with its own key store.
            byte[] replyFrame = BuildApproval(packager, received, hostMac);
            IsoMessage reply = new IsoMessage();
            packager.Unpack(replyFrame, 0, replyFrame.Length, reply, terminalMac);
            FinancialReply reader = new FinancialReply();
            reader.Read(request, reply);
            Assert.IsTrue(reader.Approved);
            Assert.IsFalse(reader.MacFailed);
            Assert.AreEqual("AB1234", reader.AuthCode);

            // An approval MAC'ed under any other key does not verify: the terminal must reverse it with reason A0.
            byte[] forged = BuildApproval(packager, received, HostMac("5555555555555555 6666666666666666"));
            IsoMessage forgedReply = new IsoMessage();
            packager.Unpack(forged, 0, forged.Length, forgedReply, terminalMac);
            reader.Read(request, forgedReply);
            Assert.IsTrue(reader.Approved);
            Assert.IsTrue(reader.MacFailed);
        }

        [TestMethod]
        public void A_purchase_cannot_be_maced_before_sign_in()
        {
            InMemoryKeyStore store = NewTerminalKeyStore();
            RequestBuilder builder = new RequestBuilder(new TerminalSettings("12345678", "123456789012345"));
            IsoMessage request = new IsoMessage();
            builder.Financial(request, new FinancialRequest { Type = TransactionType.Purchase, AmountFen = 100, Stan = 1, Batch = 1, EntryMode = "021", Track2 = "6225881234567890=2512101" });

            Assert.ThrowsException(typeof(SecurityException), () => new IsoPackager().Pack(request, new KeyStoreMacCalculator(store, MacAlgorithm.CupsEcb), new byte[512], 0));
        }

        [TestMethod]
        public void A_key_block_with_a_wrong_check_value_installs_nothing()
        {
            InMemoryKeyStore store = NewTerminalKeyStore();
            byte[] block = KeyBlock();
            block[39] ^= 0xFF; // last byte of the MAK's check value
            Assert.AreEqual((int)SecurityError.MakCheckValue, (int)WorkingKeyDelivery.Install(store, WorkingKeyDelivery.DoubleLength, block, 0, block.Length));
            Assert.IsFalse(store.Has(KeySlot.Pik));
            Assert.IsFalse(store.Has(KeySlot.Mak));
        }

        /// <summary>The host's MAC: the same CUPS ECB MAC, over a key store of its own holding the clear MAK it generated.</summary>
        private static IMacCalculator HostMac(string makHex)
        {
            InMemoryKeyStore hostKeys = new InMemoryKeyStore();
            byte[] mak = Hex.Decode(makHex);
            hostKeys.Load(KeySlot.Mak, mak, 0, mak.Length);
            return new KeyStoreMacCalculator(hostKeys, MacAlgorithm.CupsEcb);
        }

        private static InMemoryKeyStore NewTerminalKeyStore()
        {
            InMemoryKeyStore store = new InMemoryKeyStore();
            byte[] tmk = Hex.Decode(TestTmk);
            store.Load(KeySlot.Tmk, tmk, 0, tmk.Length);
            return store;
        }

        private static SecurityError SignIn(InMemoryKeyStore store)
        {
            RequestBuilder builder = new RequestBuilder(new TerminalSettings("12345678", "123456789012345"));
            IsoPackager packager = new IsoPackager();
            IsoMessage request = new IsoMessage();
            builder.SignIn(request, 1, 1, SignInKeyMode.DoubleLength);
            byte[] frame = new byte[256];
            int length = packager.Pack(request, null, frame, 0);

            IsoMessage atHost = new IsoMessage();
            packager.Unpack(frame, 0, length, atHost, null);
            IsoMessage answer = new IsoMessage();
            answer.Mti = 810;
            answer.Tpdu.SwapFrom(atHost.Tpdu);
            answer.Set(11, atHost.GetString(11));
            answer.Set(12, "103000");
            answer.Set(13, "1122");
            answer.Set(37, "000000000001");
            answer.Set(39, "00");
            answer.Set(41, atHost.GetString(41));
            answer.Set(42, atHost.GetString(42));
            answer.Set(60, "00000002003");
            answer.Set(62, KeyBlock());
            byte[] replyFrame = new byte[256];
            int replyLength = packager.Pack(answer, null, replyFrame, 0);

            IsoMessage reply = new IsoMessage();
            packager.Unpack(replyFrame, 0, replyLength, reply, null);
            SignInReply reader = new SignInReply();
            reader.Read(request, reply);
            Assert.IsTrue(reader.Approved);
            Assert.AreEqual(2, reader.NewBatch);
            return WorkingKeyDelivery.Install(store, WorkingKeyDelivery.DoubleLength, reader.KeyBlock, 0, reader.KeyBlock.Length);
        }

        /// <summary>Field 62 for 60.3 = 003: each working key encrypted under the TMK (3DES-ECB), then its 4-byte check value.</summary>
        private static byte[] KeyBlock()
        {
            DesKey tmk = new DesKey(Hex.Decode(TestTmk));
            byte[] block = new byte[40];
            byte[][] keys = new byte[][] { Hex.Decode(TestPik), Hex.Decode(TestMak) };
            for (int k = 0; k < 2; k++)
            {
                int at = k * 20;
                tmk.EncryptBlock(keys[k], 0, block, at);
                tmk.EncryptBlock(keys[k], 8, block, at + 8);
                KeyCheckValue.Compute(new DesKey(keys[k]), block, at + 16, 4);
            }

            return block;
        }

        private static byte[] BuildApproval(IsoPackager packager, IsoMessage request, IMacCalculator mac)
        {
            IsoMessage reply = new IsoMessage();
            reply.Mti = 210;
            reply.Tpdu.SwapFrom(request.Tpdu);
            int[] echoed = new int[] { 3, 4, 11, 25, 41, 42, 49, 60 };
            for (int i = 0; i < echoed.Length; i++)
            {
                reply.Set(echoed[i], request.GetString(echoed[i]));
            }

            reply.Set(12, "103015");
            reply.Set(13, "1122");
            reply.Set(37, "000000123456");
            reply.Set(38, "AB1234");
            reply.Set(39, "00");
            reply.MacRequested = true;
            byte[] buffer = new byte[512];
            int length = packager.Pack(reply, mac, buffer, 0);
            byte[] frame = new byte[length];
            System.Array.Copy(buffer, frame, length);
            return frame;
        }
    }
}
