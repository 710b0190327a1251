using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;
using Pos.Core.Simulation;

namespace Pos.Fuzzing
{
    /// <summary>The seed corpus: a valid frame of every request the terminal sends and every reply it reads.</summary>
    public static class ProtocolCorpus
    {
        private static readonly XorFoldMac Mac = new XorFoldMac();

        /// <summary>Builds the corpus (deterministic).</summary>
        public static CorpusEntry[] Build()
        {
            var settings = new TerminalSettings("12345678", "123456789012345");
            var builder = new RequestBuilder(settings);
            var packager = new IsoPackager();
            var entries = new List<CorpusEntry>();

            FinancialRequest purchase = Card(TransactionType.Purchase, 1);
            IsoMessage purchaseRequest = Financial(builder, purchase);
            Add(entries, packager, "0200 purchase", purchaseRequest, null);
            IsoMessage approved = Reply(purchaseRequest, "00");
            approved.Set(12, "103015");
            approved.Set(13, "1122");
            approved.Set(15, "1122");
            approved.Set(32, "01021000");
            approved.Set(37, "000000123456");
            approved.Set(38, "AB1234");
            approved.Set(44, "0102100001020000");
            approved.Set(63, "CUP");
            approved.MacRequested = true;
            Add(entries, packager, "0210 purchase approved", approved, purchaseRequest);
            Add(entries, packager, "0210 purchase declined", Reply(purchaseRequest, "51"), purchaseRequest);

            FinancialRequest chip = Card(TransactionType.Purchase, 2);
            chip.Pan = "6225881234567890123";
            chip.ExpiryYymm = "2512";
            chip.EntryMode = "051";
            chip.CardSequenceNumber = "001";
            chip.Track2 = null;
            chip.IccData = new byte[] { 0x9F, 0x26, 0x08, 1, 2, 3, 4, 5, 6, 7, 8, 0x9F, 0x27, 0x01, 0x80 };
            Add(entries, packager, "0200 chip purchase", Financial(builder, chip), null);

            FinancialRequest voidData = Card(TransactionType.Void, 3);
            voidData.OriginalRrn = "000000123456";
            voidData.OriginalAuthCode = "AB1234";
            voidData.OriginalBatch = 1;
            voidData.OriginalStan = 1;
            voidData.Track3 = "996225881234567890=1561560000000000000000000000";
            IsoMessage voidRequest = Financial(builder, voidData);
            Add(entries, packager, "0200 void", voidRequest, null);
            IsoMessage voidReply = Reply(voidRequest, "00");
            voidReply.MacRequested = true;
            Add(entries, packager, "0210 void approved", voidReply, voidRequest);

            FinancialRequest refund = Card(TransactionType.Refund, 4);
            refund.OriginalRrn = "000000123456";
            refund.OriginalBatch = 1;
            refund.OriginalStan = 1;
            refund.OriginalDate = "1122";
            IsoMessage refundRequest = Financial(builder, refund);
            Add(entries, packager, "0220 refund", refundRequest, null);
            IsoMessage refundReply = Reply(refundRequest, "00");
            refundReply.MacRequested = true;
            Add(entries, packager, "0230 refund approved", refundReply, refundRequest);

            IsoMessage balanceRequest = Financial(builder, Card(TransactionType.BalanceInquiry, 5));
            Add(entries, packager, "0200 balance", balanceRequest, null);
            IsoMessage balanceReply = Reply(balanceRequest, "00");
            balanceReply.Set(54, "1002156C000000012345");
            balanceReply.MacRequested = true;
            Add(entries, packager, "0210 balance", balanceReply, balanceRequest);

            FinancialRequest advice = Card(TransactionType.OfflineAdvice, 6);
            advice.PinBlock = null;
            advice.LocalTime = "101530";
            advice.LocalDate = "1122";
            advice.OriginalAuthCode = "Y1    ";
            IsoMessage adviceRequest = Financial(builder, advice);
            Add(entries, packager, "0220 offline advice", adviceRequest, null);
            IsoMessage adviceReply = Reply(adviceRequest, "94");
            Add(entries, packager, "0230 advice duplicate", adviceReply, adviceRequest);

            var reversal = new IsoMessage();
            builder.Reversal(reversal, purchase, ReversalReason.Timeout, null);
            Add(entries, packager, "0400 reversal", reversal, null);
            IsoMessage reversalReply = Reply(reversal, "25");
            reversalReply.MacRequested = true;
            Add(entries, packager, "0410 reversal done", reversalReply, reversal);

            var signIn = new IsoMessage();
            builder.SignIn(signIn, 7, 1, SignInKeyMode.DoubleLengthWithTrackKey);
            Add(entries, packager, "0800 sign-in", signIn, null);
            IsoMessage signInReply = Reply(signIn, "00");
            signInReply.Header.ProcessingRequirement = ProcessingRequirement.UpdatePublicKeys;
            signInReply.Set(12, "093000");
            signInReply.Set(13, "1122");
            signInReply.Set(37, "000000000777");
            signInReply.Set(60, "00000002004");
            var keys = new byte[60];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = (byte)(i * 37);
            }

