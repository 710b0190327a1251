namespace nanoFramework.TestFramework
{
    /// <summary>Marks a class holding tests; on the host it is MSTest's test class attribute.</summary>
    [System.AttributeUsage(System.AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class TestClassAttribute : Microsoft.VisualStudio.TestTools.UnitTesting.TestClassAttribute
    {
    }
}
