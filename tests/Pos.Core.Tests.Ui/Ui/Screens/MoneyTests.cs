using nanoFramework.TestFramework;
using Pos.Core.Localization;
using Pos.Core.Ui.Screens;

namespace Pos.Core.Tests.Ui.Screens
{
    [TestClass]
    public class MoneyTests
    {
        [TestMethod]
        public void Fen_become_yuan_with_two_decimals_and_thousands_separators()
        {
            Assert.AreEqual("0.00", Money.Digits(0));
            Assert.AreEqual("0.01", Money.Digits(1));
            Assert.AreEqual("0.99", Money.Digits(99));
            Assert.AreEqual("1.00", Money.Digits(100));
            Assert.AreEqual("1,234,567.89", Money.Digits(123456789));
            Assert.AreEqual("999.99", Money.Digits(99999));
            Assert.AreEqual("1,000.00", Money.Digits(100000));
            Assert.AreEqual("-0.05", Money.Digits(-5));
            Assert.AreEqual("92,233,720,368,547,758.07", Money.Digits(long.MaxValue));
            Assert.AreEqual("-92,233,720,368,547,758.08", Money.Digits(long.MinValue));
        }

        [TestMethod]
        public void Each_locale_places_the_digits_in_its_template()
        {
            Assert.AreEqual("¥0.00", Money.Format(0, Locale.ZhCn));
            Assert.AreEqual("¥0.01", Money.Format(1, Locale.ZhCn));
            Assert.AreEqual("¥0.99", Money.Format(99, Locale.ZhCn));
            Assert.AreEqual("¥1.00", Money.Format(100, Locale.ZhCn));
            Assert.AreEqual("¥1,234,567.89", Money.Format(123456789, Locale.ZhCn));
            Assert.AreEqual("CNY 1,234,567.89", Money.Format(123456789, Locale.EnUs));
            Assert.AreEqual("12.34 元", Money.Format(1234, "{0} 元"));
        }
    }
}
