namespace Pos.Catalog
{
    /// <summary>
    /// The words of codes.txt and the numbers they become in the generated tables. The order must match the enums
    /// CodeClass, CodeAction and Actor in firmware/Pos.Core.Localization/Localization (a host test checks it).
    /// </summary>
    public static class Vocabulary
    {
        public static readonly string[] Classes = { "-", "A", "B", "C", "D", "E" };

        public static readonly string[] Actions =
        {
            "none", "retry", "re_sign_in", "retain_card", "use_another_card", "contact_issuer", "contact_acquirer",
            "re_enter_pin", "re_upload_offline",
        };

        public static readonly string[] Actors = { "-", "cardholder", "cashier", "merchant", "technician" };

        /// <summary>Key prefixes whose entries are checklists (title + steps) and must be in codes.txt.</summary>
        public static readonly string[] ChecklistPrefixes = { "rc.", "local.", "diag." };

        public static bool IsChecklistKey(string key)
        {
            foreach (string p in ChecklistPrefixes)
            {
                if (key.StartsWith(p, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
