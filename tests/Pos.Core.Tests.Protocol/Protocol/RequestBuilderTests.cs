using nanoFramework.TestFramework;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;

namespace Pos.Core.Tests.Protocol
{
    /// <summary>
    /// Every builder against exact bytes, field by field. Terminal 12345678 / merchant 123456789012345, TPDU
    /// 60 0003 0000, header 60 31 00 000000, batch 1. BCD lengths count digits, ASCII lengths characters, binary
    /// bytes. The MAC is the XOR-fold test fake over MTI..last field before 64 (8 columns XORed).
    /// </summary>
    [TestClass]
    public class RequestBuilderTests
    {
        private const string Purchase =
            "006C" + // length 108
            "6000030000" + // TPDU
            "603100000000" + // header
            "0200" + // MTI
            "302004C020C09811" + // bitmap
            "000000" + // 3
            "000000001000" + // 4
            "000001" + // 11
            "0210" + // 22
            "00" + // 25
            "12" + // 26
            "236225881234567890D251210F" + // 35
            "3132333435363738" + // 41
            "313233343536373839303132333435" + // 42
            "313536" + // 49
            "0102030405060708" + // 52
            "2600000000000000" + // 53
            "0011220000010000" + // 60
            "C27DA282405809EF"; // 64 XOR-fold MAC

        private const string Signin =
            "003C" + // length 60
            "6000030000" + // TPDU
            "603100000000" + // header
            "0800" + // MTI
            "0020000000C00012" + // bitmap
            "000007" + // 11
            "3132333435363738" + // 41
            "313233343536373839303132333435" + // 42
            "0011000000010030" + // 60
            "0003303120"; // 63

        private const string Signout =
            "0037" + // length 55
            "6000030000" + // TPDU
            "603100000000" + // header
            "0820" + // MTI
            "0020000000C00010" + // bitmap
            "000008" + // 11
            "3132333435363738" + // 41
            "313233343536373839303132333435" + // 42
            "0011000000010020"; // 60

        private const string Echo =
            "0037" + // length 55
            "6000030000" + // TPDU
            "603100000000" + // header
            "0820" + // MTI
            "0020000000C00010" + // bitmap
            "000009" + // 11
            "3132333435363738" + // 41
            "313233343536373839303132333435" + // 42
            "0011000000013010"; // 60

        private const string Settle =
            "007F" + // length 127
            "6000030000" + // TPDU
            "603100000000" + // header
            "0500" + // MTI
            "0020000000C18012" + // bitmap
            "000010" + // 11
            "3132333435363738" + // 41
            "313233343536373839303132333435" + // 42
            "00623030303030303135303030303030333030303030303030323030303030313030303030303030303030303030303030303030303030303030303030303030" + // 48
            "313536" + // 49
            "0011000000012010" + // 60
            "0003303120"; // 63

        private const string Batchup =
            "008B" + // length 139
            "6000030000" + // TPDU
            "603100000000" + // header
            "0320" + // MTI
            "0020000000C10010" + // bitmap
            "000011" + // 11
            "3132333435363738" + // 41
            "313233343536373839303132333435" + // 42
            "008230323030303030303031303030303632323538383132333435363738393030303030303030303130303030313030303030323030303034313131313131313131313131313131303030303030303032353030" + // 48
            "0011000000012010"; // 60

        private const string Batchend =
            "003D" + // length 61
            "6000030000" + // TPDU
            "603100000000" + // header
            "0320" + // MTI
            "0020000000C10010" + // bitmap
            "000012" + // 11
            "3132333435363738" + // 41
            "313233343536373839303132333435" + // 42
            "000430303032" + // 48
            "0011000000012020"; // 60

        private const string Void =
            "0073" + // length 115
            "6000030000" + // TPDU
            "603100000000" + // header
            "0200" + // MTI
            "702404800CC08019" + // bitmap
            "166225881234567890" + // 2
            "200000" + // 3
            "000000001000" + // 4
            "000002" + // 11
            "2512" + // 14
            "0210" + // 22
            "00" + // 25
            "313233343536373839303132" + // 37
            "414231323334" + // 38
            "3132333435363738" + // 41
            "313233343536373839303132333435" + // 42
            "313536" + // 49
            "0011230000010000" + // 60
            "0012000001000001" + // 61
            "8326E0582E0E12D0"; // 64 XOR-fold MAC

