using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Fleet.Commands;
using Pos.Fleet.Keys;

namespace Pos.Tests.Host.Fleet
{
    /// <summary>
    /// The command's signature and keys against fixed vectors (docs/REMOTE.md, "Keys and replay"), the same vectors the
    /// firmware's verifier is tested with: the TEST fleet key, terminal 10000001, the contract's example command.
    /// </summary>
    [TestClass]
    public sealed class CommandSigningTests
    {
        private const string Tid = "10000001";
        private const string ExampleLine = """{"v":1,"tid":"10000001","seq":1796292000000,"at":"2026-12-03T10:00:00Z","cmd":"selftest","check":"network"}""";

        [TestMethod]
        public void The_test_fleet_keys_derive_the_fixed_command_key_and_broker_passwords()
        {
            IFleetKeys keys = HmacFleetKeys.Test();
            Assert.AreEqual("f8d222c75da9dcd64d0ec69ee5959e50633c37abb63cfba2a8ea8cde2157e7bd", Convert.ToHexStringLower(keys.CommandKey(Tid)));
            Assert.AreEqual("2d166e984e0b05c382930d16ee8fe65c", keys.BrokerPassword(Tid));
            Assert.AreEqual("2700660eadc00e4dc49416f71a09115e", keys.BrokerPassword("fleet"));
            Assert.AreNotEqual(Convert.ToHexStringLower(keys.CommandKey(Tid)), Convert.ToHexStringLower(keys.CommandKey("10000002")));
        }

        [TestMethod]
        public void The_contracts_example_command_signs_to_the_fixed_vector()
        {
            byte[] key = HmacFleetKeys.Test().CommandKey(Tid);
            Assert.AreEqual("6322189e6bae10bda7c96485e751ef9633befa4b8f98115089eba1f41cbdee0f", CommandSigner.Sign(key, ExampleLine));
            Assert.AreEqual(ExampleLine + "\n6322189e6bae10bda7c96485e751ef9633befa4b8f98115089eba1f41cbdee0f", CommandSigner.Payload(key, ExampleLine));
            Assert.ThrowsExactly<ArgumentException>(() => CommandSigner.Payload(key, "{\n}"));
        }

        [TestMethod]
        public void The_first_line_is_the_contracts_order_and_keeps_chinese_text_as_utf8()
        {
            var at = DateTimeOffset.FromUnixTimeMilliseconds(1796292000000);
            Assert.AreEqual(ExampleLine, CommandLine.Build(Tid, 1796292000000, at, "selftest", new JsonObject { ["check"] = "network" }));

            string set = CommandLine.Build(Tid, 1796292000001, at, "set", new JsonObject { ["offline.limit"] = 50000L, ["merchant.name"] = "小店", ["offline.enabled"] = true });
            Assert.AreEqual("""{"v":1,"tid":"10000001","seq":1796292000001,"at":"2026-12-03T10:00:00Z","cmd":"set","offline.limit":50000,"merchant.name":"小店","offline.enabled":true}""", set);

            // Quotes and line feeds in text are escaped: the signed line stays one line.
            string message = CommandLine.Build(Tid, 1, at, "message", new JsonObject { ["text"] = "say \"hi\"\nnow" });
            StringAssert.Contains(message, "\"text\":\"say \\\"hi\\\"\\nnow\"");
            Assert.DoesNotContain("\n", message);
        }

        [TestMethod]
        public void A_second_vector_with_parameters_matches_an_independent_hmac()
        {
            string line = """{"v":1,"tid":"10000001","seq":1796292000001,"at":"2026-12-03T10:00:00Z","cmd":"set","offline.limit":50000,"merchant.name":"小店"}""";
            byte[] key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("pos-test-fleet-key-0001"), Encoding.UTF8.GetBytes("pos-remote-cmd|10000001"));
            Assert.AreEqual("d5b6e23684c6ae2826123dc2ff1f9cacdf95e94202150b9ff8179f23f4a620de", CommandSigner.Sign(key, line));
            Assert.AreEqual(CommandSigner.Sign(HmacFleetKeys.Test().CommandKey(Tid), line), CommandSigner.Sign(key, line));
        }

        [TestMethod]
        public void Seq_is_the_clock_and_strictly_increasing_per_terminal()
        {
            var clock = new SeqClock();
            Assert.AreEqual(1000L, clock.Next("A", 1000));
            Assert.AreEqual(1001L, clock.Next("A", 1000));
            Assert.AreEqual(1002L, clock.Next("A", 999));
            Assert.AreEqual(5000L, clock.Next("A", 5000));
            Assert.AreEqual(1000L, clock.Next("B", 1000));
            clock.Observe("B", 9000);
            Assert.AreEqual(9001L, clock.Next("B", 1001));
        }

        [TestMethod]
        public void The_fleet_key_file_is_its_text_without_the_line_end()
        {
            string path = Path.GetTempFileName();
            try
            {
                File.WriteAllText(path, "pos-test-fleet-key-0001\n");
                var keys = new HmacFleetKeys(FleetKeyFile.Read(path));
                CollectionAssert.AreEqual(HmacFleetKeys.Test().CommandKey(Tid), keys.CommandKey(Tid));
                File.WriteAllText(path, "\n");
                Assert.ThrowsExactly<InvalidDataException>(() => FleetKeyFile.Read(path));
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
