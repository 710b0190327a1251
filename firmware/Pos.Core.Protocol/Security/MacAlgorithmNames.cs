namespace Pos.Core.Security
{
    /// <summary>Names of the <see cref="MacAlgorithm"/> values for parameters screens and logs.</summary>
    public static class MacAlgorithmNames
    {
        private static readonly string[] Names = new string[] { "CUPS-ECB", "X9.19", "X9.9" };

        /// <summary>The name of an algorithm, or its number in brackets when it has none.</summary>
        public static string Of(MacAlgorithm algorithm)
        {
            int index = (int)algorithm;
            if (index >= 0 && index < Names.Length)
            {
                return Names[index];
            }

            return "[" + index.ToString() + "]";
        }
    }
}
