using System.Text.Json.Nodes;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Fleet.Commands;

namespace Pos.Tests.Host.Fleet
{
    /// <summary>The command forms' fields become typed arguments; a malformed one stops the command before it is signed.</summary>
    [TestClass]
    public sealed class CommandArgumentsTests
    {
        [TestMethod]
        public void Set_writes_the_given_parameters_typed_in_table_order_and_leaves_empty_ones_out()
        {
            JsonObject args = Build("set", ("merchant.name", " 小店 "), ("offline.limit", "50000"), ("offline.enabled", "true"), ("host", ""), ("port", "8583"))!;
            var utf8 = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            Assert.AreEqual("""{"port":8583,"offline.enabled":true,"offline.limit":50000,"merchant.name":"小店"}""", args.ToJsonString(utf8));
        }

        [TestMethod]
        public void Malformed_fields_are_refused_with_the_field_named()
        {
            AssertError("set", "no parameter given");
            AssertError("set", "port: a whole number from 1 to 65535", ("port", "70000"));
            AssertError("set", "offline.limit: a whole number", ("offline.limit", "12.5"));
            AssertError("set", "offline.enabled: true or false", ("offline.enabled", "yes"));
            AssertError("set", "merchant.name: at most 40", ("merchant.name", new string('x', 41)));
            AssertError("message", "text: required");
            AssertError("message", "text: at most 120", ("text", new string('x', 121)));
            AssertError("message", "text: at most 120 characters, no control characters", ("text", "a\nb"));
            AssertError("log", "count: a whole number from 1 to 50", ("count", "51"));
            AssertError("selftest", "check: not a check id", ("check", "Tcp Connect"));
            AssertError("firmware", "version: required");
            AssertError("reboot", "unknown command reboot");
        }

        [TestMethod]
        public void The_other_commands_take_their_arguments()
        {
            Assert.AreEqual("{}", Build("selftest", ("check", ""))!.ToJsonString());
            Assert.AreEqual("""{"check":"tcp_connect"}""", Build("selftest", ("check", "tcp_connect"))!.ToJsonString());
            Assert.AreEqual("""{"count":20}""", Build("log", ("count", "20"))!.ToJsonString());
            Assert.AreEqual("""{"text":"Call the office","secs":30}""", Build("message", ("text", "Call the office"), ("secs", "30"))!.ToJsonString());
            Assert.AreEqual("""{"version":"0.18.0","note":"fixes"}""", Build("firmware", ("version", "0.18.0"), ("note", "fixes"))!.ToJsonString());
        }

        private static JsonObject? Build(string cmd, params (string Name, string Value)[] fields) =>
            CommandArguments.Build(cmd, fields.ToDictionary(f => f.Name, f => f.Value), out _);

        private static void AssertError(string cmd, string expected, params (string Name, string Value)[] fields)
        {
            Assert.IsNull(CommandArguments.Build(cmd, fields.ToDictionary(f => f.Name, f => f.Value), out string? error));
            StringAssert.StartsWith(error, expected);
        }
    }
}