        private const string Refund =
            "006F" + // length 111
            "6000030000" + // TPDU
            "603100000000" + // header
            "0220" + // MTI
            "7020048008C08019" + // bitmap
            "1962258812345678901230" + // 2
            "200000" + // 3
            "000000000500" + // 4
            "000003" + // 11
            "0120" + // 22
            "00" + // 25
            "313233343536373839303132" + // 37
            "3132333435363738" + // 41
            "313233343536373839303132333435" + // 42
            "313536" + // 49
            "0011250000010000" + // 60
            "00160000010000011122" + // 61
            "EE71CE7F0A1E2CC2"; // 64 XOR-fold MAC

        private const string Balance =
            "0060" + // length 96
            "6000030000" + // TPDU
            "603100000000" + // header
            "0200" + // MTI
            "202006C000C09A11" + // bitmap
            "310000" + // 3
            "000004" + // 11
            "0510" + // 22
            "0001" + // 23
            "00" + // 25
            "12" + // 26
            "3132333435363738" + // 41
            "313233343536373839303132333435" + // 42
            "313536" + // 49
            "0102030405060708" + // 52
            "2600000000000000" + // 53
            "00039F2701" + // 55
            "0011010000010000" + // 60
            "8B32BF3637E51ACB"; // 64 XOR-fold MAC

        private const string Advice =
            "0057" + // length 87
            "6000030000" + // TPDU
            "603100000000" + // header
            "0220" + // MTI
            "3038048000C08211" + // bitmap
            "000000" + // 3
            "000000002000" + // 4
            "000005" + // 11
            "101530" + // 12
            "1122" + // 13
            "0720" + // 22
            "00" + // 25
            "3132333435363738" + // 41
            "313233343536373839303132333435" + // 42
            "313536" + // 49
            "00029F26" + // 55
            "0011300000010000" + // 60
            "8131BE2D11A52CD3"; // 64 XOR-fold MAC

        private const string Reversal =
            "0050" + // length 80
            "6000030000" + // TPDU
            "603100000000" + // header
            "0400" + // MTI
            "3020048002C08011" + // bitmap
            "000000" + // 3
            "000000001000" + // 4
            "000001" + // 11
            "0210" + // 22
            "00" + // 25
            "3938" + // 39
            "3132333435363738" + // 41
            "313233343536373839303132333435" + // 42
            "313536" + // 49
            "0011220000010000" + // 60
            "B00D382C02B023C1"; // 64 XOR-fold MAC

        [TestMethod]
        public void Purchase_builds_exact_bytes()
        {
            Assert.AreEqual(Purchase, Build(ProtocolFixtures.Purchase()));
            Assert.AreEqual(ProtocolFixtures.PurchaseFrame, Purchase);
        }

        [TestMethod]
        public void Void_builds_exact_bytes()
        {
            FinancialRequest request = new FinancialRequest();
            request.Type = TransactionType.Void;
            request.AmountFen = 1000;
            request.Stan = 2;
            request.Batch = 1;
            request.Pan = "6225881234567890";
            request.ExpiryYymm = "2512";
            request.EntryMode = "021";
            request.OriginalRrn = "123456789012";
            request.OriginalAuthCode = "AB1234";
            request.OriginalBatch = 1;
            request.OriginalStan = 1;
            Assert.AreEqual(Void, Build(request));
        }

        [TestMethod]
        public void Refund_builds_exact_bytes()
        {
            FinancialRequest request = new FinancialRequest();
            request.Type = TransactionType.Refund;
            request.AmountFen = 500;
            request.Stan = 3;
            request.Batch = 1;
            request.Pan = "6225881234567890123";
            request.EntryMode = "012";
            request.OriginalRrn = "123456789012";
            request.OriginalBatch = 1;
            request.OriginalStan = 1;
            request.OriginalDate = "1122";
            Assert.AreEqual(Refund, Build(request));
        }

        [TestMethod]
        public void Balance_inquiry_builds_exact_bytes()
        {
            FinancialRequest request = new FinancialRequest();
            request.Type = TransactionType.BalanceInquiry;
            request.Stan = 4;
            request.Batch = 1;
            request.EntryMode = "051";
            request.CardSequenceNumber = "001";
            request.PinBlock = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 };
            request.IccData = new byte[] { 0x9F, 0x27, 0x01 };
            Assert.AreEqual(Balance, Build(request));
        }

        [TestMethod]
        public void Offline_advice_builds_exact_bytes()
        {
            FinancialRequest request = new FinancialRequest();
            request.Type = TransactionType.OfflineAdvice;
            request.AmountFen = 2000;
            request.Stan = 5;
            request.Batch = 1;
            request.EntryMode = "072";
            request.LocalTime = "101530";
            request.LocalDate = "1122";
            request.IccData = new byte[] { 0x9F, 0x26 };
            Assert.AreEqual(Advice, Build(request));
        }

