using System;

namespace Pos.Core.Events
{
    /// <summary>
    /// A caught exception as one short line for the serial log and the audit log: the type's name and the message,
    /// with every run of four digits or more masked ('#'), so neither a PAN nor a PIN can get there through an
    /// exception's text; field numbers and offsets (up to three digits) stay readable.
    /// </summary>
    public static class FaultText
    {
        /// <summary>Longest text returned.</summary>
        public const int MaxLength = 96;

        /// <summary>"TypeName: message" (masked, at most <see cref="MaxLength"/> characters).</summary>
        public static string Of(Exception error)
        {
            if (error == null)
            {
                return "null";
            }

            string message = error.Message;
            string text = error.GetType().Name + (message == null || message.Length == 0 ? "" : ": " + message);
            if (text.Length > MaxLength)
            {
                text = text.Substring(0, MaxLength);
            }

            return Mask(text);
        }

        /// <summary><paramref name="text"/> with every run of four or more digits replaced by '#' characters.</summary>
        public static string Mask(string text)
        {
            return Mask(text, 4);
        }

        /// <summary><paramref name="text"/> with every run of <paramref name="minRun"/> or more digits replaced by '#'
        /// characters.</summary>
        public static string Mask(string text, int minRun)
        {
            if (text == null)
            {
                return "";
            }

            char[] chars = text.ToCharArray();
            int run = 0;
            for (int i = 0; i <= chars.Length; i++)
            {
                bool digit = i < chars.Length && chars[i] >= '0' && chars[i] <= '9';
                if (digit)
                {
                    run++;
                    continue;
                }

                if (run >= minRun)
                {
                    for (int k = i - run; k < i; k++)
                    {
                        chars[k] = '#';
                    }
                }

                run = 0;
            }

            return new string(chars);
        }
    }
}
