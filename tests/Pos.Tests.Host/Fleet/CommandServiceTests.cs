using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Fleet.Commands;
using Pos.Fleet.Keys;

namespace Pos.Tests.Host.Fleet
{
    /// <summary>A command leaves signed, numbered, recorded; its ack lands on its row; a failed publish is recorded as such.</summary>
    [TestClass]
    public sealed class CommandServiceTests
    {
        [TestMethod]
        public async Task Two_commands_in_the_same_millisecond_get_increasing_seqs_and_verify_under_the_terminals_key()
        {
            await using var fleet = new SqliteFleet();
            var link = new RecordingLink();
            var service = new CommandService(HmacFleetKeys.Test(), fleet.Store, link, NullLogger.Instance, fleet.Time);

            SignedCommand first = await service.SendAsync("10000001", CommandNames.SelfTest, new JsonObject { ["check"] = "tcp_connect" }, CancellationToken.None);
            SignedCommand second = await service.SendAsync("10000001", CommandNames.Log, new JsonObject(), CancellationToken.None);

            Assert.AreEqual(fleet.Time.Now.ToUnixTimeMilliseconds(), first.Seq);
            Assert.AreEqual(first.Seq + 1, second.Seq);
            Assert.HasCount(2, link.Published);
            Assert.AreEqual("pos/10000001/cmd", link.Published[0].Topic);
            string[] parts = link.Published[0].Payload.Split('\n');
            Assert.HasCount(2, parts);
            Assert.AreEqual(CommandSigner.Sign(HmacFleetKeys.Test().CommandKey("10000001"), parts[0]), parts[1]);
            using JsonDocument line = JsonDocument.Parse(parts[0]);
            Assert.AreEqual("selftest", line.RootElement.GetProperty("cmd").GetString());
            Assert.AreEqual(first.Seq, line.RootElement.GetProperty("seq").GetInt64());
            Assert.AreEqual("2026-12-03T10:00:00Z", line.RootElement.GetProperty("at").GetString());

            Assert.AreEqual(parts[0], fleet.Store.Command("10000001", first.Seq)!.Line);
            await fleet.FeedAsync("pos/10000001/ack", "{\"v\":1,\"tid\":\"10000001\",\"seq\":" + first.Seq + ",\"cmd\":\"selftest\",\"result\":\"ok\"}");
            Assert.AreEqual("ok", fleet.Store.Command("10000001", first.Seq)!.AckResult);
            Assert.IsNull(fleet.Store.Command("10000001", second.Seq)!.AckResult);
        }

        [TestMethod]
        public async Task After_a_restart_the_seq_continues_above_the_history()
        {
            await using var fleet = new SqliteFleet();
            fleet.Store.AddCommand("10000001", fleet.Time.Now.ToUnixTimeMilliseconds() + 5000, "log", "{}", 0);
            var service = new CommandService(HmacFleetKeys.Test(), fleet.Store, new RecordingLink(), NullLogger.Instance, fleet.Time);
            SignedCommand c = await service.SendAsync("10000001", CommandNames.Log, new JsonObject(), CancellationToken.None);
            Assert.AreEqual(fleet.Time.Now.ToUnixTimeMilliseconds() + 5001, c.Seq);
        }

        [TestMethod]
        public async Task A_command_the_broker_does_not_take_is_recorded_as_not_sent()
        {
            await using var fleet = new SqliteFleet();
            var service = new CommandService(HmacFleetKeys.Test(), fleet.Store, new RecordingLink { Refuse = "not connected to the broker" }, NullLogger.Instance, fleet.Time);
            SignedCommand c = await service.SendAsync("10000001", CommandNames.Log, new JsonObject(), CancellationToken.None);
            Assert.AreEqual("not connected to the broker", c.SendError);
            Assert.AreEqual("not connected to the broker", fleet.Store.Command("10000001", c.Seq)!.SendError);
            await Assert.ThrowsExactlyAsync<ArgumentException>(() => service.SendAsync("pos/#", CommandNames.Log, new JsonObject(), CancellationToken.None));
        }
    }
}
