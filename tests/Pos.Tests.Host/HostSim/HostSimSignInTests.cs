using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Security;
using Pos.HostSim;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>Sign-in, sign-out and echo against the simulator over loopback TCP.</summary>
    [TestClass]
    public sealed class HostSimSignInTests
    {
        [TestMethod]
        [DataRow(SignInKeyMode.SingleLength, 8, 24)]
        [DataRow(SignInKeyMode.DoubleLength, 16, 40)]
        [DataRow(SignInKeyMode.DoubleLengthWithTrackKey, 16, 60)]
        public void Sign_in_delivers_working_keys_that_the_core_installs(SignInKeyMode mode, int keyLength, int blockLength)
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port) { Batch = 7 };

            SignInReply reply = terminal.SignIn(mode);

            Assert.HasCount(blockLength, reply.KeyBlock);
            Assert.AreEqual(7, reply.NewBatch, "the first sign-in adopts the terminal's batch");
            Assert.IsNotNull(reply.HostTime);
            Assert.IsNotNull(reply.HostDate);
            Assert.AreEqual(keyLength, terminal.Keys.Get(KeySlot.Pik).Length);
            Assert.AreEqual(keyLength, terminal.Keys.Get(KeySlot.Mak).Length);
            Assert.AreEqual(mode == SignInKeyMode.DoubleLengthWithTrackKey, terminal.Keys.Has(KeySlot.Tdk));
            Assert.IsTrue(sim.Host.IsSignedIn(SimTerminal.Tid));

            // Each KCV in field 62 is the first 4 bytes of E(key, 0) of the key the terminal installed.
            byte[] kcv = new byte[4];
            int entry = keyLength + 4;
            KeySlot[] slots = [KeySlot.Pik, KeySlot.Mak, KeySlot.Tdk];
            for (int i = 0; i < blockLength / entry; i++)
            {
                Assert.IsTrue(terminal.Keys.GetCheckValue(slots[i], kcv, 0));
                CollectionAssert.AreEqual(reply.KeyBlock.AsSpan((i * entry) + keyLength, 4).ToArray(), kcv, "KCV of slot " + i);
            }
        }

        [TestMethod]
        public void Keys_are_random_per_sign_in_and_the_same_for_the_same_seed()
        {
            using var first = new HostSimulator(new HostOptions { Seed = 42 }).Start();
            using var second = new HostSimulator(new HostOptions { Seed = 42 }).Start();
            var a = new SimTerminal(first.Port);
            var b = new SimTerminal(second.Port);

            byte[] a1 = a.SignIn().KeyBlock;
            byte[] a2 = a.SignIn().KeyBlock;
            byte[] b1 = b.SignIn().KeyBlock;

            CollectionAssert.AreNotEqual(a1, a2);
            CollectionAssert.AreEqual(a1, b1);
        }

        [TestMethod]
        public void Sign_in_reply_carries_no_MAC_and_an_unknown_layout_is_a_format_error()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            var request = new IsoMessage();
            terminal.Builder.SignIn(request, terminal.NextStan(), 1, SignInKeyMode.DoubleLength);
            Assert.AreEqual(MacState.Absent, terminal.Unpack(terminal.Send(request)).MacState);

            request.Set(60, "00000001005");
            var reply = terminal.Unpack(terminal.Send(request));
            Assert.AreEqual("30", reply.GetString(39));
        }

        [TestMethod]
        public void Echo_test_and_sign_out_are_answered_00_and_sign_out_drops_the_keys()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            var request = new IsoMessage();
            var reader = new ManagementReply();

            terminal.Builder.EchoTest(request, terminal.NextStan(), terminal.Batch);
            var echo = terminal.Unpack(terminal.Send(request));
            reader.Read(request, echo);
            Assert.AreEqual(830, echo.Mti);
            Assert.AreEqual("00", reader.ResponseCode);

            terminal.Builder.SignOut(request, terminal.NextStan(), terminal.Batch);
            reader.Read(request, terminal.Unpack(terminal.Send(request)));
            Assert.AreEqual("00", reader.ResponseCode);
            Assert.IsFalse(sim.Host.IsSignedIn(SimTerminal.Tid));

            // A MAC'ed request after sign-out cannot verify at the host: A0, which forces a sign-in.
            var purchase = terminal.Financial(terminal.Card(TransactionType.Purchase, TestCards.Approved, 100));
            Assert.AreEqual("A0", purchase.ResponseCode);
            Assert.IsTrue(purchase.RequiresSignIn);
        }

        [TestMethod]
        public void Header_processing_requirement_3_is_sent_until_the_terminal_signs_in_again()
        {
            using var sim = new HostSimulator().Start();
            var terminal = new SimTerminal(sim.Port);
            terminal.SignIn();
            sim.RequireSignIn(SimTerminal.Tid);

            var approved = terminal.Financial(terminal.Card(TransactionType.Purchase, TestCards.Approved, 500));
            Assert.AreEqual("00", approved.ResponseCode);
            Assert.AreEqual(ProcessingRequirement.SignIn, approved.ProcessingRequirement);
            Assert.IsTrue(approved.RequiresSignIn);

            terminal.SignIn();
            var after = terminal.Financial(terminal.Card(TransactionType.Purchase, TestCards.Approved, 500));
            Assert.IsFalse(after.RequiresSignIn);
            Assert.AreEqual(2, sim.Host.SignInsOf(SimTerminal.Tid));
        }
    }
}
