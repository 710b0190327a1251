namespace Pos.Core.Common
{
    /// <summary>
    /// The number in a numbered file's name ("journal.12", "keys.3", "audit.7"): the files the journal, the key store and
    /// the audit trail keep on the storage seam are a prefix and up to nine decimal digits.
    /// </summary>
    public static class FileNumbers
    {
        /// <summary>The N of <paramref name="prefix"/>N (one to nine digits, nothing after them); 0 for any other name.</summary>
        public static uint Of(string name, string prefix)
        {
            if (!name.StartsWith(prefix) || name.Length == prefix.Length || name.Length > prefix.Length + 9)
            {
                return 0;
            }

            uint value = 0;
            for (int i = prefix.Length; i < name.Length; i++)
            {
                char c = name[i];
                if (c < '0' || c > '9')
                {
                    return 0;
                }

                value = (value * 10) + (uint)(c - '0');
            }

            return value;
        }
    }
}
