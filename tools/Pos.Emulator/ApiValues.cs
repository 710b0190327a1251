using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Pos.Emulator
{
    /// <summary>
    /// Every value the JSON API takes in a path or query, as one table: words with their allowed spellings, numbers with
    /// their range. A value outside the table is answered 400 with <c>{ error, allowed }</c> and changes nothing.
    /// </summary>
    public static class ApiValues
    {
        /// <summary>The longest text value taken at all (a PAN, an address, a duration).</summary>
        public const int MaxLength = 40;

        private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
        {
            ["key"] = KeyNames.All,
            ["mode"] = new[] { "insert", "swipe", "tap" },
            ["link"] = new[] { "up", "down" },
            ["host"] = new[] { "reachable", "unreachable" },
            ["fault"] = new[] { "latency", "drop", "close", "badmac", "garbage", "clear" },
            ["power"] = new[] { "cut", "on", "reboot" },
            ["locale"] = new[] { "zh-CN", "en-US" },
            ["offline"] = new[] { "on", "off" },
            ["external"] = new[] { "true", "false" },
            ["clock"] = new[] { "pause", "run", "advance" },
            ["wall"] = new[] { "ok", "unset", "wrong" },
            ["dns"] = new[] { "ok", "fail" },
            ["flash"] = new[] { "ok", "full", "corrupt", "reset" },
            ["reader"] = new[] { "ok", "fault" },
            ["recording"] = new[] { "clear" },
            ["printer"] = EmulatorOptions.Printers.Select(p => p.Name).ToArray(),
            ["printer-fault"] = PrinterStatusNames.All,
            ["check"] = Pos.Core.Diagnostics.DiagnosticChecks.Standard().Select(c => c.Key).ToArray(),
        };

        private static readonly Dictionary<string, (long Min, long Max)> Numbers = new(StringComparer.Ordinal)
        {
            ["mv"] = (3000, 4400),
            ["ms"] = (0, 120000),
            ["log"] = (0, long.MaxValue),
            ["rate"] = (1, 3600),
            ["rssi"] = (-100, -20),
            ["by"] = (1, 7L * 24 * 3600 * 1000), // an advance: 1 ms to a week of simulated time
            ["after"] = (0, 100000),   // printer lines before a fault (a 58 mm slip is about 1,000)
            ["tail"] = (1, 1000000),   // the roll's last dot lines in a picture
        };

        /// <summary>The allowed words of the <paramref name="name"/> table.</summary>
        public static string[] Allowed(string name) => (string[])Words[name].Clone();

        /// <summary>The canonical spelling of <paramref name="value"/> in the <paramref name="name"/> table, or null.</summary>
        public static string? Word(string name, string? value)
        {
            if (value == null || value.Length > MaxLength)
            {
                return null;
            }

            foreach (string allowed in Words[name])
            {
                if (string.Equals(allowed, value, StringComparison.OrdinalIgnoreCase))
                {
                    return allowed;
                }
            }

            return null;
        }

        /// <summary>The 400 answer for a bad <paramref name="name"/> value.</summary>
        public static IResult BadWord(string name, string? value) => Results.BadRequest(new
        {
            error = "unknown " + name + " '" + Shorten(value) + "'",
            allowed = Words[name],
        });

        /// <summary><paramref name="value"/> parsed and inside the <paramref name="name"/> range, or null.</summary>
        public static long? Number(string name, string? value)
        {
            (long min, long max) = Numbers[name];
            return value != null && value.Length <= 20 && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n)
                && n >= min && n <= max ? n : null;
        }

        /// <summary>The 400 answer for a bad <paramref name="name"/> number.</summary>
        public static IResult BadNumber(string name, string? value)
        {
            (long min, long max) = Numbers[name];
            return Results.BadRequest(new
            {
                error = name + " '" + Shorten(value) + "' is not a whole number in " + min.ToString(CultureInfo.InvariantCulture) + ".." + max.ToString(CultureInfo.InvariantCulture),
                allowed = new[] { min.ToString(CultureInfo.InvariantCulture) + ".." + max.ToString(CultureInfo.InvariantCulture) },
            });
        }

        /// <summary>A duration "90s", "5m", "4h", "250ms" or plain ms inside the "by" range, in ms; null when bad.</summary>
        public static long? Duration(string? text)
        {
            if (text == null || text.Length == 0 || text.Length > 20)
            {
                return null;
            }

            (string suffix, long unit)[] units = { ("ms", 1), ("s", 1000), ("m", 60000), ("h", 3600000) };
            foreach ((string suffix, long unit) in units.OrderByDescending(u => u.suffix.Length))
            {
                if (text.EndsWith(suffix, StringComparison.Ordinal) && long.TryParse(text[..^suffix.Length], NumberStyles.None, CultureInfo.InvariantCulture, out long n)
                    && n <= Numbers["by"].Max / unit)
                {
                    return Number("by", (n * unit).ToString(CultureInfo.InvariantCulture));
                }
            }

            return Number("by", text);
        }

        /// <summary>The 400 answer for a bad duration.</summary>
        public static IResult BadDuration(string? value) => Results.BadRequest(new
        {
            error = "duration '" + Shorten(value) + "': a whole number with ms, s, m or h, up to 7 days",
            allowed = new[] { "250ms", "1s", "90s", "1m", "4h", "86400000" },
        });

        /// <summary>A dotted IPv4 address (four numbers 0–255), or null.</summary>
        public static string? Address(string? value) =>
            value != null && value.Length <= 15 && value.Split('.') is { Length: 4 } parts
                && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit) && int.Parse(p, CultureInfo.InvariantCulture) <= 255) ? value : null;

        /// <summary>The command line's check: the canonical value, or an <see cref="ArgumentException"/> listing the allowed ones.</summary>
        public static string Require(string name, string value) => Word(name, value)
            ?? throw new ArgumentException("--" + name + " " + value + ": one of " + string.Join(", ", Words[name]));

        private static string Shorten(string? value) => value == null ? string.Empty : value.Length > MaxLength ? value[..MaxLength] + "…" : value;
    }
}
