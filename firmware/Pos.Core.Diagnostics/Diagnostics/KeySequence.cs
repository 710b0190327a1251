using Pos.Hal;

namespace Pos.Core.Diagnostics
{
    /// <summary>
    /// The idle key sequence that opens the technician PIN prompt, kept in the setting
    /// <see cref="DiagnosticsSettingsKeys.TechnicianSequence"/> as letters: 'F' = FUNC, '0'–'9' = digits. It must start
    /// with FUNC (the first FUNC opens the merchant menu, the rest is typed there) and be 2–8 keys; anything else
    /// falls back to <see cref="Default"/> ("FF9": FUNC FUNC 9).
    /// </summary>
    public static class KeySequence
    {
        /// <summary>The default sequence.</summary>
        public const string Default = "FF9";

        /// <summary>The keys of a sequence text, or of the default when the text is not valid.</summary>
        public static Key[] Parse(string text)
        {
            Key[] keys = TryParse(text);
            return keys ?? TryParse(Default);
        }

        /// <summary>A readable form for the settings screen ("FUNC FUNC 9").</summary>
        public static string Describe(Key[] keys)
        {
            string s = string.Empty;
            for (int i = 0; i < keys.Length; i++)
            {
                s = s + (i == 0 ? string.Empty : " ") + (keys[i] == Key.Func ? "FUNC" : ((int)keys[i] - (int)Key.Digit0).ToString());
            }

            return s;
        }

        private static Key[] TryParse(string text)
        {
            if (text == null || text.Length < 2 || text.Length > 8 || text[0] != 'F')
            {
                return null;
            }

            Key[] keys = new Key[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == 'F')
                {
                    keys[i] = Key.Func;
                }
                else if (c >= '0' && c <= '9')
                {
                    keys[i] = (Key)((int)Key.Digit0 + (c - '0'));
                }
                else
                {
                    return null;
                }
            }

            return keys;
        }
    }
}
