using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Offline;
using Pos.Core.Transactions;
using Pos.Core.Ui.Screens;

namespace Pos.Tests.Host.Screens
{
    /// <summary>
    /// Every local code the firmware can put on a screen has a catalog entry that explains it, so a new code can never
    /// reach a cashier as "unknown". Host-only: it finds the codes by reflection.
    /// </summary>
    [TestClass]
    public class LocalCodeCoverageTests
    {
        [TestMethod]
        public void Every_local_code_of_the_transaction_machine_and_the_offline_policy_has_a_catalog_entry()
        {
            var codes = ConstantStrings(typeof(TxnLocalCodes), "Code")
                .Concat(Enumerable.Range(1, OfflineDeclineCodes.Count - 1).Select(OfflineDeclineCodes.CodeOf))
                .ToList();

            Assert.IsTrue(codes.Count >= 15, "expected the machine's and the policy's codes, found " + codes.Count);
            foreach (var code in codes)
            {
                Assert.AreNotEqual(-1, ScreenCodeKeys.ForLocalCode(code), $"local code {code} has no catalog entry in ScreenCodeKeys");
            }
        }

        private static IEnumerable<string> ConstantStrings(Type type, string namePrefix) =>
            type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.StartsWith(namePrefix, StringComparison.Ordinal))
                .Select(f => (string)f.GetRawConstantValue()!);
    }
}
