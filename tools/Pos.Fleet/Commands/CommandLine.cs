using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pos.Fleet.Payloads;

namespace Pos.Fleet.Commands
{
    /// <summary>
    /// A command's first line (docs/REMOTE.md): <c>{"v":1,"tid":…,"seq":…,"at":…,"cmd":…}</c> and then its arguments,
    /// one compact JSON object. Non-ASCII text (a Chinese merchant name) stays UTF-8; quotes, backslashes and control
    /// characters are escaped, so the line never holds a line feed.
    /// </summary>
    public static class CommandLine
    {
        private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };

        /// <summary>The line of <paramref name="cmd"/> to <paramref name="tid"/>.</summary>
        public static string Build(string tid, long seq, DateTimeOffset at, string cmd, JsonObject args)
        {
            var line = new JsonObject
            {
                ["v"] = PayloadParser.Version,
                ["tid"] = tid,
                ["seq"] = seq,
                ["at"] = RemoteTime.Text(at),
                ["cmd"] = cmd,
            };
            foreach (KeyValuePair<string, JsonNode?> arg in args)
            {
                line[arg.Key] = arg.Value?.DeepClone();
            }

            return line.ToJsonString(Compact);
        }
    }
}
