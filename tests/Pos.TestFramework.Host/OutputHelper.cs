namespace nanoFramework.TestFramework
{
    /// <summary>Test output, as nanoFramework.TestFramework's OutputHelper: to the console, which MSTest captures.</summary>
    public static class OutputHelper
    {
        /// <summary>Writes text without a line break.</summary>
        public static void Write(string message) => System.Console.Write(message);

        /// <summary>Writes a line.</summary>
        public static void WriteLine(string message) => System.Console.WriteLine(message);
    }
}
