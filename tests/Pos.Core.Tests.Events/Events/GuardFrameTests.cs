using System;
using Pos.Core.Tests.Support;
using nanoFramework.TestFramework;

namespace Pos.Core.Tests.Events
{
    /// <summary>
    /// The exception patterns the guard relies on, run on nanoCLR too: a declining "when" filter lets the exception go
    /// on, and once a frame of its own has caught it and returned, later exceptions are thrown and caught normally.
    /// (The pattern that is not here crashes nanoCLR: a later throw while the catching frame is still on the stack;
    /// docs/TRANSACTIONS.md, "Seam data and the last-resort guard".)
    /// </summary>
    [TestClass]
    public class GuardFrameTests
    {
        [TestMethod]
        public void A_filter_method_that_declines_lets_the_exception_go_on()
        {
            bool caught = false;
            try
            {
                Inner();
            }
            catch (InvalidOperationException)
            {
                caught = true;
            }

            Assert.IsTrue(caught);
        }

        [TestMethod]
        public void A_getter_that_throws_inside_a_filtered_try()
        {
            bool caught = false;
            try
            {
                ThrowingGetter h = new ThrowingGetter();
                try
                {
                    Use(h.Ticks);
                }
                catch (ArgumentException)
                {
                }
                catch (Exception e) when (IsStorage(e))
                {
                }
            }
            catch (InvalidOperationException)
            {
                caught = true;
            }

            Assert.IsTrue(caught);
        }

        [TestMethod]
        public void A_throw_after_the_handler_of_a_declined_filter_ended()
        {
            Exception saved = Caught();

            int caught = 0;
            try
            {
                ThrowingGetter h = new ThrowingGetter();
                Use(h.Ticks);
            }
            catch (Exception)
            {
                caught++;
            }

            Assert.IsNotNull(saved);
            Assert.AreEqual(1, caught);
        }

        private static void Inner()
        {
            try
            {
                throw new InvalidOperationException("x");
            }
            catch (ArgumentException)
            {
            }
            catch (Exception e) when (IsStorage(e))
            {
            }
        }

        private static Exception Caught()
        {
            try
            {
                Inner();
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        }

        private static void Use(long ticks)
        {
        }

        private static bool IsStorage(Exception e)
        {
            return e is ArgumentNullException;
        }
    }
}
