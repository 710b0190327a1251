using nanoFramework.TestFramework;
using Pos.Core.Common;
using Pos.Core.Protocol;
using Pos.Core.Protocol.Messages;

namespace Pos.Core.Tests.Protocol
{
    [TestClass]
    public class ReplyReaderTests
    {
        /// <summary>
        /// A hand-built 0210 approving the purchase request: TPDU swapped (60 0000 0003), 3, 4, 11, 12 103015, 13 1122,
        /// 25, 32 (LL 08) 01021000, 37, 38 AB1234, 39 00, 41, 42, 49, 60, 64 (XOR-fold of MTI..60).
        /// </summary>
        private const string PurchaseReply =
            "006A" + "6000000003" + "603100000000" + "0210" + "303800810EC08011" +
            "000000" + "000000001000" + "000001" + "103015" + "1122" + "00" + "08" + "01021000" +
            "303030303030313233343536" + "414231323334" + "3030" + "3132333435363738" + "313233343536373839303132333435" +
            "313536" + "0011" + "220000010000" + "B42116380EFC68D1";

        [TestMethod]
        public void Purchase_reply_is_read_from_exact_bytes()
        {
            IsoMessage request = PurchaseRequest();
            FinancialReply reply = new FinancialReply();
            reply.Read(request, ProtocolFixtures.UnpackHex(PurchaseReply));
            Assert.IsTrue(reply.Approved);
            Assert.AreEqual("00", reply.ResponseCode);
            Assert.AreEqual("000000123456", reply.Rrn);
            Assert.AreEqual("AB1234", reply.AuthCode);
            Assert.AreEqual("103015", reply.HostTime);
            Assert.AreEqual("1122", reply.HostDate);
            Assert.AreEqual("01021000", reply.AcquirerId);
            Assert.AreEqual(1000L, reply.AmountFen);
            Assert.IsTrue(reply.MacState == MacState.Valid);
            Assert.IsFalse(reply.MacFailed);
            Assert.IsFalse(reply.RequiresSignIn);
        }

        [TestMethod]
        public void Approved_purchase_reply_with_a_bad_or_missing_mac_fails_the_mac()
        {
            IsoMessage request = PurchaseRequest();
            FinancialReply reply = new FinancialReply();
            // Last MAC byte changed.
            reply.Read(request, ProtocolFixtures.UnpackHex(PurchaseReply.Substring(0, PurchaseReply.Length - 2) + "00"));
            Assert.IsTrue(reply.Approved);
            Assert.IsTrue(reply.MacFailed);

            IsoMessage noMac = ProtocolFixtures.ReplyTo(request, "00");
            reply.Read(request, ProtocolFixtures.OverTheWire(noMac));
            Assert.IsTrue(reply.MacState == MacState.Absent);
            Assert.IsTrue(reply.MacFailed);
        }

        [TestMethod]
        public void Declined_purchase_reply_needs_no_mac_and_77_forces_sign_in()
        {
            IsoMessage request = PurchaseRequest();
            FinancialReply reply = new FinancialReply();
            reply.Read(request, ProtocolFixtures.OverTheWire(ProtocolFixtures.ReplyTo(request, "51")));
            Assert.IsFalse(reply.Approved);
            Assert.IsFalse(reply.MacFailed);
            Assert.IsFalse(reply.RequiresSignIn);
            reply.Read(request, ProtocolFixtures.OverTheWire(ProtocolFixtures.ReplyTo(request, "77")));
            Assert.IsTrue(reply.RequiresSignIn);
            reply.Read(request, ProtocolFixtures.OverTheWire(ProtocolFixtures.ReplyTo(request, "A0")));
            Assert.IsTrue(reply.RequiresSignIn);
        }