        [TestMethod]
        public void Reversal_builds_exact_bytes_with_the_original_stan()
        {
            IsoMessage message = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).Reversal(message, ProtocolFixtures.Purchase(), ReversalReason.Timeout, null);
            Assert.AreEqual(Reversal, ProtocolFixtures.PackHex(message));
            Assert.AreEqual("000001", message.GetString(11));
        }

        [TestMethod]
        public void Reversal_rejects_unknown_reasons_and_irreversible_types()
        {
            RequestBuilder builder = new RequestBuilder(ProtocolFixtures.Settings());
            Assert.ThrowsException(typeof(System.ArgumentException),
                () => builder.Reversal(new IsoMessage(), ProtocolFixtures.Purchase(), "00", null));
            FinancialRequest refund = ProtocolFixtures.Purchase();
            refund.Type = TransactionType.Refund;
            Assert.ThrowsException(typeof(System.ArgumentException),
                () => builder.Reversal(new IsoMessage(), refund, ReversalReason.MacFailure, null));
        }

        [TestMethod]
        public void Sign_in_builds_exact_bytes_without_mac()
        {
            IsoMessage message = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).SignIn(message, 7, 1, SignInKeyMode.DoubleLength);
            Assert.IsFalse(message.MacRequested);
            Assert.AreEqual(Signin, ProtocolFixtures.PackHex(message));
        }

        [TestMethod]
        public void Sign_out_builds_exact_bytes()
        {
            IsoMessage message = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).SignOut(message, 8, 1);
            Assert.AreEqual(Signout, ProtocolFixtures.PackHex(message));
        }

        [TestMethod]
        public void Echo_test_builds_exact_bytes()
        {
            IsoMessage message = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).EchoTest(message, 9, 1);
            Assert.AreEqual(Echo, ProtocolFixtures.PackHex(message));
            Assert.AreEqual(ProtocolFixtures.EchoFrame, Echo);
        }

        [TestMethod]
        public void Settlement_builds_exact_bytes()
        {
            SettlementTotals totals = new SettlementTotals();
            totals.DomesticDebitFen = 150000;
            totals.DomesticDebitCount = 3;
            totals.DomesticCreditFen = 2000;
            totals.DomesticCreditCount = 1;
            IsoMessage message = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).Settlement(message, 10, 1, totals);
            Assert.AreEqual(Settle, ProtocolFixtures.PackHex(message));
        }

        [TestMethod]
        public void Batch_upload_builds_exact_bytes()
        {
            BatchRecord[] records = new BatchRecord[]
            {
                new BatchRecord(false, 1, "6225881234567890", 1000),
                new BatchRecord(true, 2, "4111111111111111", 2500),
            };
            IsoMessage message = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).BatchUpload(message, 11, 1, records, 0, 2);
            Assert.AreEqual(Batchup, ProtocolFixtures.PackHex(message));
        }

        [TestMethod]
        public void Batch_upload_end_builds_exact_bytes()
        {
            IsoMessage message = new IsoMessage();
            RequestBuilder builder = new RequestBuilder(ProtocolFixtures.Settings());
            builder.BatchUploadEnd(message, 12, 1, 2, false);
            Assert.AreEqual(Batchend, ProtocolFixtures.PackHex(message));
            builder.BatchUploadEnd(message, 12, 1, 2, true);
            Assert.AreEqual("00000001207", message.GetString(60));
        }

        [TestMethod]
        public void Transaction_table_matches_the_reference()
        {
            TransactionTypeInfo purchase = TransactionTypes.Get(TransactionType.Purchase);
            Assert.AreEqual("000000", purchase.ProcessingCode);
            Assert.AreEqual(200, purchase.RequestMti);
            Assert.AreEqual("22", purchase.Code601);
            Assert.IsTrue(purchase.CreatesReversal);
            Assert.AreEqual("310000", TransactionTypes.Get(TransactionType.BalanceInquiry).ProcessingCode);
            Assert.AreEqual(220, TransactionTypes.Get(TransactionType.Refund).RequestMti);
            Assert.IsFalse(TransactionTypes.Get(TransactionType.Refund).CreatesReversal);
            Assert.AreEqual("30", TransactionTypes.Get(TransactionType.OfflineAdvice).Code601);
            Assert.AreEqual(5, TransactionTypes.Count);
        }

        private static string Build(FinancialRequest request)
        {
            IsoMessage message = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).Financial(message, request);
            return ProtocolFixtures.PackHex(message);
        }
    }
}
