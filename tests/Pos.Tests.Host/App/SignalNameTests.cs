using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Events;

namespace Pos.Tests.Host.App
{
    /// <summary>
    /// Every declared signal has a name for traces and fits the dispatcher's tables. Host-only because it enumerates
    /// the enum by reflection, which nanoFramework cannot do.
    /// </summary>
    [TestClass]
    public class SignalNameTests
    {
        [TestMethod]
        public void Every_declared_signal_has_its_own_name_and_is_below_Count()
        {
            var declared = Enum.GetValues<Signal>().Where(s => s != Signal.Count).ToList();
            foreach (var signal in declared)
            {
                Assert.IsTrue((int)signal >= 0 && (int)signal < (int)Signal.Count, $"{signal} is not below Signal.Count");
                Assert.AreEqual(signal.ToString(), SignalNames.Of(signal), $"{signal} has no name in SignalNames");
            }

            Assert.AreEqual(declared.Count, declared.Select(s => (int)s).Distinct().Count(), "two signals share a value");
        }
    }
}