        [TestMethod]
        public void Balance_reply_reads_field_54()
        {
            FinancialRequest data = ProtocolFixtures.Purchase();
            data.Type = TransactionType.BalanceInquiry;
            IsoMessage request = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).Financial(request, data);
            IsoMessage answer = ProtocolFixtures.ReplyTo(request, "00");
            answer.Set(54, "1002156C000000012345");
            answer.MacRequested = true;
            FinancialReply reply = new FinancialReply();
            reply.Read(request, ProtocolFixtures.OverTheWire(answer));
            Assert.IsTrue(reply.HasBalance);
            Assert.AreEqual(12345L, reply.BalanceFen);
            Assert.IsFalse(reply.MacFailed);
        }

        [TestMethod]
        public void Reply_that_answers_another_request_is_rejected()
        {
            IsoMessage request = PurchaseRequest();
            FinancialReply reply = new FinancialReply();
            IsoMessage wrongStan = ProtocolFixtures.ReplyTo(request, "00");
            wrongStan.Set(11, "000002");
            IsoMessage received = ProtocolFixtures.OverTheWire(wrongStan);
            ProtocolException error = Catch(request, received);
            Assert.IsTrue(error.Reason == ProtocolErrorReason.UnexpectedReply);
            Assert.AreEqual(11, error.Field);
            Assert.AreEqual(received.OffsetOf(11), error.Offset);

            IsoMessage wrongTpdu = ProtocolFixtures.ReplyTo(request, "00");
            wrongTpdu.Tpdu.CopyFrom(request.Tpdu);
            error = Catch(request, ProtocolFixtures.OverTheWire(wrongTpdu));
            Assert.IsTrue(error.Reason == ProtocolErrorReason.BadTpdu);
            Assert.AreEqual(-1, error.Field);
            Assert.AreEqual(2, error.Offset);

            IsoMessage wrongMti = ProtocolFixtures.ReplyTo(request, "00");
            wrongMti.Mti = 230;
            error = Catch(request, ProtocolFixtures.OverTheWire(wrongMti));
            Assert.IsTrue(error.Reason == ProtocolErrorReason.UnexpectedReply);
            Assert.AreEqual(13, error.Offset);

            IsoMessage noCode = ProtocolFixtures.ReplyTo(request, "00");
            noCode.Remove(39);
            error = Catch(request, ProtocolFixtures.OverTheWire(noCode));
            Assert.IsTrue(error.Reason == ProtocolErrorReason.MissingField);
            Assert.AreEqual(39, error.Field);
            Assert.AreEqual(15, error.Offset);
        }

        [TestMethod]
        public void Reversal_reply_00_12_25_complete_with_a_valid_mac()
        {
            IsoMessage request = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).Reversal(request, ProtocolFixtures.Purchase(), ReversalReason.Timeout, null);
            ReversalReply reply = new ReversalReply();
            string[] codes = new string[] { "00", "12", "25" };
            for (int i = 0; i < codes.Length; i++)
            {
                IsoMessage answer = ProtocolFixtures.ReplyTo(request, codes[i]);
                answer.MacRequested = true;
                reply.Read(request, ProtocolFixtures.OverTheWire(answer));
                Assert.IsTrue(reply.Complete);
                Assert.IsTrue(reply.Done, codes[i]);
            }

            reply.Read(request, ProtocolFixtures.OverTheWire(ProtocolFixtures.ReplyTo(request, "12")));
            Assert.IsTrue(reply.Complete);
            Assert.IsTrue(reply.MacFailed);
            Assert.IsFalse(reply.Done);

