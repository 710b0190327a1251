using nanoFramework.TestFramework;
using Pos.Hal.Power;

namespace Pos.Core.Tests.Hal.Power
{
    /// <summary>The battery level the status bar shows: linear 3.4–4.2 V, clamped, -1 without a battery.</summary>
    [TestClass]
    public class BatteryGaugeTests
    {
        [TestMethod]
        public void The_level_is_linear_over_the_cells_range_and_clamped()
        {
            Assert.AreEqual(0, BatteryGauge.Percent(3400));
            Assert.AreEqual(50, BatteryGauge.Percent(3800));
            Assert.AreEqual(100, BatteryGauge.Percent(4200));
            Assert.AreEqual(0, BatteryGauge.Percent(3000), "below empty still shows 0 %");
            Assert.AreEqual(100, BatteryGauge.Percent(4350), "a charger's voltage shows 100 %");
        }

        [TestMethod]
        public void No_battery_is_minus_one()
        {
            Assert.AreEqual(-1, BatteryGauge.Percent(0));
            Assert.AreEqual(-1, BatteryGauge.Percent(-5));
        }
    }
}
