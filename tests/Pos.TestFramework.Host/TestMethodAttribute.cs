using System.Runtime.CompilerServices;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a test; on the host it is MSTest's test method attribute.</summary>
    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class TestMethodAttribute : Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute
    {
        /// <summary>Creates the attribute, passing the caller's location on so MSTest can report it.</summary>
        public TestMethodAttribute([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = -1)
            : base(callerFilePath, callerLineNumber)
        {
        }
    }
}
