using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Fields;
using Pos.Core.Protocol.Messages;
using Pos.Core.Simulation;

namespace Pos.Core.Tests.Protocol
{
    /// <summary>Shared inputs and helpers of the protocol tests (static: the device runner creates no instances).</summary>
    public static class ProtocolFixtures
    {
        /// <summary>The purchase request of the builder test (published bitmap 30 20 04 C0 20 C0 98 11), XOR-fold MAC.</summary>
        public const string PurchaseFrame =
            "006C" + "6000030000" + "603100000000" + "0200" + "302004C020C09811" +
            "000000" + "000000001000" + "000001" + "0210" + "00" + "12" + "23" + "6225881234567890D251210F" +
            "3132333435363738" + "313233343536373839303132333435" + "313536" + "0102030405060708" + "2600000000000000" +
            "0011" + "220000010000" + "C27DA282405809EF";

        /// <summary>An echo test frame (57 bytes): 11 at 23, 41 at 26, 42 at 34, 60 prefix at 49, 60 data at 51.</summary>
        public const string EchoFrame =
            "0037" + "6000030000" + "603100000000" + "0820" + "0020000000C00010" + "000009" +
            "3132333435363738" + "313233343536373839303132333435" + "0011" + "000000013010";

        /// <summary>The terminal of the tests.</summary>
        public static TerminalSettings Settings()
        {
            return new TerminalSettings("12345678", "123456789012345");
        }

        /// <summary>A magstripe purchase of 10.00 with a PIN: STAN 1, batch 1.</summary>
        public static FinancialRequest Purchase()
        {
            FinancialRequest request = new FinancialRequest();
            request.Type = TransactionType.Purchase;
            request.AmountFen = 1000;
            request.Stan = 1;
            request.Batch = 1;
            request.EntryMode = "021";
            request.Track2 = "6225881234567890=251210";
            request.PinBlock = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 };
            return request;
        }

        /// <summary>Packs a message with the XOR-fold MAC and returns its hex.</summary>
        public static string PackHex(IsoMessage message)
        {
            byte[] buffer = new byte[1024];
            int length = new IsoPackager().Pack(message, new XorFoldMac(), buffer, 0);
            return Hex.Encode(buffer, 0, length);
        }

        /// <summary>Unpacks a hex frame with the XOR-fold MAC.</summary>
        public static IsoMessage UnpackHex(string hex)
        {
            byte[] frame = Hex.Decode(hex);
            IsoMessage message = new IsoMessage();
            new IsoPackager().Unpack(frame, 0, frame.Length, message, new XorFoldMac());
            return message;
        }

        /// <summary>Packs <paramref name="reply"/> and unpacks it again, as a terminal would receive it.</summary>
        public static IsoMessage OverTheWire(IsoMessage reply)
        {
            return UnpackHex(PackHex(reply));
        }

        /// <summary>Starts a reply to <paramref name="request"/>: MTI + 10, TPDU swapped, same header, STAN, 41, 42 and 39.</summary>
        public static IsoMessage ReplyTo(IsoMessage request, string responseCode)
        {
            IsoMessage reply = new IsoMessage();
            reply.Mti = request.Mti + 10;
            reply.Tpdu.SwapFrom(request.Tpdu);
            reply.Header.CopyFrom(request.Header);
            reply.Set(11, request.GetString(11));
            reply.Set(41, request.GetString(41));
            reply.Set(42, request.GetString(42));
            reply.Set(39, responseCode);
            return reply;
        }

        /// <summary>Hex of one field packed alone.</summary>
        public static string PackField(int field, object value)
        {
            FieldCodec codec = CupsProfile.Create()[field];
            byte[] buffer = new byte[codec.MaxPackedLength];
            int end = codec.Pack(field, value, buffer, 0, buffer.Length);
            return Hex.Encode(buffer, 0, end);
        }

        /// <summary>One field read from hex; the whole input must be consumed.</summary>
        public static object UnpackField(int field, string hex)
        {
            FieldCodec codec = CupsProfile.Create()[field];
            byte[] bytes = Hex.Decode(hex);
            int position = 0;
            object value = codec.Unpack(field, bytes, ref position, bytes.Length, new char[1000]);
            if (position != bytes.Length)
            {
                throw new System.InvalidOperationException("not all consumed");
            }

            return value;
        }

        /// <summary>The error of unpacking a hex frame, or null.</summary>
        public static ProtocolException ErrorOf(string hex)
        {
            byte[] frame = Hex.Decode(hex);
            return new IsoPackager().TryUnpack(frame, 0, frame.Length, new IsoMessage(), new XorFoldMac());
        }

        /// <summary>Replaces the byte at <paramref name="index"/> of a hex frame.</summary>
        public static string Patch(string hex, int index, string byteHex)
        {
            return hex.Substring(0, index * 2) + byteHex + hex.Substring((index * 2) + 2);
        }
    }
}
