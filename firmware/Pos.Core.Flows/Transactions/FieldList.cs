using System.Text;

namespace Pos.Core.Transactions
{
    /// <summary>
    /// A tiny text record: values separated by '|', null written as empty. Used for the transaction log entries and
    /// the reversal payload in the journal; values are digits, hex or short codes, never '|'.
    /// </summary>
    public static class FieldList
    {
        /// <summary>The separator.</summary>
        public const char Separator = '|';

        /// <summary>Joins the values.</summary>
        public static string Encode(string[] values)
        {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(Separator);
                }

                if (!string.IsNullOrEmpty(values[i])) // a slot never written is not == null on nanoFramework
                {
                    text.Append(values[i]);
                }
            }

            return text.ToString();
        }

        /// <summary>Splits into exactly <paramref name="count"/> values (missing ones are empty); null when the text has more.</summary>
        public static string[] Decode(string text, int count)
        {
            string[] values = new string[count];
            int start = 0;
            for (int i = 0; i < count; i++)
            {
                if (text == null || start > text.Length)
                {
                    values[i] = string.Empty;
                    continue;
                }

                int end = text.IndexOf(Separator, start);
                if (end < 0)
                {
                    values[i] = text.Substring(start);
                    start = text.Length + 1;
                }
                else
                {
                    values[i] = text.Substring(start, end - start);
                    start = end + 1;
                }
            }

            return text != null && start <= text.Length ? null : values;
        }

        /// <summary>The value, or null when empty.</summary>
        public static string NullIfEmpty(string value)
        {
            return value == null || value.Length == 0 ? null : value;
        }

        /// <summary>Parses a non-negative decimal number; -1 when it is not one.</summary>
        public static long ParseNumber(string value)
        {
            if (value == null || value.Length == 0 || value.Length > 18)
            {
                return -1;
            }

            long n = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                n = (n * 10) + (c - '0');
            }

            return n;
        }
    }
}
