using System.Collections;
using MsCollectionAssert = Microsoft.VisualStudio.TestTools.UnitTesting.CollectionAssert;

namespace nanoFramework.TestFramework
{
    /// <summary>Collection assertions with nanoFramework.TestFramework's signatures.</summary>
    public static class CollectionAssert
    {
        /// <summary>Same elements in the same order.</summary>
        public static void AreEqual(ICollection expected, ICollection actual, string message = "") => MsCollectionAssert.AreEqual(expected, actual, message);

        /// <summary>Not the same elements in the same order.</summary>
        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "") => MsCollectionAssert.AreNotEqual(notExpected, actual, message);

        /// <summary>The collection has no element.</summary>
        public static void Empty(ICollection collection, string message = "")
        {
            if (collection == null || collection.Count != 0)
            {
                Microsoft.VisualStudio.TestTools.UnitTesting.Assert.Fail("CollectionAssert.Empty failed. " + message);
            }
        }

        /// <summary>The collection has at least one element.</summary>
        public static void NotEmpty(ICollection collection, string message = "")
        {
            if (collection == null || collection.Count == 0)
            {
                Microsoft.VisualStudio.TestTools.UnitTesting.Assert.Fail("CollectionAssert.NotEmpty failed. " + message);
            }
        }
    }
}
