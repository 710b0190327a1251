using System;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Protocol
{
    /// <summary>
    /// Field 60 as a value: built from its subfields, parsed back, read from a frame, and every malformed input
    /// refused with the protocol's own error (field 60, the offset given, the reason).
    /// </summary>
    [TestClass]
    public class Field60Tests
    {
        [TestMethod]
        public void Built_from_subfields_and_parsed_back()
        {
            Field60 purchase = new Field60("22", 1, NetworkCode.None);
            Assert.AreEqual("22000001000", purchase.Text);
            Assert.AreEqual("22", purchase.MessageType);
            Assert.AreEqual(1, purchase.Batch);
            Assert.AreEqual(NetworkCode.None, purchase.NetworkCode);
            Assert.AreEqual(string.Empty, purchase.Further);

            Field60 signIn = Field60.Parse("00999999004", -1);
            Assert.AreEqual("00", signIn.MessageType);
            Assert.AreEqual(999999, signIn.Batch);
            Assert.AreEqual(NetworkCode.SignInDoubleWithTrackKey, signIn.NetworkCode);
        }

        [TestMethod]
        public void Optional_parts_60_3_and_60_4_onwards()
        {
            // A reply may end after 60.2; the subfields after 60.3 are one digit each, up to 17 digits in all.
            Field60 shortest = Field60.Parse("00000002", -1);
            Assert.AreEqual(2, shortest.Batch);
            Assert.IsNull(shortest.NetworkCode);
            Assert.AreEqual(string.Empty, shortest.Further);

            Field60 longest = Field60.Parse("22000003000501234", -1);
            Assert.AreEqual(3, longest.Batch);
            Assert.AreEqual("000", longest.NetworkCode);
            Assert.AreEqual("501234", longest.Further);
            Assert.AreEqual("22000003000501234", longest.Text);
        }

        [TestMethod]
        public void Malformed_text_is_a_protocol_error_with_its_reason()
        {
            Refused(null, ProtocolErrorReason.MissingField);
            Refused(string.Empty, ProtocolErrorReason.Truncated);
            Refused("22", ProtocolErrorReason.Truncated);
            Refused("2200000", ProtocolErrorReason.Truncated);
            Refused("220000010", ProtocolErrorReason.BadFormat);
            Refused("2200000100", ProtocolErrorReason.BadFormat);
            Refused("220000010000123456", ProtocolErrorReason.LengthOverMax);
            Refused("22A00001000", ProtocolErrorReason.BadFormat);
            Refused("2200000100 ", ProtocolErrorReason.BadFormat);
            Refused("22-0000100", ProtocolErrorReason.BadFormat);
            Refused("22000001000D", ProtocolErrorReason.BadFormat);
        }

        [TestMethod]
        public void Parse_throws_what_TryParse_returns()
        {
            ProtocolException error = Thrown(() => Field60.Parse("2200", 51));
            Assert.AreEqual(60, error.Field);
            Assert.AreEqual(51, error.Offset);
            Assert.IsTrue(error.Reason == ProtocolErrorReason.Truncated);
        }

        [TestMethod]
        public void Read_from_a_message_absent_present_and_malformed()
        {
            IsoMessage message = new IsoMessage();
            Assert.IsNull(Field60.Read(message));

            new RequestBuilder(ProtocolFixtures.Settings()).EchoTest(message, 1, 7);
            Assert.AreEqual(7, Field60.Read(message).Batch);
            Assert.AreEqual(NetworkCode.EchoTest, Field60.Read(ProtocolFixtures.OverTheWire(message)).NetworkCode);

            // Over the wire: the error points at the field in the frame.
            message.Set(60, "000000070");
            IsoMessage received = ProtocolFixtures.OverTheWire(message);
            ProtocolException error = Thrown(() => Field60.Read(received));
            Assert.AreEqual(60, error.Field);
            Assert.AreEqual(received.OffsetOf(60), error.Offset);
            Assert.IsTrue(error.Reason == ProtocolErrorReason.BadFormat);
        }

        [TestMethod]
        public void Subfields_out_of_range_are_refused_when_built()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new Field60("22", 1000000, NetworkCode.None));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new Field60("22", -1, NetworkCode.None));
            Assert.ThrowsException(typeof(ArgumentException), () => new Field60("2", 1, NetworkCode.None));
            Assert.ThrowsException(typeof(ArgumentException), () => new Field60("2X", 1, NetworkCode.None));
            Assert.ThrowsException(typeof(ArgumentException), () => new Field60("22", 1, "01"));
            Assert.ThrowsException(typeof(ArgumentException), () => new Field60("22", 1, null));
        }

        // The ProtocolException the action throws; fails the test when it throws none.
        private static ProtocolException Thrown(Action action)
        {
            try
            {
                action();
            }
            catch (ProtocolException e)
            {
                return e;
            }

            Assert.IsTrue(false, "no ProtocolException");
            return null;
        }

        private static void Refused(string text, ProtocolErrorReason reason)
        {
            Field60 value;
            ProtocolException error = Field60.TryParse(text, 7, out value);
            Assert.IsNotNull(error);
            Assert.IsNull(value);
            Assert.AreEqual(60, error.Field);
            Assert.AreEqual(7, error.Offset);
            Assert.IsTrue(error.Reason == reason, text);
        }
    }
}
