using nanoFramework.TestFramework;
using Pos.Core.Localization;
using Pos.Core.Transactions;

namespace Pos.Core.Tests.Transactions
{
    [TestClass]
    public class CatalogResponseCodeTableTests
    {
        // The machine's view of each catalog class and action, by value (CodeClass/CodeAction order).
        private static readonly int[] ExpectedClass = new int[] { 0, 1, 2, 3, 4, 5 };
        private static readonly int[] ExpectedAction = new int[] { 0, 1, 3, 4, 5, 7, 6, 8, 9 };

        [TestMethod]
        public void Every_catalog_code_has_the_catalogs_class_and_action_in_the_machine()
        {
            CatalogResponseCodeTable table = new CatalogResponseCodeTable();
            for (int key = 0; key < TextKey.CodeCount; key++)
            {
                string code = Catalog.CodeOf(key);
                CodeClass cls = Catalog.ClassOf(key);
                CodeAction action = Catalog.ActionOf(key);
                Assert.IsTrue(cls != CodeClass.None, code + " has a class");
                Assert.AreEqual(ExpectedClass[(int)cls], (int)table.ClassOf(code), code + " class");
                Assert.AreEqual(ExpectedAction[(int)action], (int)table.ActionOf(code), code + " action");
            }
        }

        [TestMethod]
        public void Names_match_between_catalog_and_machine()
        {
            Assert.AreEqual("Success", ResponseNames.Of(CatalogResponseCodeTable.MapClass(CodeClass.Success)));
            Assert.AreEqual("OperatorAction", ResponseNames.Of(CatalogResponseCodeTable.MapClass(CodeClass.OperatorAction)));
            Assert.AreEqual("ReSignIn", ResponseNames.Of(CatalogResponseCodeTable.MapAction(CodeAction.ReSignIn)));
            Assert.AreEqual("RetainCard", ResponseNames.Of(CatalogResponseCodeTable.MapAction(CodeAction.RetainCard)));
            Assert.AreEqual("ContactIssuer", ResponseNames.Of(CatalogResponseCodeTable.MapAction(CodeAction.ContactIssuer)));
            Assert.AreEqual("ReuploadOffline", ResponseNames.Of(CatalogResponseCodeTable.MapAction(CodeAction.ReUploadOffline)));
        }

        [TestMethod]
        public void Unknown_codes_are_unknown_with_no_action()
        {
            CatalogResponseCodeTable table = new CatalogResponseCodeTable();
            string[] unknown = new string[] { "ZZ", "08", "", null, "000", "Y1" };
            for (int i = 0; i < unknown.Length; i++)
            {
                Assert.AreEqual((int)ResponseClass.Unknown, (int)table.ClassOf(unknown[i]));
                Assert.AreEqual((int)ResponseAction.None, (int)table.ActionOf(unknown[i]));
            }
        }

        [TestMethod]
        public void Sign_in_codes_and_the_shifted_row_are_right()
        {
            CatalogResponseCodeTable table = new CatalogResponseCodeTable();
            Assert.AreEqual((int)ResponseAction.ReSignIn, (int)table.ActionOf("77"));
            Assert.AreEqual((int)ResponseAction.ReSignIn, (int)table.ActionOf("99"));
            Assert.AreEqual((int)ResponseAction.ReSignIn, (int)table.ActionOf("A0"));
            Assert.AreEqual((int)ResponseClass.OperatorAction, (int)table.ClassOf("04"));
            Assert.AreEqual((int)ResponseAction.RetainCard, (int)table.ActionOf("04"));
            Assert.AreEqual((int)ResponseClass.Success, (int)table.ClassOf("00"));
        }
    }
}
