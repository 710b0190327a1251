using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Fleet.Payloads;

namespace Pos.Tests.Host.Fleet
{
    /// <summary>The terminals' payloads as docs/REMOTE.md writes them: read, unknown fields ignored, anything else refused.</summary>
    [TestClass]
    public sealed class PayloadParserTests
    {
        private const string Tid = "10000001";

        [TestMethod]
        public void The_contracts_status_reads_field_by_field()
        {
            StatusPayload s = PayloadParser.Status(Tid, Bytes("""
                {"v":1,"tid":"10000001","at":"2026-12-03T10:00:00Z","n":12,"online":true,"fw":"0.17.0","batt":87,
                 "link":"online","queue":3,"flagged":0,"st":"FAIL","stAt":"2026-12-03T09:58:10Z","busy":false,"dropped":0}
                """));

            Assert.AreEqual(Tid, s.Tid);
            Assert.AreEqual("2026-12-03T10:00:00Z", s.At);
            Assert.AreEqual(12L, s.N);
            Assert.IsTrue(s.Online);
            Assert.AreEqual("0.17.0", s.Fw);
            Assert.AreEqual(87, s.Batt);
            Assert.AreEqual("online", s.Link);
            Assert.AreEqual(3, s.Queue);
            Assert.AreEqual(0, s.Flagged);
            Assert.AreEqual("FAIL", s.St);
            Assert.AreEqual("2026-12-03T09:58:10Z", s.StAt);
            Assert.IsFalse(s.Busy!.Value);
            Assert.AreEqual(0, s.Dropped);
            Assert.IsFalse(s.IsWill);
        }

        [TestMethod]
        public void The_will_is_offline_with_nothing_else_and_a_status_without_battery_has_none()
        {
            StatusPayload will = PayloadParser.Status(Tid, Bytes("""{"v":1,"tid":"10000001","online":false}"""));
            Assert.IsTrue(will.IsWill);

            StatusPayload s = PayloadParser.Status(Tid, Bytes("""{"v":1,"tid":"10000001","at":"2026-12-03T10:00:00Z","n":1,"online":true,"fw":"0.17.0"}"""));
            Assert.IsNull(s.Batt);
            Assert.IsNull(s.St);
        }

        [TestMethod]
        public void Unknown_fields_are_ignored_and_an_unknown_version_refused()
        {
            StatusPayload s = PayloadParser.Status(Tid, Bytes("""{"v":1,"tid":"10000001","online":true,"at":"2026-12-03T10:00:00Z","future":{"a":[1,2]},"temp":41.5}"""));
            Assert.IsTrue(s.Online);

            AssertRefused("""{"v":2,"tid":"10000001","online":true}""", "unknown payload version 2");
            AssertRefused("""{"tid":"10000001","online":true}""", "field v is missing");
            AssertRefused("""{"v":"1","tid":"10000001","online":true}""", "field v is not a whole number");
        }

        [TestMethod]
        public void Malformed_payloads_are_refused_with_a_reason()
        {
            AssertRefused("not json", "not JSON");
            AssertRefused("[1,2]", "not a JSON object");
            AssertRefused("""{"v":1,"tid":"10000001","online":"yes"}""", "field online is not true or false");
            AssertRefused("""{"v":1,"tid":"10000001"}""", "field online is missing");
            AssertRefused("""{"v":1,"tid":"10000002","online":true}""", "is not the topic's 10000001");
            AssertRefused("""{"v":1,"tid":"10000001","online":true,"batt":87.5}""", "field batt is not a whole number");
            AssertRefused("{\"v\":1,\"tid\":\"10000001\",\"online\":true,\"fw\":\"" + new string('x', PayloadParser.MaxBytes) + "\"}", "above");
        }

        [TestMethod]
        public void A_self_test_report_keeps_its_checks_in_order_with_their_codes()
        {
            EventPayload e = PayloadParser.Event(Tid, Bytes("""
                {"v":1,"tid":"10000001","at":"2026-12-03T09:58:10Z","n":4,"type":"selftest","result":"FAIL","remote":true,
                 "checks":[{"id":"tcp_connect","s":"FAIL","val":"connect failed"},{"id":"printer","s":"FAIL","val":"paper out","code":"LPP"},{"id":"clock","s":"PASS","list":"diag.clock"}]}
                """));

            Assert.AreEqual(EventTypes.SelfTest, e.Type);
            Assert.AreEqual("FAIL", e.Result);
            Assert.IsTrue(e.Remote!.Value);
            Assert.HasCount(3, e.Checks);
            Assert.AreEqual("tcp_connect", e.Checks[0].Id);
            Assert.AreEqual("connect failed", e.Checks[0].Val);
            Assert.IsNull(e.Checks[0].Code);
            Assert.AreEqual("LPP", e.Checks[1].Code);
            Assert.AreEqual("diag.clock", e.Checks[2].List);
            Assert.IsFalse(e.Checks[2].IsProblem);
        }

