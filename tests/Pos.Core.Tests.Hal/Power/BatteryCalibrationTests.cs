using nanoFramework.TestFramework;
using Pos.Hal.Power;

namespace Pos.Core.Tests.Hal.Power
{
    /// <summary>Two measured points correct the ADC's gain and offset; the nominal line matches the divider arithmetic.</summary>
    [TestClass]
    public class BatteryCalibrationTests
    {
        [TestMethod]
        public void The_nominal_line_is_the_divider_and_adc_scale()
        {
            // 757 uV per count, halved by the divider: 2,500 counts = 3,785 mV at the battery.
            BatteryCalibration nominal = BatteryCalibration.Nominal(757, 2, 1);
            Assert.AreEqual(3785, nominal.Millivolts(2500));
            Assert.AreEqual(0, nominal.Millivolts(0));
            Assert.AreEqual(6200, nominal.Millivolts(4095));
        }

        [TestMethod]
        public void Two_measured_points_are_met_exactly_and_joined_by_a_line()
        {
            // A board whose ADC reads 3.40 V as 2,180 counts and 4.20 V as 2,735 counts (gain and offset both off).
            BatteryCalibration board = new BatteryCalibration(2180, 3400, 2735, 4200);
            Assert.AreEqual(3400, board.Millivolts(2180));
            Assert.AreEqual(4200, board.Millivolts(2735));
            Assert.AreEqual(3799, board.Millivolts(2457), "3.80 V reads as 2457.5 counts");
            Assert.AreEqual(3801, board.Millivolts(2458));
            Assert.AreEqual(4344, board.Millivolts(2835), "above the high point: extrapolated on the same line");
            Assert.AreEqual(3256, board.Millivolts(2080), "below the low point too");
        }

        [TestMethod]
        public void Points_given_high_first_give_the_same_line()
        {
            BatteryCalibration forward = new BatteryCalibration(2180, 3400, 2735, 4200);
            BatteryCalibration backward = new BatteryCalibration(2735, 4200, 2180, 3400);
            for (int counts = 2000; counts <= 2900; counts += 37)
            {
                Assert.AreEqual(forward.Millivolts(counts), backward.Millivolts(counts));
            }
        }

        [TestMethod]
        public void Two_points_with_the_same_reading_are_refused()
        {
            Assert.ThrowsException(typeof(System.ArgumentException), () => new BatteryCalibration(2000, 3400, 2000, 4200));
        }
    }
}
