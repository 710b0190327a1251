using nanoFramework.TestFramework;
using Pos.Core.Common;

namespace Pos.Core.Tests.Common
{
    [TestClass]
    public class PackedNamesTests
    {
        private const string Statuses = "ready|paper out|cover open|overheated|offline";

        // Empty names first, inside and last, as the tables indexed by enum value have them.
        private const string WithGaps = "|LIMIT|NOT_FOUND||INCOMPLETE|";

        [TestMethod]
        public void A_name_is_found_by_its_index_first_to_last()
        {
            Assert.AreEqual("ready", PackedNames.At(Statuses, 0));
            Assert.AreEqual("paper out", PackedNames.At(Statuses, 1));
            Assert.AreEqual("cover open", PackedNames.At(Statuses, 2));
            Assert.AreEqual("offline", PackedNames.At(Statuses, 4));
            Assert.AreEqual(5, PackedNames.Count(Statuses));
        }

        [TestMethod]
        public void An_index_outside_the_table_has_no_name()
        {
            Assert.IsNull(PackedNames.At(Statuses, 5));
            Assert.IsNull(PackedNames.At(Statuses, -1));
            Assert.IsNull(PackedNames.At(Statuses, int.MinValue));
            Assert.IsNull(PackedNames.At(WithGaps, 6));
            Assert.AreEqual(-1, PackedNames.StartOf(Statuses, 5));
        }

        [TestMethod]
        public void Empty_names_are_names()
        {
            Assert.AreEqual(6, PackedNames.Count(WithGaps));
            Assert.AreEqual(string.Empty, PackedNames.At(WithGaps, 0));
            Assert.AreEqual("LIMIT", PackedNames.At(WithGaps, 1));
            Assert.AreEqual(string.Empty, PackedNames.At(WithGaps, 3));
            Assert.AreEqual("INCOMPLETE", PackedNames.At(WithGaps, 4));
            Assert.AreEqual(string.Empty, PackedNames.At(WithGaps, 5));
            Assert.AreEqual(0, PackedNames.IndexOf(WithGaps, string.Empty));
            Assert.AreEqual(3, PackedNames.IndexOf("A|B|C||D", string.Empty));
            Assert.AreEqual(3, PackedNames.IndexOf("A|B|C|", string.Empty));
            Assert.AreEqual(-1, PackedNames.IndexOf(Statuses, string.Empty));

            // One empty name; two.
            Assert.AreEqual(1, PackedNames.Count(string.Empty));
            Assert.AreEqual(string.Empty, PackedNames.At(string.Empty, 0));
            Assert.IsNull(PackedNames.At(string.Empty, 1));
            Assert.AreEqual(2, PackedNames.Count("|"));
            Assert.AreEqual(string.Empty, PackedNames.At("|", 1));
        }

        [TestMethod]
        public void A_name_is_found_whole_never_as_part_of_another()
        {
            const string ids = "OFFLINE_APPROVED|APPROVED_LATE|APPROVED|PRO";
            Assert.AreEqual(0, PackedNames.IndexOf(ids, "OFFLINE_APPROVED"));
            Assert.AreEqual(2, PackedNames.IndexOf(ids, "APPROVED"));
            Assert.AreEqual(3, PackedNames.IndexOf(ids, "PRO"));
            Assert.AreEqual(-1, PackedNames.IndexOf(ids, "APPROVE"));
            Assert.AreEqual(-1, PackedNames.IndexOf(ids, "OFFLINE"));
            Assert.AreEqual(-1, PackedNames.IndexOf(ids, "approved"));
            Assert.AreEqual(-1, PackedNames.IndexOf(ids, "PRO|"));
            Assert.AreEqual(-1, PackedNames.IndexOf(ids, "APPROVED|PRO"));
            Assert.AreEqual(-1, PackedNames.IndexOf(ids, null));
            Assert.AreEqual(-1, PackedNames.IndexOf(ids, "OFFLINE_APPROVED|APPROVED_LATE|APPROVED|PRO|X"));
            Assert.AreEqual(4, PackedNames.IndexOf(Statuses, "offline"));

            // The first of equal names.
            Assert.AreEqual(0, PackedNames.IndexOf("a|a|b", "a"));
            Assert.AreEqual(1, PackedNames.IndexOf("b|a|a", "a"));
        }

        [TestMethod]
        public void Every_name_is_found_again_by_its_index()
        {
            int count = PackedNames.Count(Statuses);
            for (int i = 0; i < count; i++)
            {
                string name = PackedNames.At(Statuses, i);
                Assert.AreEqual(i, PackedNames.IndexOf(Statuses, name));
                int start = PackedNames.StartOf(Statuses, i);
                Assert.AreEqual(name.Length, PackedNames.EndOf(Statuses, start) - start);
            }
        }
    }
}