            signInReply.Set(62, keys);
            Add(entries, packager, "0810 sign-in", signInReply, signIn);

            var signOut = new IsoMessage();
            builder.SignOut(signOut, 8, 2);
            Add(entries, packager, "0820 sign-out", signOut, null);
            Add(entries, packager, "0830 sign-out", Reply(signOut, "00"), signOut);

            var echo = new IsoMessage();
            builder.EchoTest(echo, 9, 2);
            Add(entries, packager, "0820 echo", echo, null);
            IsoMessage echoReply = Reply(echo, "00");
            echoReply.Header.ProcessingRequirement = ProcessingRequirement.SignIn;
            Add(entries, packager, "0830 echo, sign in again", echoReply, echo);

            var totals = new SettlementTotals { DomesticDebitFen = 150000, DomesticDebitCount = 3, DomesticCreditFen = 2000, DomesticCreditCount = 1 };
            var settle = new IsoMessage();
            builder.Settlement(settle, 10, 2, totals);
            Add(entries, packager, "0500 settlement", settle, null);
            IsoMessage settleReply = Reply(settle, "00");
            settleReply.Set(48, "000000150000003000000002000001" + "2" + "000000000000000000000000000000" + "1");
            Add(entries, packager, "0510 settlement unbalanced", settleReply, settle);

            var records = new BatchRecord[8];
            for (int i = 0; i < records.Length; i++)
            {
                records[i] = new BatchRecord(i % 3 == 0, i + 1, "622588123456789" + i.ToString(), 1000 + i);
            }

            var upload = new IsoMessage();
            builder.BatchUpload(upload, 11, 2, records, 0, 8);
            Add(entries, packager, "0320 batch upload 8 records", upload, null);
            Add(entries, packager, "0330 batch upload", Reply(upload, "00"), upload);
            var uploadEnd = new IsoMessage();
            builder.BatchUploadEnd(uploadEnd, 12, 2, 8, false);
            Add(entries, packager, "0320 batch upload end", uploadEnd, null);
            return entries.ToArray();
        }

        private static FinancialRequest Card(TransactionType type, int stan)
        {
            return new FinancialRequest
            {
                Type = type,
                AmountFen = 1000 * stan,
                Stan = stan,
                Batch = 1,
                EntryMode = "021",
                Track2 = "6225881234567890=251210",
                PinBlock = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 },
            };
        }

        private static IsoMessage Financial(RequestBuilder builder, FinancialRequest request)
        {
            var message = new IsoMessage();
            builder.Financial(message, request);
            return message;
        }

        private static IsoMessage Reply(IsoMessage request, string code)
        {
            var reply = new IsoMessage();
            reply.Mti = request.Mti + 10;
            reply.Tpdu.SwapFrom(request.Tpdu);
            reply.Header.CopyFrom(request.Header);
            foreach (int field in new[] { 3, 4, 11, 25, 41, 42, 49, 60 })
            {
                if (request.GetString(field) is string value)
                {
                    reply.Set(field, value);
                }
            }

            reply.Set(39, code);
            return reply;
        }

        private static void Add(List<CorpusEntry> entries, IsoPackager packager, string name, IsoMessage message, IsoMessage? request)
        {
            var buffer = new byte[2048];
            int length = packager.Pack(message, Mac, buffer, 0);
            byte[] frame = buffer.AsSpan(0, length).ToArray();
            var parsed = new IsoMessage();
            packager.Unpack(frame, 0, frame.Length, parsed, Mac);
            var offsets = new List<int>();
            var sizes = new List<int>();
            for (int field = 2; field <= IsoMessage.MaxField; field++)
            {
                if (parsed.Has(field) && packager.Codec(field) is { IsFixed: false } codec)
                {
                    offsets.Add(parsed.OffsetOf(field));
                    sizes.Add(codec.Prefix.Bytes);
                }
            }

            entries.Add(new CorpusEntry(name, frame, request, offsets.ToArray(), sizes.ToArray()));
        }
    }
}
