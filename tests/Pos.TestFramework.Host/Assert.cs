using System;
using MsAssert = Microsoft.VisualStudio.TestTools.UnitTesting.Assert;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// nanoFramework.TestFramework 3.x's Assert on the host: the same members with the same non-generic overloads,
    /// so a shared test binds to the same overload on both targets. Failures go through MSTest.
    /// </summary>
    public static class Assert
    {
        /// <summary>Fails unless the values are equal.</summary>
        public static void AreEqual(bool expected, bool actual, string message = "")
        {
            if (!Equals(expected, actual))
            {
                Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        /// <summary>Fails if the values are equal.</summary>
        public static void AreNotEqual(bool notExpected, bool actual, string message = "")
        {
            if (Equals(notExpected, actual))
            {
                Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        public static void AreEqual(byte expected, byte actual, string message = "")
        {
            if (!Equals(expected, actual))
            {
                Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        /// <summary>Fails if the values are equal.</summary>
        public static void AreNotEqual(byte notExpected, byte actual, string message = "")
        {
            if (Equals(notExpected, actual))
            {
                Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        public static void AreEqual(char expected, char actual, string message = "")
        {
            if (!Equals(expected, actual))
            {
                Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        /// <summary>Fails if the values are equal.</summary>
        public static void AreNotEqual(char notExpected, char actual, string message = "")
        {
            if (Equals(notExpected, actual))
            {
                Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        public static void AreEqual(DateTime expected, DateTime actual, string message = "")
        {
            if (!Equals(expected, actual))
            {
                Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        /// <summary>Fails if the values are equal.</summary>
        public static void AreNotEqual(DateTime notExpected, DateTime actual, string message = "")
        {
            if (Equals(notExpected, actual))
            {
                Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        public static void AreEqual(double expected, double actual, string message = "")
        {
            if (!Equals(expected, actual))
            {
                Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        /// <summary>Fails if the values are equal.</summary>
        public static void AreNotEqual(double notExpected, double actual, string message = "")
        {
            if (Equals(notExpected, actual))
            {
                Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        public static void AreEqual(float expected, float actual, string message = "")
        {
            if (!Equals(expected, actual))
            {
                Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        /// <summary>Fails if the values are equal.</summary>
        public static void AreNotEqual(float notExpected, float actual, string message = "")
        {
            if (Equals(notExpected, actual))
            {
                Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        public static void AreEqual(int expected, int actual, string message = "")
        {
            if (!Equals(expected, actual))
            {
                Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        /// <summary>Fails if the values are equal.</summary>
        public static void AreNotEqual(int notExpected, int actual, string message = "")
        {
            if (Equals(notExpected, actual))
            {
                Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        public static void AreEqual(long expected, long actual, string message = "")
        {
            if (!Equals(expected, actual))
            {
                Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        /// <summary>Fails if the values are equal.</summary>
        public static void AreNotEqual(long notExpected, long actual, string message = "")
        {
            if (Equals(notExpected, actual))
            {
                Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        public static void AreEqual(object expected, object actual, string message = "")
        {
            if (!Equals(expected, actual))
            {
                Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        /// <summary>Fails if the values are equal.</summary>
        public static void AreNotEqual(object notExpected, object actual, string message = "")
        {
            if (Equals(notExpected, actual))
            {
                Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        public static void AreEqual(sbyte expected, sbyte actual, string message = "")
        {
            if (!Equals(expected, actual))
            {
                Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        /// <summary>Fails if the values are equal.</summary>
        public static void AreNotEqual(sbyte notExpected, sbyte actual, string message = "")
        {
            if (Equals(notExpected, actual))
            {
                Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        public static void AreEqual(short expected, short actual, string message = "")
        {
            if (!Equals(expected, actual))
            {
                Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        /// <summary>Fails if the values are equal.</summary>
        public static void AreNotEqual(short notExpected, short actual, string message = "")
        {
            if (Equals(notExpected, actual))
            {
                Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        public static void AreEqual(string expected, string actual, string message = "")
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        /// <summary>Fails if the values are equal.</summary>
        public static void AreNotEqual(string notExpected, string actual, string message = "")
        {
            if (string.Equals(notExpected, actual, StringComparison.Ordinal))
            {
                Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        public static void AreEqual(uint expected, uint actual, string message = "")
        {
            if (!Equals(expected, actual))
            {
                Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        /// <summary>Fails if the values are equal.</summary>
        public static void AreNotEqual(uint notExpected, uint actual, string message = "")
        {
            if (Equals(notExpected, actual))
            {
                Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        public static void AreEqual(ulong expected, ulong actual, string message = "")
        {
            if (!Equals(expected, actual))
            {
                Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        /// <summary>Fails if the values are equal.</summary>
        public static void AreNotEqual(ulong notExpected, ulong actual, string message = "")
        {
            if (Equals(notExpected, actual))
            {
                Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless the values are equal.</summary>
        public static void AreEqual(ushort expected, ushort actual, string message = "")
        {
            if (!Equals(expected, actual))
            {
                Fail("Assert.AreEqual", "Expected:<" + Show(expected) + ">. Actual:<" + Show(actual) + ">. " + message);
            }
        }

        /// <summary>Fails if the values are equal.</summary>
        public static void AreNotEqual(ushort notExpected, ushort actual, string message = "")
        {
            if (Equals(notExpected, actual))
            {
                Fail("Assert.AreNotEqual", "Expected any value except:<" + Show(notExpected) + ">. " + message);
            }
        }

        /// <summary>Fails unless the condition is true.</summary>
        public static void IsTrue(bool condition, string message = "")
        {
            if (!condition)
            {
                Fail("Assert.IsTrue", message);
            }
        }

        /// <summary>Fails unless the condition is false.</summary>
        public static void IsFalse(bool condition, string message = "")
        {
            if (condition)
            {
                Fail("Assert.IsFalse", message);
            }
        }

        /// <summary>Fails unless the value is null.</summary>
        public static void IsNull(object value, string message = "")
        {
            if (value is not null)
            {
                Fail("Assert.IsNull", message);
            }
        }

        /// <summary>Fails if the value is null.</summary>
        public static void IsNotNull(object value, string message = "")
        {
            if (value is null)
            {
                Fail("Assert.IsNotNull", message);
            }
        }

        /// <summary>Fails unless both refer to the same object.</summary>
        public static void AreSame(object expected, object actual, string message = "")
        {
            if (!ReferenceEquals(expected, actual))
            {
                Fail("Assert.AreSame", message);
            }
        }

        /// <summary>Fails if both refer to the same object.</summary>
        public static void AreNotSame(object notExpected, object actual, string message = "")
        {
            if (ReferenceEquals(notExpected, actual))
            {
                Fail("Assert.AreNotSame", message);
            }
        }

        /// <summary>Fails unless the value's type is exactly <paramref name="expected"/> (as nanoFramework compares it).</summary>
        public static void IsInstanceOfType(object value, Type expected, string message = "")
        {
            if (value is null || value.GetType() != expected)
            {
                Fail("Assert.IsInstanceOfType", "Expected type:<" + expected + ">. Actual type:<" + (value is null ? "(null)" : value.GetType().ToString()) + ">. " + message);
            }
        }

        /// <summary>Fails if the value's type is exactly <paramref name="notExpected"/>.</summary>
        public static void IsNotInstanceOfType(object value, Type notExpected, string message = "")
        {
            if (value is not null && value.GetType() == notExpected)
            {
                Fail("Assert.IsNotInstanceOfType", "Wrong type:<" + notExpected + ">. " + message);
            }
        }

        /// <summary>Fails unless <paramref name="other"/> contains <paramref name="expected"/>.</summary>
        public static void Contains(string expected, string other, string message = "")
        {
            if (expected is null || other is null || other.IndexOf(expected, StringComparison.Ordinal) < 0)
            {
                Fail("Assert.Contains", Show(other) + " does not contain " + Show(expected) + ". " + message);
            }
        }

        /// <summary>Fails if <paramref name="other"/> contains <paramref name="expected"/>.</summary>
        public static void DoesNotContains(string expected, string other, string message = "")
        {
            if (expected is null || other is null || other.IndexOf(expected, StringComparison.Ordinal) >= 0)
            {
                Fail("Assert.DoesNotContains", Show(other) + " should not contain " + Show(expected) + ". " + message);
            }
        }

        /// <summary>Fails unless <paramref name="other"/> starts with <paramref name="expected"/>.</summary>
        public static void StartsWith(string expected, string other, string message = "")
        {
            if (expected is null || other is null || !other.StartsWith(expected, StringComparison.Ordinal))
            {
                Fail("Assert.StartsWith", Show(other) + " does not start with " + Show(expected) + ". " + message);
            }
        }

        /// <summary>Fails unless <paramref name="other"/> ends with <paramref name="expected"/>.</summary>
        public static void EndsWith(string expected, string other, string message = "")
        {
            if (expected is null || other is null || !other.EndsWith(expected, StringComparison.Ordinal))
            {
                Fail("Assert.EndsWith", Show(other) + " does not end with " + Show(expected) + ". " + message);
            }
        }

        /// <summary>Fails unless <paramref name="action"/> throws an exception of exactly type <paramref name="exceptionType"/>.</summary>
        public static void ThrowsException(Type exceptionType, Action action, string message = "")
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                if (e.GetType() != exceptionType)
                {
                    Fail("Assert.ThrowsException", "Threw " + e.GetType() + ", but " + exceptionType + " was expected. " + message + " Exception message: " + e.Message);
                }

                return;
            }

            Fail("Assert.ThrowsException", "No exception thrown. " + exceptionType + " was expected. " + message);
        }

        /// <summary>Marks the test as skipped.</summary>
        public static void SkipTest(string message = null)
        {
            MsAssert.Inconclusive(message ?? string.Empty);
        }

        private static string Show(object value) => value is null ? "(null)" : value.ToString();

        private static void Fail(string assertion, string detail)
        {
            MsAssert.Fail(assertion + " failed. " + detail);
        }
    }
}
