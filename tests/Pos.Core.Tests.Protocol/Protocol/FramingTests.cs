using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Simulation;
using Pos.Hal.Net;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Protocol
{
    [TestClass]
    public class FramingTests
    {
        [TestMethod]
        public void Published_purchase_bitmap_decodes_to_its_fields()
        {
            IsoMessage message = ProtocolFixtures.UnpackHex(ProtocolFixtures.PurchaseFrame);
            int[] expected = new int[] { 3, 4, 11, 22, 25, 26, 35, 41, 42, 49, 52, 53, 60, 64 };
            int found = 0;
            for (int field = 2; field <= 64; field++)
            {
                bool wanted = false;
                for (int i = 0; i < expected.Length; i++)
                {
                    wanted |= expected[i] == field;
                }

                Assert.AreEqual(wanted, message.Has(field), "field " + field.ToString());
                found += message.Has(field) ? 1 : 0;
            }

            Assert.AreEqual(expected.Length, found);
            Assert.AreEqual(200, message.Mti);
            Assert.AreEqual("6225881234567890=251210", message.GetString(35));
        }

        [TestMethod]
        public void Purchase_with_those_fields_encodes_to_exactly_the_published_bitmap()
        {
            IsoMessage message = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).Financial(message, ProtocolFixtures.Purchase());
            string hex = ProtocolFixtures.PackHex(message);
            // length 2 + TPDU 5 + header 6 + MTI 2 = 15 bytes = 30 hex digits before the bitmap.
            Assert.AreEqual("302004C020C09811", hex.Substring(30, 16));
        }

        [TestMethod]
        public void Tpdu_swap_and_reply_check()
        {
            Tpdu request = new Tpdu();
            request.Set(3, 0);
            Tpdu reply = new Tpdu();
            reply.SwapFrom(request);
            Assert.AreEqual(0, reply.Destination);
            Assert.AreEqual(3, reply.Source);
            Assert.IsTrue(reply.IsReplyTo(request));
            Assert.IsFalse(request.IsReplyTo(request));

            // On the wire: request 60 0003 0000, reply 60 0000 0003.
            IsoMessage answer = ProtocolFixtures.UnpackHex("0031" + "6000000003" + "603100000000" + "0830" + "0020000002C00000" +
                "000009" + "3030" + "3132333435363738" + "313233343536373839303132333435");
            Assert.AreEqual(0, answer.Tpdu.Destination);
            Assert.AreEqual(3, answer.Tpdu.Source);
            Assert.IsTrue(answer.Tpdu.IsReplyTo(request));
        }

        [TestMethod]
        public void Header_processing_requirement_3_is_read_and_forces_sign_in()
        {
            // Header 60 31 03 000000: status 0, processing requirement 3.
            IsoMessage answer = ProtocolFixtures.UnpackHex("0031" + "6000000003" + "603103000000" + "0830" + "0020000002C00000" +
                "000009" + "3030" + "3132333435363738" + "313233343536373839303132333435");
            Assert.AreEqual(60, answer.Header.ApplicationType);
            Assert.AreEqual(31, answer.Header.Version);
            Assert.AreEqual(3, answer.Header.ProcessingRequirement);
            Assert.IsTrue(answer.Header.RequiresSignIn);

            IsoMessage request = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).EchoTest(request, 9, 1);
            ManagementReply reader = new ManagementReply();
            reader.Read(request, answer);
            Assert.IsTrue(reader.Approved);
            Assert.IsTrue(reader.RequiresSignIn);
            Assert.AreEqual(3, reader.ProcessingRequirement);
        }

        [TestMethod]
        public void Header_other_requirements_are_exposed_without_sign_in()
        {
            IsoMessage answer = ProtocolFixtures.UnpackHex("0031" + "6000000003" + "603114000001" + "0830" + "0020000002C00000" +
                "000009" + "3030" + "3132333435363738" + "313233343536373839303132333435");
            Assert.AreEqual(1, answer.Header.TerminalStatus);
            Assert.AreEqual(ProcessingRequirement.UpdatePublicKeys, answer.Header.ProcessingRequirement);
            Assert.AreEqual(1, answer.Header.SubVersion);
            Assert.IsFalse(answer.Header.RequiresSignIn);
        }

        [TestMethod]
        public void Mac_covers_mti_through_the_field_before_64_and_verifies()
        {
            IsoMessage message = ProtocolFixtures.UnpackHex(ProtocolFixtures.PurchaseFrame);
            Assert.AreEqual(MacState.Valid, message.MacState);
            Assert.AreEqual(13, message.MacDataOffset);
            Assert.AreEqual(0x6E - 13 - 8, message.MacDataLength);

            // One changed digit in field 11 (offset 34) breaks it.
            IsoMessage broken = ProtocolFixtures.UnpackHex(ProtocolFixtures.Patch(ProtocolFixtures.PurchaseFrame, 34, "11"));
            Assert.AreEqual(MacState.Invalid, broken.MacState);

            byte[] frame = Hex.Decode(ProtocolFixtures.PurchaseFrame);
            IsoMessage unchecked_ = new IsoMessage();
            new IsoPackager().Unpack(frame, 0, frame.Length, unchecked_, null);
            Assert.AreEqual(MacState.NotChecked, unchecked_.MacState);
        }

        [TestMethod]
        public void Pack_into_a_reused_buffer_at_an_offset()
        {
            IsoMessage message = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).Financial(message, ProtocolFixtures.Purchase());
            byte[] buffer = new byte[300];
            IsoPackager packager = new IsoPackager();
            int length = packager.Pack(message, new XorFoldMac(), buffer, 10);
            Assert.AreEqual(ProtocolFixtures.PurchaseFrame, Hex.Encode(buffer, 10, length));
            Assert.AreEqual(length - 2, FramePrefix.Read(buffer, 10));

            IsoMessage back = new IsoMessage();
            packager.Unpack(buffer, 10, length, back, new XorFoldMac());
            Assert.AreEqual(MacState.Valid, back.MacState);
            Assert.AreEqual(10 + 13, back.OffsetOf(0));
        }
    }
}