            reply.Read(request, ProtocolFixtures.OverTheWire(ProtocolFixtures.ReplyTo(request, "96")));
            Assert.IsFalse(reply.Complete);
            Assert.IsFalse(reply.MacFailed);
        }

        [TestMethod]
        public void Sign_in_reply_gives_time_batch_and_the_raw_key_block()
        {
            IsoMessage request = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).SignIn(request, 7, 1, SignInKeyMode.DoubleLength);
            IsoMessage answer = ProtocolFixtures.ReplyTo(request, "00");
            answer.Set(12, "093000");
            answer.Set(13, "1122");
            answer.Set(37, "000000000777");
            answer.Set(60, "00000002003");
            byte[] keys = new byte[40];
            keys[0] = 0x11;
            keys[39] = 0x99;
            answer.Set(62, keys);
            SignInReply reply = new SignInReply();
            reply.Read(request, ProtocolFixtures.OverTheWire(answer));
            Assert.IsTrue(reply.Approved);
            Assert.AreEqual("093000", reply.HostTime);
            Assert.AreEqual("1122", reply.HostDate);
            Assert.AreEqual("000000000777", reply.Rrn);
            Assert.AreEqual(2, reply.NewBatch);
            Assert.AreEqual(Hex.Encode(keys), Hex.Encode(reply.KeyBlock));

            // A 24-byte block does not fit the 003 (double-length) sign-in.
            answer.Set(62, new byte[24]);
            IsoMessage received = ProtocolFixtures.OverTheWire(answer);
            ProtocolException error = null;
            try
            {
                reply.Read(request, received);
            }
            catch (ProtocolException e)
            {
                error = e;
            }

            Assert.IsNotNull(error);
            Assert.IsTrue(error.Reason == ProtocolErrorReason.BadFormat);
            Assert.AreEqual(62, error.Field);
            Assert.AreEqual(received.OffsetOf(62), error.Offset);
            Assert.AreEqual(60, SignInReply.ExpectedKeyBlockLength("00000001004"));
        }

        [TestMethod]
        public void Settlement_reply_reads_the_reconciliation_codes()
        {
            IsoMessage request = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).Settlement(request, 10, 1, new SettlementTotals());
            IsoMessage answer = ProtocolFixtures.ReplyTo(request, "00");
            answer.Set(48, "000000150000" + "003" + "000000002000" + "001" + "2" + "000000000000" + "000" + "000000000000" + "000" + "1");
            SettlementReply reply = new SettlementReply();
            reply.Read(request, ProtocolFixtures.OverTheWire(answer));
            Assert.AreEqual('2', reply.DomesticCode);
            Assert.AreEqual('1', reply.ForeignCode);
            Assert.IsFalse(reply.DomesticBalanced);
            Assert.IsTrue(reply.ForeignBalanced);
            Assert.IsFalse(reply.Balanced);

            answer.Set(48, "000000150000" + "003" + "000000002000" + "001" + "1" + "000000000000" + "000" + "000000000000" + "000" + "1");
            reply.Read(request, ProtocolFixtures.OverTheWire(answer));
            Assert.IsTrue(reply.Balanced);
        }

        [TestMethod]
        public void Echo_sign_out_and_batch_upload_replies_are_read()
        {
            RequestBuilder builder = new RequestBuilder(ProtocolFixtures.Settings());
            ManagementReply reply = new ManagementReply();
            IsoMessage request = new IsoMessage();
            builder.EchoTest(request, 9, 1);
            reply.Read(request, ProtocolFixtures.OverTheWire(ProtocolFixtures.ReplyTo(request, "00")));
            Assert.IsTrue(reply.Approved);
            builder.SignOut(request, 8, 1);
            reply.Read(request, ProtocolFixtures.OverTheWire(ProtocolFixtures.ReplyTo(request, "00")));
            Assert.IsTrue(reply.Approved);
            builder.BatchUploadEnd(request, 12, 1, 2, true);
            reply.Read(request, ProtocolFixtures.OverTheWire(ProtocolFixtures.ReplyTo(request, "00")));
            Assert.IsTrue(reply.Approved);
        }

        private static IsoMessage PurchaseRequest()
        {
            IsoMessage request = new IsoMessage();
            new RequestBuilder(ProtocolFixtures.Settings()).Financial(request, ProtocolFixtures.Purchase());
            return request;
        }

        private static ProtocolException Catch(IsoMessage request, IsoMessage received)
        {
            try
            {
                new FinancialReply().Read(request, received);
            }
            catch (ProtocolException error)
            {
                return error;
            }

            return null;
        }
    }
}
