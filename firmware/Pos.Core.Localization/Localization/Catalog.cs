namespace Pos.Core.Localization
{
    /// <summary>
    /// Look-ups in the generated message catalogs. Every string is a literal of its locale's data assembly
    /// (Pos.Core.Texts.*), read where it lies: a look-up allocates only the string's header, and no locale's strings
    /// are held in RAM. The filled-in unknown-code title is the one string built per look-up.
    /// </summary>
    public static class Catalog
    {
        /// <summary>The title of a checklist entry or the text of a screen string.</summary>
        public static string Get(int locale, int key)
        {
            CheckKey(key);
            return LocaleTables.Text(locale, LocaleTables.Start(locale, key));
        }

        /// <summary>The same by catalog name ("rc.51", "ui.idle.prompt"); null for an unknown name.</summary>
        public static string Get(int locale, string keyName)
        {
            int key = FindKey(keyName);
            return key < 0 ? null : Get(locale, key);
        }

        /// <summary>Number of checklist steps of an entry (0 for screen strings).</summary>
        public static int StepCount(int locale, int key)
        {
            CheckKey(key);
            return LocaleTables.Start(locale, key + 1) - LocaleTables.Start(locale, key) - 1;
        }

        /// <summary>Step <paramref name="index"/> (0-based) of an entry's checklist.</summary>
        public static string Step(int locale, int key, int index)
        {
            if (index < 0 || index >= StepCount(locale, key))
            {
                throw new System.ArgumentOutOfRangeException(nameof(index));
            }

            return LocaleTables.Text(locale, LocaleTables.Start(locale, key) + 1 + index);
        }

        /// <summary>All steps of an entry, in order (a new array; the strings are shared).</summary>
        public static string[] Steps(int locale, int key)
        {
            int n = StepCount(locale, key);
            string[] steps = new string[n];
            for (int i = 0; i < n; i++)
            {
                steps[i] = Step(locale, key, i);
            }

            return steps;
        }

        /// <summary>
        /// The sentence the cashier may say to the cardholder for an entry (catalog field <c>say</c>): polite, never naming
        /// the cause aloud. Empty when the entry has none (operator-only entries, screen strings).
        /// </summary>
        public static string Say(int locale, int key)
        {
            CheckKey(key);
            string say = LocaleTables.Say(locale, key);
            return say == null ? string.Empty : say;
        }

        /// <summary>The key of a catalog name, or -1.</summary>
        public static int FindKey(string keyName)
        {
            for (int i = 0; i < TextKey.Count; i++)
            {
                if (TextKeyNames.Name(i) == keyName)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The catalog name of a key ("rc.51").</summary>
        public static string KeyName(int key)
        {
            CheckKey(key);
            return TextKeyNames.Name(key);
        }

        /// <summary>The key of a two-character response code, or <see cref="TextKey.RcUnknown"/> when the table lacks it.</summary>
        public static int KeyForCode(string code)
        {
            if (code != null && code.Length == 2)
            {
                string codes = EntryTable.Codes;
                for (int i = 0; i < TextKey.CodeCount; i++)
                {
                    if (codes[2 * i] == code[0] && codes[(2 * i) + 1] == code[1])
                    {
                        return i;
                    }
                }
            }

            return TextKey.RcUnknown;
        }

        /// <summary>Whether the code is in the table.</summary>
        public static bool IsKnownCode(string code)
        {
            return KeyForCode(code) != TextKey.RcUnknown;
        }

        /// <summary>The two-character response code of a response-code key.</summary>
        public static string CodeOf(int key)
        {
            if (key < 0 || key >= TextKey.CodeCount)
            {
                throw new System.ArgumentOutOfRangeException(nameof(key));
            }

            return EntryTable.Codes.Substring(2 * key, 2);
        }

        /// <summary>The title for a response code; for an unknown code "transaction failed" with the raw code.</summary>
        public static string CodeTitle(int locale, string code)
        {
            int key = KeyForCode(code);
            string title = Get(locale, key);
            return key == TextKey.RcUnknown ? TextFormat.Fill(title, code ?? string.Empty) : title;
        }

        /// <summary>The class of a response code, local error or diagnostics check.</summary>
        public static CodeClass ClassOf(int key)
        {
            CheckKey(key);
            return (CodeClass)EntryTable.Classes[key];
        }

        /// <summary>The action of a response code or local error.</summary>
        public static CodeAction ActionOf(int key)
        {
            CheckKey(key);
            return (CodeAction)EntryTable.Actions[key];
        }

        /// <summary>Who acts on an entry.</summary>
        public static Actor WhoOf(int key)
        {
            CheckKey(key);
            return (Actor)EntryTable.Actors[key];
        }

        /// <summary>The localized name of an actor ("持卡人", "cardholder").</summary>
        public static string ActorName(int locale, Actor who)
        {
            switch (who)
            {
                case Actor.Cardholder:
                    return Get(locale, TextKey.UiWhoCardholder);
                case Actor.Cashier:
                    return Get(locale, TextKey.UiWhoCashier);
                case Actor.Merchant:
                    return Get(locale, TextKey.UiWhoMerchant);
                case Actor.Technician:
                    return Get(locale, TextKey.UiWhoTechnician);
                default:
                    return string.Empty;
            }
        }

        private static void CheckKey(int key)
        {
            if (key < 0 || key >= TextKey.Count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(key));
            }
        }
    }
}