        [TestMethod]
        public void Decline_log_and_offline_events_read_their_fields()
        {
            EventPayload d = PayloadParser.Event(Tid, Bytes("""{"v":1,"tid":"10000001","at":"2026-12-03T10:01:00Z","n":5,"type":"decline","code":"51","class":"C","who":"cardholder","kind":"purchase","stan":"000123","amount":1200,"pan":"622848******1234"}"""));
            Assert.AreEqual("51", d.Code);
            Assert.AreEqual("000123", d.Stan);
            Assert.AreEqual(1200L, d.Amount);
            Assert.AreEqual("622848******1234", d.Pan);

            EventPayload numericStan = PayloadParser.Event(Tid, Bytes("""{"v":1,"tid":"10000001","type":"reversal","stan":123,"reason":"timeout","result":"ok"}"""));
            Assert.AreEqual("123", numericStan.Stan);

            EventPayload log = PayloadParser.Event(Tid, Bytes("""{"v":1,"tid":"10000001","type":"log","lines":["a","b"],"chain":"ok"}"""));
            CollectionAssert.AreEqual(new[] { "a", "b" }, log.Lines.ToArray());
            Assert.AreEqual("ok", log.Chain);

            EventPayload off = PayloadParser.Event(Tid, Bytes("""{"v":1,"tid":"10000001","type":"offline","from":"2026-12-03T09:00:00Z","to":"2026-12-03T09:05:00Z","secs":300,"queued":2}"""));
            Assert.AreEqual(300L, off.Secs);
            Assert.AreEqual(2, off.Queued);

            Assert.ThrowsExactly<PayloadException>(() => PayloadParser.Event(Tid, Bytes("""{"v":1,"tid":"10000001","type":"log","lines":[1]}""")));
            Assert.ThrowsExactly<PayloadException>(() => PayloadParser.Event(Tid, Bytes("""{"v":1,"tid":"10000001","n":1}""")));
        }

        [TestMethod]
        public void An_event_of_an_unknown_type_is_kept_as_it_came()
        {
            EventPayload e = PayloadParser.Event(Tid, Bytes("""{"v":1,"tid":"10000001","type":"tamper","side":"left"}"""));
            Assert.AreEqual("tamper", e.Type);
        }

        [TestMethod]
        public void Acks_read_seq_result_and_reason()
        {
            AckPayload a = PayloadParser.Ack(Tid, Bytes("""{"v":1,"tid":"10000001","at":"2026-12-03T10:00:03Z","seq":1796292000500,"cmd":"set","result":"invalid","reason":"offline.limit: above 100000.00"}"""));
            Assert.AreEqual(1796292000500L, a.Seq);
            Assert.AreEqual("set", a.Cmd);
            Assert.AreEqual("invalid", a.Result);
            Assert.AreEqual("offline.limit: above 100000.00", a.Reason);
            Assert.ThrowsExactly<PayloadException>(() => PayloadParser.Ack(Tid, Bytes("""{"v":1,"tid":"10000001","result":"ok"}""")));
        }

        [TestMethod]
        public void Topics_name_a_terminal_of_8_letters_or_digits_and_a_known_kind()
        {
            FleetTopic t = FleetTopic.Parse("pos/10000001/ack")!;
            Assert.AreEqual(Tid, t.Tid);
            Assert.AreEqual(TopicKind.Ack, t.Kind);
            Assert.AreEqual("pos/10000001/cmd", FleetTopic.Of(Tid, TopicKind.Command));
            Assert.AreEqual("pos/+/status", FleetTopic.Filter(TopicKind.Status));
            foreach (string bad in new[] { "pos/1000001/status", "pos/10000001/other", "x/10000001/status", "pos/1000 001/status", "pos/10000001/status/x", "pos/<b>0001/event" })
            {
                Assert.IsNull(FleetTopic.Parse(bad), bad);
            }
        }

        [TestMethod]
        public void Contract_times_read_to_milliseconds()
        {
            Assert.AreEqual(1796292000000L, RemoteTime.Millis("2026-12-03T10:00:00Z"));
            Assert.IsNull(RemoteTime.Millis("2026-12-03 10:00:00"));
            Assert.AreEqual("2026-12-03T10:00:00Z", RemoteTime.FromMillis(1796292000999));
        }

        private static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);

        private static void AssertRefused(string json, string reason)
        {
            PayloadException e = Assert.ThrowsExactly<PayloadException>(() => PayloadParser.Status(Tid, Bytes(json)));
            Assert.Contains(reason, e.Message);
        }
    }
}
