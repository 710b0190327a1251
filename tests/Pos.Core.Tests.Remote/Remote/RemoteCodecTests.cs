using System.Text;
using Pos.Core.Common;
using Pos.Core.Remote;
using Pos.Core.Security;
using Pos.Core.Simulation;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Remote
{
    /// <summary>
    /// The pieces of remote management that need no terminal: HMAC-SHA256 against RFC 4231, the per-terminal key
    /// derivation (the vector the fleet console checks too), the JSON writer and reader, a signed command's checks,
    /// the rate limit and the payload ring.
    /// </summary>
    [TestClass]
    public class RemoteCodecTests
    {
        [TestMethod]
        public void Hmac_sha256_matches_rfc_4231()
        {
            byte[] key1 = new byte[20];
            for (int i = 0; i < key1.Length; i++)
            {
                key1[i] = 0x0b;
            }

            Assert.AreEqual("B0344C61D8DB38535CA8AFCEAF0BF12B881DC200C9833DA726E9376C2E32CFF7",
                Hex.Encode(HmacSha256.Mac(key1, Encoding.UTF8.GetBytes("Hi There"))));
            Assert.AreEqual("5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843",
                Hex.Encode(HmacSha256.Mac(Encoding.UTF8.GetBytes("Jefe"), Encoding.UTF8.GetBytes("what do ya want for nothing?"))));
            byte[] key6 = new byte[131];
            for (int i = 0; i < key6.Length; i++)
            {
                key6[i] = 0xaa;
            }

            Assert.AreEqual("60E431591EE0B67F0D8A26AACBF5B77F8E0BC6213728C5140546040F0EE37F54",
                Hex.Encode(HmacSha256.Mac(key6, Encoding.UTF8.GetBytes("Test Using Larger Than Block-Size Key - Hash Key First"))), "a key longer than a block is hashed first");
        }

        [TestMethod]
        public void The_test_fleet_derives_the_documented_secrets()
        {
            byte[] fleet = RemoteKeys.TestFleetKey();
            Assert.AreEqual(23, fleet.Length);
            string key = Hex.Encode(RemoteKeys.CommandKey(fleet, "10000001"));
            Assert.AreEqual(64, key.Length);
            Assert.AreEqual(Hex.Encode(HmacSha256.Mac(fleet, Encoding.UTF8.GetBytes("pos-remote-cmd|10000001"))), key);
            string password = RemoteKeys.BrokerPassword(fleet, "10000001");
            Assert.AreEqual(32, password.Length);
            Assert.AreEqual(password.ToLower(), password, "lowercase hex");
            Assert.AreNotEqual(password, RemoteKeys.BrokerPassword(fleet, "10000002"), "each terminal its own");
            Assert.IsFalse(key.ToLower().StartsWith(password), "the password and the command key are different secrets");

            // The vectors the fleet console is tested with (tools/Pos.Fleet, computed there with .NET's HMACSHA256).
            Assert.AreEqual("f8d222c75da9dcd64d0ec69ee5959e50633c37abb63cfba2a8ea8cde2157e7bd", key.ToLower());
            Assert.AreEqual("2d166e984e0b05c382930d16ee8fe65c", password);
            Assert.AreEqual("2700660eadc00e4dc49416f71a09115e", RemoteKeys.BrokerPassword(fleet, "fleet"));
            byte[] signed = new CommandSigner(RemoteKeys.CommandKey(fleet, "10000001"), "10000001")
                .Sign("{\"v\":1,\"tid\":\"10000001\",\"seq\":1796292000000,\"at\":\"2026-12-03T10:00:00Z\",\"cmd\":\"selftest\",\"check\":\"network\"}");
            string text = Encoding.UTF8.GetString(signed, 0, signed.Length);
            Assert.AreEqual("6322189e6bae10bda7c96485e751ef9633befa4b8f98115089eba1f41cbdee0f", text.Substring(text.Length - 64));
        }

        [TestMethod]
        public void The_writer_escapes_and_nests_only_what_the_payloads_need()
        {
            JsonWriter json = new JsonWriter();
            string text = json.Begin().Field("v", 1).Field("s", "a\"b\\c\nd\u0001").Field("absent", (string)null).Field("ok", true)
                .BeginArray("list").Item("x").BeginItem().Field("id", "wifi").EndItem().EndArray().Field("n", -5).End();
            Assert.AreEqual("{\"v\":1,\"s\":\"a\\\"b\\\\c\\nd\\u0001\",\"ok\":true,\"list\":[\"x\",{\"id\":\"wifi\"}],\"n\":-5}", text);
            Assert.AreEqual("{}", json.Begin().End(), "Begin starts over");
        }

        [TestMethod]
        public void The_reader_takes_a_flat_object_and_refuses_anything_else()
        {
            string error;
            JsonFields f = JsonFields.Parse(" {\"v\":1, \"cmd\":\"set\",\"name\":\"\\u4e2d\\\"x\\\"\",\"on\":true,\"none\":null,\"neg\":-12} ", out error);
            Assert.IsNotNull(f, error);
            Assert.AreEqual(6, f.Count);
            Assert.AreEqual("1", f.Get("v"));
            Assert.AreEqual("set", f.Get("cmd"));
            Assert.AreEqual("\u4e2d\"x\"", f.Get("name"));
            Assert.AreEqual("true", f.Get("on"));
            Assert.IsNull(f.Get("none"));
            Assert.AreEqual("-12", f.Get("neg"));
            Assert.IsNull(f.Get("missing"));
            string[] bad = new string[]
            {
                "", "[]", "{\"a\":{\"b\":1}}", "{\"a\":[1]}", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":1}x", "{\"a\":\"open", "{a:1}",
                "{\"a\":1,\"a\":2}", "{\"a\":\"\\q\"}", "{\"a\":wrong}",
            };
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.IsNull(JsonFields.Parse(bad[i], out error), "refused: " + bad[i]);
                Assert.IsNotNull(error, "with a reason: " + bad[i]);
            }

            Assert.IsNull(JsonFields.Parse(new string('x', JsonFields.MaxLength + 1), out error), "too long");
        }

        [TestMethod]
        public void A_signed_command_opens_and_every_tampering_is_named()
        {
            byte[] key = RemoteKeys.CommandKey(RemoteKeys.TestFleetKey(), "12345678");
            CommandSigner console = new CommandSigner(key, "12345678");
            SignedCommand terminal = new SignedCommand(key, "12345678");
            byte[] good = console.Command(1796292000001, "selftest", new string[] { "check", "echo" });
            RemoteCommand c = terminal.Open(good);
            Assert.IsNotNull(c, terminal.Reason);
            Assert.AreEqual("selftest", c.Name);
            Assert.AreEqual(1796292000001, c.Sequence);
            Assert.AreEqual("echo", c.Arg("check"));

            byte[] tampered = new byte[good.Length];
            System.Array.Copy(good, tampered, good.Length);
            tampered[10] ^= 1;
            Assert.IsNull(terminal.Open(tampered));
            Assert.AreEqual((int)CommandVerdict.Forged, (int)terminal.Verdict, "a changed body");

            Assert.IsNull(new SignedCommand(RemoteKeys.CommandKey(RemoteKeys.TestFleetKey(), "87654321"), "12345678").Open(good));
            Assert.AreEqual((int)CommandVerdict.Forged, (int)terminal.Verdict, "another terminal's key");

            Assert.IsNull(terminal.Open(Encoding.UTF8.GetBytes("{\"v\":1,\"tid\":\"12345678\",\"seq\":5,\"cmd\":\"log\"}")));
            Assert.AreEqual("no signature", terminal.Reason);

            Assert.IsNull(terminal.Open(new CommandSigner(key, "99999999").Command(7, "log", null)));
            Assert.AreEqual((int)CommandVerdict.WrongTerminal, (int)terminal.Verdict, "signed for another terminal id");

            Assert.IsNull(terminal.Open(console.Sign("{\"v\":2,\"tid\":\"12345678\",\"seq\":5,\"cmd\":\"log\"}")));
            Assert.AreEqual((int)CommandVerdict.Invalid, (int)terminal.Verdict, "an unknown version");
            Assert.AreEqual("version", terminal.Reason);

            Assert.IsNull(terminal.Open(console.Sign("not json")));
            Assert.AreEqual((int)CommandVerdict.Invalid, (int)terminal.Verdict, "signed garbage");
            Assert.IsNull(terminal.Open(new byte[SignedCommand.MaxPayload + 1]));
        }

        [TestMethod]
        public void The_rate_limit_lets_a_burst_through_then_one_per_refill()
        {
            RateBucket bucket = new RateBucket(3, 1000, 0);
            Assert.IsTrue(bucket.TryTake(0));
            Assert.IsTrue(bucket.TryTake(0));
            Assert.IsTrue(bucket.TryTake(0));
            Assert.IsFalse(bucket.TryTake(10), "the burst is spent");
            Assert.IsFalse(bucket.TryTake(999));
            Assert.IsTrue(bucket.TryTake(1000), "one earned");
            Assert.IsFalse(bucket.TryTake(1500));
            Assert.AreEqual(3, bucket.Available(100000), "never more than the capacity");
        }

        [TestMethod]
        public void The_ring_keeps_the_newest_and_counts_what_it_pushed_out()
        {
            PayloadRing ring = new PayloadRing(2);
            ring.Add("a");
            ring.Add("b");
            ring.Add("c");
            Assert.AreEqual(2, ring.Count);
            Assert.AreEqual(1, ring.Overflowed);
            Assert.AreEqual("b", ring.Peek());
            ring.Remove();
            Assert.AreEqual("c", ring.Peek());
            ring.Remove();
            ring.Remove();
            Assert.AreEqual(0, ring.Count);
        }

        [TestMethod]
        public void Times_are_iso_utc_with_seconds()
        {
            Assert.AreEqual("2026-01-05T08:03:09Z", IsoTime.Format(new System.DateTime(2026, 1, 5, 8, 3, 9)));
        }
    }
}
