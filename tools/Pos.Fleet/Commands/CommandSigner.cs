using System.Security.Cryptography;
using System.Text;

namespace Pos.Fleet.Commands
{
    /// <summary>
    /// The command's signature (docs/REMOTE.md, "Commands"): 64 lowercase hex digits of HMAC-SHA256 over the first
    /// line's UTF-8 bytes exactly as sent, under the terminal's command key; the payload is the line, a line feed, the
    /// signature.
    /// </summary>
    public static class CommandSigner
    {
        /// <summary>The signature of <paramref name="line"/>.</summary>
        public static string Sign(byte[] commandKey, string line) =>
            Convert.ToHexStringLower(HMACSHA256.HashData(commandKey, Encoding.UTF8.GetBytes(line)));

        /// <summary>The payload: <paramref name="line"/>, a line feed, its signature.</summary>
        public static string Payload(byte[] commandKey, string line)
        {
            if (line.Contains('\n', StringComparison.Ordinal))
            {
                throw new ArgumentException("a command's first line holds no line feed", nameof(line));
            }

            return line + "\n" + Sign(commandKey, line);
        }
    }
}
