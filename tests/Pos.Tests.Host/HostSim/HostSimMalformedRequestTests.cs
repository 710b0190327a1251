using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Hal.Net;
using Pos.HostSim;

namespace Pos.Tests.Host.HostSim
{
    /// <summary>
    /// Malformed ISO 8583 requests, in-process: whatever the bytes, the host answers (a reply frame it can pack) or
    /// declines to (null = close), and never throws.
    /// </summary>
    [TestClass]
    public sealed class HostSimMalformedRequestTests
    {
        [TestMethod]
        public void Seeded_mutations_of_every_request_kind_are_answered_or_refused_without_an_exception()
        {
            using var sim = new HostSimulator();
            var terminal = new SimTerminal(0);
            HostSimFinancialTests.SignInInProcess(sim, terminal);
            byte[][] valid = ValidFrames(terminal);
            var random = new SeededRandom(20261202);
            int answered = 0, refused = 0;

            for (int i = 0; i < 4000; i++)
            {
                byte[] frame = Mutate(valid[random.Next(valid.Length)], random);
                if (random.Next(2) == 0)
                {
                    frame = Remac(terminal, frame);
                }

                HostResponse response;
                try
                {
                    response = sim.Handle(frame);
                }
                catch (Exception e)
                {
                    throw new AssertFailedException("mutation " + i + " (" + Convert.ToHexString(frame) + ") threw " + e);
                }

                if (response.Reply == null)
                {
                    refused++;
                    continue;
                }

                answered++;
                if (response.RequestMti == 800 && response.ResponseCode == "00")
                {
                    // A readable sign-in gave the terminal new keys: take them, so re-MAC'ed requests pass the MAC check.
                    HostSimFinancialTests.SignInInProcess(sim, terminal);
                }

                Assert.AreEqual(response.Reply.Length - FramePrefix.Size, FramePrefix.Read(response.Reply, 0), "a reply's prefix counts its body");
            }

            Assert.IsGreaterThan(100, answered, "some mutations stay readable and are answered");
            Assert.IsGreaterThan(100, refused, "some are unreadable and refused");
        }

        [TestMethod]
        [DataRow("", DisplayName = "nothing after the prefix")]
        [DataRow("60", DisplayName = "one byte")]
        [DataRow("6000030000603100310730", DisplayName = "TPDU and header, no MTI")]
        [DataRow("6000030000603100310730020000", DisplayName = "MTI, no bitmap")]
        [DataRow("60000300006031003107300200FFFFFFFFFFFFFFFFFF", DisplayName = "every field announced, none there")]
        [DataRow("6000030000603100310730020020000000000000000099", DisplayName = "field 3 cut short")]
        public void A_frame_too_short_for_what_it_announces_is_refused_without_an_exception(string bodyHex)
        {
            using var sim = new HostSimulator();
            byte[] body = Convert.FromHexString(bodyHex);
            byte[] frame = new byte[FramePrefix.Size + body.Length];
            FramePrefix.Write(body.Length, frame, 0);
            body.CopyTo(frame, FramePrefix.Size);

            HostResponse response = sim.Handle(frame);

            Assert.IsNull(response.Reply);
            Assert.AreEqual(-1, response.RequestMti);
        }

        private static byte[][] ValidFrames(SimTerminal terminal)
        {
            var frames = new List<byte[]>();
            void Add(IsoMessage request)
            {
                byte[] frame = new byte[2048];
                int length = terminal.Packager.Pack(request, terminal.Mac, frame, 0);
                frames.Add(frame.AsSpan(0, length).ToArray());
            }

            var message = new IsoMessage();
            var sale = terminal.Card(TransactionType.Purchase, TestCards.Approved, 1_000);
            terminal.Builder.Financial(message, sale);
            Add(message);
            message = new IsoMessage();
            terminal.Builder.Financial(message, terminal.Card(TransactionType.Purchase, "6222000000000013", 1_000, "123456"));
            Add(message);
            foreach (TransactionType type in new[] { TransactionType.Void, TransactionType.Refund })
            {
                var data = terminal.Card(type, TestCards.Approved, 500);
                (data.OriginalBatch, data.OriginalStan, data.OriginalRrn, data.OriginalDate) = (sale.Batch, sale.Stan, "000000000001", "0101");
                message = new IsoMessage();
                terminal.Builder.Financial(message, data);
                Add(message);
            }

            message = new IsoMessage();
            terminal.Builder.Reversal(message, sale, ReversalReason.Timeout, null);
            Add(message);
            message = new IsoMessage();
            terminal.Builder.Settlement(message, terminal.NextStan(), terminal.Batch, new SettlementTotals { DomesticDebitFen = 1_000, DomesticDebitCount = 1 });
            Add(message);
            message = new IsoMessage();
            terminal.Builder.BatchUpload(message, terminal.NextStan(), terminal.Batch, [new BatchRecord(false, 1, TestCards.Approved, 1_000)], 0, 1);
            Add(message);
            message = new IsoMessage();
            terminal.Builder.SignIn(message, terminal.NextStan(), terminal.Batch, SignInKeyMode.DoubleLengthWithTrackKey);
            Add(message);
            message = new IsoMessage();
            terminal.Builder.EchoTest(message, terminal.NextStan(), terminal.Batch);
            Add(message);
            return frames.ToArray();
        }

        // A mutation the terminal's packager can still read, packed again with a valid MAC, so the host looks past its
        // MAC check at the odd field values; any other frame as it is.
        private static byte[] Remac(SimTerminal terminal, byte[] frame)
        {
            var message = new IsoMessage();
            if (terminal.Packager.TryUnpack(frame, 0, frame.Length, message, null) != null)
            {
                return frame;
            }

            message.MacRequested = message.Has(64);
            byte[] packed = new byte[4096];
            try
            {
                int length = terminal.Packager.Pack(message, terminal.Mac, packed, 0);
                return packed.AsSpan(0, length).ToArray();
            }
            catch (ProtocolException)
            {
                return frame;
            }
        }

        // One of: a few bytes changed, the body cut (prefix kept true or left false), bytes appended, or all random.
        private static byte[] Mutate(byte[] valid, SeededRandom random)
        {
            byte[] frame;
            switch (random.Next(5))
            {
                case 0:
                case 1:
                    frame = (byte[])valid.Clone();
                    for (int n = 1 + random.Next(4); n > 0; n--)
                    {
                        frame[FramePrefix.Size + random.Next(frame.Length - FramePrefix.Size)] = (byte)random.Next(256);
                    }

                    return frame;
                case 2:
                    frame = valid.AsSpan(0, FramePrefix.Size + random.Next(valid.Length - FramePrefix.Size)).ToArray();
                    if (random.Next(2) == 0)
                    {
                        FramePrefix.Write(frame.Length - FramePrefix.Size, frame, 0);
                    }

                    return frame;
                case 3:
                    byte[] tail = new byte[1 + random.Next(64)];
                    random.NextBytes(tail);
                    frame = [.. valid, .. tail];
                    FramePrefix.Write(frame.Length - FramePrefix.Size, frame, 0);
                    return frame;
                default:
                    frame = new byte[FramePrefix.Size + random.Next(200)];
                    random.NextBytes(frame);
                    FramePrefix.Write(frame.Length - FramePrefix.Size, frame, 0);
                    return frame;
            }
        }
    }
}
