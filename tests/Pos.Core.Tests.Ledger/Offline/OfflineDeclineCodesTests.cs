using nanoFramework.TestFramework;
using Pos.Core.Offline;

namespace Pos.Core.Tests.Offline
{
    [TestClass]
    public class OfflineDeclineCodesTests
    {
        [TestMethod]
        public void The_codes_are_pinned()
        {
            // Golden: these strings key the message catalogs and appear in journals; they never change meaning.
            Assert.AreEqual("L01", OfflineDeclineCodes.CodeOf(OfflineDeclineCodes.OfflineDisabled));
            Assert.AreEqual("L02", OfflineDeclineCodes.CodeOf(OfflineDeclineCodes.OverTransactionLimit));
            Assert.AreEqual("L03", OfflineDeclineCodes.CodeOf(OfflineDeclineCodes.OverTotalCap));
            Assert.AreEqual("L04", OfflineDeclineCodes.CodeOf(OfflineDeclineCodes.QueueFull));
            Assert.AreEqual("L05", OfflineDeclineCodes.CodeOf(OfflineDeclineCodes.EntryModeNotAllowed));
            Assert.AreEqual("L06", OfflineDeclineCodes.CodeOf(OfflineDeclineCodes.TransactionTypeNotAllowed));
            Assert.AreEqual("L07", OfflineDeclineCodes.CodeOf(OfflineDeclineCodes.PinNotAllowed));
            Assert.AreEqual("QueueFull", OfflineDeclineCodes.NameOf(OfflineDeclineCodes.QueueFull));
            Assert.AreEqual("L04 QueueFull", OfflineDecision.Decline(OfflineDeclineCodes.QueueFull).Describe());
        }

        [TestMethod]
        public void Every_code_is_unique_well_formed_and_round_trips()
        {
            for (int id = 1; id < OfflineDeclineCodes.Count; id++)
            {
                string code = OfflineDeclineCodes.CodeOf(id);
                Assert.AreEqual(3, code.Length);
                Assert.AreEqual('L', code[0]);
                Assert.AreEqual(id, OfflineDeclineCodes.IdOf(code));
                Assert.AreEqual(id, OfflineDecision.Decline(id).DeclineCode);
                Assert.AreSame(OfflineDecision.Decline(id), OfflineDecision.Decline(id));
            }

            Assert.AreEqual(-1, OfflineDeclineCodes.IdOf("05"));
            Assert.AreEqual(-1, OfflineDeclineCodes.IdOf(""));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => OfflineDeclineCodes.CodeOf(OfflineDeclineCodes.Count));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => OfflineDecision.Decline(OfflineDeclineCodes.None));
        }
    }
}
