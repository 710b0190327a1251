using System.Text;
using Pos.Core.Common;
using Pos.Core.Remote;
using Pos.Core.Security;

namespace Pos.Core.Simulation
{
    /// <summary>
    /// Signs remote commands as the fleet console does (docs/REMOTE.md "Commands"): the JSON body, a line feed, then
    /// HMAC-SHA256 of the body under the terminal's command key in lowercase hex. For tests and the emulator's tools;
    /// the console has its own (host) implementation, and a test checks both against the same vector.
    /// </summary>
    public sealed class CommandSigner
    {
        private readonly byte[] _key;
        private readonly string _terminalId;

        /// <summary>A signer for <paramref name="terminalId"/> under its command key.</summary>
        public CommandSigner(byte[] commandKey, string terminalId)
        {
            _key = commandKey;
            _terminalId = terminalId;
        }

        /// <summary>The body of command <paramref name="name"/> with sequence <paramref name="sequence"/> and extra fields
        /// (<paramref name="args"/>: name, value, name, value…; values that are whole numbers or true/false are written bare).</summary>
        public string Body(long sequence, string name, string[] args)
        {
            JsonWriter json = new JsonWriter();
            json.Begin().Field("v", 1).Field("tid", _terminalId).Field("seq", sequence).Field("at", "2026-01-05T08:00:00Z").Field("cmd", name);
            for (int i = 0; args != null && i + 1 < args.Length; i += 2)
            {
                string value = args[i + 1];
                long n = Pos.Core.Transactions.FieldList.ParseNumber(value);
                if (n >= 0 && value.Length < 16 && (value == "0" || value[0] != '0'))
                {
                    json.Field(args[i], n);
                }
                else if (value == "true" || value == "false")
                {
                    json.Field(args[i], value == "true");
                }
                else
                {
                    json.Field(args[i], value);
                }
            }

            return json.End();
        }

        /// <summary>The payload: <paramref name="body"/>, a line feed, its signature.</summary>
        public byte[] Sign(string body)
        {
            byte[] bodyBytes = Encoding.UTF8.GetBytes(body);
            string signature = Hex.Encode(HmacSha256.Mac(_key, bodyBytes)).ToLower();
            return Encoding.UTF8.GetBytes(body + "\n" + signature);
        }

        /// <summary>A signed command in one call.</summary>
        public byte[] Command(long sequence, string name, string[] args)
        {
            return Sign(Body(sequence, name, args));
        }
    }
}
