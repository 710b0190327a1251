using System.Text;
using Pos.Core.Common;
using Pos.Core.Security;
using Pos.Core.Transactions;

namespace Pos.Core.Remote
{
    /// <summary>
    /// Opens a command's payload (docs/REMOTE.md "Commands"): the JSON body, a line feed, then 64 hex digits of
    /// HMAC-SHA256 over the body's bytes under the terminal's command key. The signature is checked before anything in
    /// the body is read, in constant time; then the version, the terminal id and the sequence number. Replay (a number
    /// not above the last accepted) is the caller's check: it needs the journal.
    /// </summary>
    public sealed class SignedCommand
    {
        /// <summary>Largest payload accepted, in bytes.</summary>
        public const int MaxPayload = JsonFields.MaxLength + 80;

        private const int SignatureHexLength = HmacSha256.MacLength * 2;
        private readonly HmacSha256 _mac;
        private readonly string _terminalId;
        private readonly byte[] _expected = new byte[HmacSha256.MacLength];
        private readonly byte[] _given = new byte[HmacSha256.MacLength];

        /// <summary>Opens the commands of <paramref name="terminalId"/>, signed under <paramref name="commandKey"/>.</summary>
        public SignedCommand(byte[] commandKey, string terminalId)
        {
            _mac = new HmacSha256(commandKey);
            _terminalId = terminalId;
        }

        /// <summary>What the last <see cref="Open"/> decided when it returned null.</summary>
        public CommandVerdict Verdict { get; private set; }

        /// <summary>Why, in a few words (for the ack and the audit trail).</summary>
        public string Reason { get; private set; }

        /// <summary>The sequence number read from the last body, even one refused after the signature (0 when unknown).</summary>
        public long Sequence { get; private set; }

        /// <summary>The command name read from the last body (null when unknown).</summary>
        public string Name { get; private set; }

        /// <summary>The command, or null with <see cref="Verdict"/> and <see cref="Reason"/> set.</summary>
        public RemoteCommand Open(byte[] payload)
        {
            Sequence = 0;
            Name = null;
            if (payload == null || payload.Length == 0 || payload.Length > MaxPayload)
            {
                return Refuse(CommandVerdict.Invalid, "empty or too long");
            }

            int lineFeed = LineFeed(payload);
            if (lineFeed <= 0 || !ReadSignature(payload, lineFeed + 1))
            {
                return Refuse(CommandVerdict.Forged, "no signature");
            }

            _mac.Compute(payload, 0, lineFeed, _expected, 0);
            if (!SecureCompare.Equal(_expected, 0, _given, 0, HmacSha256.MacLength))
            {
                return Refuse(CommandVerdict.Forged, "signature does not match");
            }

            string error;
            JsonFields fields = JsonFields.Parse(Encoding.UTF8.GetString(payload, 0, lineFeed), out error);
            if (fields == null)
            {
                return Refuse(CommandVerdict.Invalid, "body: " + error);
            }

            Name = fields.Get("cmd");
            string seq = fields.Get("seq");
            Sequence = seq == null ? 0 : FieldList.ParseNumber(seq);
            if (fields.Get("v") != "1")
            {
                return Refuse(CommandVerdict.Invalid, "version");
            }

            if (fields.Get("tid") != _terminalId)
            {
                return Refuse(CommandVerdict.WrongTerminal, "for terminal " + Printable(fields.Get("tid")));
            }

            if (Sequence <= 0)
            {
                return Refuse(CommandVerdict.Invalid, "seq");
            }

            if (Name == null || Name.Length == 0)
            {
                return Refuse(CommandVerdict.Invalid, "cmd");
            }

            return new RemoteCommand(Sequence, Name, fields.Get("at"), fields);
        }

        // 64 hex digits after the line feed, then nothing but an optional line end.
        private bool ReadSignature(byte[] payload, int start)
        {
            int end = payload.Length;
            while (end > start && (payload[end - 1] == '\n' || payload[end - 1] == '\r' || payload[end - 1] == ' '))
            {
                end--;
            }

            if (end - start != SignatureHexLength)
            {
                return false;
            }

            for (int i = 0; i < HmacSha256.MacLength; i++)
            {
                int hi = Hex.ValueOf((char)payload[start + (i * 2)]);
                int lo = Hex.ValueOf((char)payload[start + (i * 2) + 1]);
                if (hi < 0 || lo < 0)
                {
                    return false;
                }

                _given[i] = (byte)((hi << 4) | lo);
            }

            return true;
        }

        private static int LineFeed(byte[] payload)
        {
            for (int i = 0; i < payload.Length; i++)
            {
                if (payload[i] == (byte)'\n')
                {
                    return i;
                }
            }

            return -1;
        }

        private RemoteCommand Refuse(CommandVerdict verdict, string reason)
        {
            Verdict = verdict;
            Reason = reason;
            return null;
        }

        private static string Printable(string text)
        {
            return text == null ? "?" : text.Length > 8 ? text.Substring(0, 8) : text;
        }
    }
}
