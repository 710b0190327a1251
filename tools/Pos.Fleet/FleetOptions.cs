using System.Globalization;
using Microsoft.Extensions.Configuration;
using Pos.Core.Localization;
using Pos.Fleet.Keys;
using Pos.Fleet.Storage;

namespace Pos.Fleet
{
    /// <summary>
    /// The console's options: each from the command line (<c>--db sqlite:fleet.db</c>) or, when absent there, from the
    /// configuration (<c>Fleet:Database</c>; environment <c>Fleet__Database</c>). Secrets stay in files and are never printed.
    /// </summary>
    public sealed class FleetOptions
    {
        /// <summary>The command line's usage.</summary>
        public const string Usage =
            "dotnet run --project tools/Pos.Fleet -- [--broker HOST:PORT|none (default 127.0.0.1:8883)] [--ca FILE (default .fleet/broker/test-ca.pem)]\n" +
            "    [--fleet-key-file FILE (default: the TEST key)] [--user fleet] [--password-file FILE (default: derived from the fleet key)]\n" +
            "    [--db sqlite:PATH|\"postgres:Host=…;Database=…;Username=…;Password=…\" (default sqlite:.fleet/fleet.db)]\n" +
            "    [--urls http://127.0.0.1:5080] [--locale en-US|zh-CN] [--firmware VERSION (the version every terminal should run)]\n" +
            "    [--retention-days 90] [--client-id pos-fleet-console]";

        // Flag, configuration key under Fleet:, setter.
        private static readonly (string Flag, string Setting, Action<FleetOptions, string> Set)[] Table =
        {
            ("--broker", "Broker", (o, v) => o.Broker = v == "none" ? null : Endpoint(v)),
            ("--ca", "Ca", (o, v) => o.CaFile = v == "system" ? null : v),
            ("--fleet-key-file", "FleetKeyFile", (o, v) => o.FleetKeyFile = v),
            ("--user", "User", (o, v) => o.User = v),
            ("--password-file", "PasswordFile", (o, v) => o.PasswordFile = v),
            ("--db", "Database", (o, v) => o.Database = DatabaseSpec.Parse(v)),
            ("--urls", "Urls", (o, v) => o.Urls = v),
            ("--locale", "Locale", (o, v) => o.PageLocale = Locale.Parse(v) >= 0 ? Locale.Parse(v) : throw new FormatException("--locale: en-US or zh-CN, got " + v)),
            ("--firmware", "Firmware", (o, v) => o.Firmware = v),
            ("--retention-days", "RetentionDays", (o, v) => o.RetentionDays = int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out int d) && d > 0 ? d : throw new FormatException("--retention-days: a number of days, got " + v)),
            ("--client-id", "ClientId", (o, v) => o.ClientId = v),
        };

        /// <summary>The broker "host:port", or null to run without one (pages only; commands are not sent).</summary>
        public string? Broker { get; set; } = "127.0.0.1:8883";

        /// <summary>The broker's CA certificate (PEM), as tools/fleet/broker.sh writes it; null = the system trust store (<c>--ca system</c>).</summary>
        public string? CaFile { get; set; } = Path.Combine(".fleet", "broker", "test-ca.pem");

        /// <summary>The fleet key's file; null = the TEST key.</summary>
        public string? FleetKeyFile { get; set; }

        /// <summary>The console's broker user.</summary>
        public string User { get; set; } = "fleet";

        /// <summary>A file holding the broker password; null = derived from the fleet key for <see cref="User"/>.</summary>
        public string? PasswordFile { get; set; }

        /// <summary>The history's database.</summary>
        public DatabaseSpec Database { get; set; } = DatabaseSpec.Parse("sqlite:" + Path.Combine(".fleet", "fleet.db"));

        /// <summary>Where the pages listen.</summary>
        public string Urls { get; set; } = "http://127.0.0.1:5080";

        /// <summary>The pages' locale until a visitor picks one (Pos.Core.Localization.Locale).</summary>
        public int PageLocale { get; set; } = Locale.EnUs;

        /// <summary>The firmware every terminal should run; null = the newest any terminal reports.</summary>
        public string? Firmware { get; set; }

        /// <summary>Days of status history and events kept.</summary>
        public int RetentionDays { get; set; } = 90;

        /// <summary>The MQTT client id (one per console instance).</summary>
        public string ClientId { get; set; } = "pos-fleet-console";

        /// <summary>Options from <paramref name="settings"/> (section Fleet), then <paramref name="args"/>; throws <see cref="FormatException"/> on a bad one.</summary>
        public static FleetOptions Parse(string[] args, IConfiguration? settings = null)
        {
            var options = new FleetOptions();
            IConfigurationSection? section = settings?.GetSection("Fleet");
            foreach ((string _, string setting, Action<FleetOptions, string> set) in Table)
            {
                if (section?[setting] is { Length: > 0 } value)
                {
                    set(options, value);
                }
            }

            for (int i = 0; i < args.Length; i++)
            {
                int row = Array.FindIndex(Table, r => r.Flag == args[i]);
                if (row < 0)
                {
                    throw new FormatException("unknown option " + args[i]);
                }

                if (i + 1 >= args.Length)
                {
                    throw new FormatException(args[i] + " wants a value");
                }

                Table[row].Set(options, args[++i]);
            }

            return options;
        }

        /// <summary>The keys of the configured fleet key (the TEST key when no file is named).</summary>
        public IFleetKeys LoadKeys() => FleetKeyFile == null ? HmacFleetKeys.Test() : new HmacFleetKeys(Keys.FleetKeyFile.Read(FleetKeyFile));

        /// <summary>The broker password: the file's first line, or derived from the fleet key.</summary>
        public string BrokerPassword(IFleetKeys keys) =>
            PasswordFile == null ? keys.BrokerPassword(User) : File.ReadAllText(PasswordFile).Split('\n')[0].TrimEnd('\r');

        private static string Endpoint(string v)
        {
            int colon = v.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(v[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port is < 1 or > 65535)
            {
                throw new FormatException("--broker wants HOST:PORT (or none), got " + v);
            }

            return v;
        }
    }
}
