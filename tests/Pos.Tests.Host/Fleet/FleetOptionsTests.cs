using Microsoft.Extensions.Configuration;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Fleet;

namespace Pos.Tests.Host.Fleet
{
    /// <summary>The console's options: defaults, settings, the command line over them, refusals.</summary>
    [TestClass]
    public sealed class FleetOptionsTests
    {
        [TestMethod]
        public void Options_come_from_the_command_line_over_the_settings()
        {
            FleetOptions defaults = FleetOptions.Parse(Array.Empty<string>());
            Assert.AreEqual("127.0.0.1:8883", defaults.Broker);
            Assert.AreEqual(Path.Combine(".fleet", "broker", "test-ca.pem"), defaults.CaFile);
            Assert.AreEqual("sqlite:" + Path.Combine(".fleet", "fleet.db"), defaults.Database.Display);
            Assert.AreEqual("http://127.0.0.1:5080", defaults.Urls);
            Assert.IsNull(defaults.FleetKeyFile);
            Assert.AreEqual("2700660eadc00e4dc49416f71a09115e", defaults.BrokerPassword(defaults.LoadKeys()));

            var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Fleet:Database"] = "postgres:Host=db;Database=fleet",
                ["Fleet:Firmware"] = "0.18.0",
                ["Fleet:Broker"] = "broker.example:8883",
            }).Build();
            FleetOptions o = FleetOptions.Parse(new[] { "--broker", "none", "--locale", "zh-CN", "--db", "sqlite:x.db", "--retention-days", "7" }, settings);
            Assert.IsNull(o.Broker);
            Assert.AreEqual(Pos.Core.Localization.Locale.ZhCn, o.PageLocale);
            Assert.AreEqual("sqlite:x.db", o.Database.Display);
            Assert.AreEqual("0.18.0", o.Firmware);
            Assert.AreEqual(7, o.RetentionDays);
            Assert.AreEqual(Pos.Fleet.Storage.DatabaseProvider.Postgres, FleetOptions.Parse(Array.Empty<string>(), settings).Database.Provider);

            foreach (string[] bad in new[] { new[] { "--broker", "nohost" }, new[] { "--locale", "fr-FR" }, new[] { "--what", "1" }, new[] { "--db" }, new[] { "--retention-days", "0" } })
            {
                Assert.ThrowsExactly<FormatException>(() => FleetOptions.Parse(bad), string.Join(' ', bad));
            }
        }
    }
}
