using Pos.Core.Localization;
using Pos.Core.Ui.Screens;
using Pos.Fleet.Payloads;

namespace Pos.Fleet.Texts
{
    /// <summary>
    /// Which entry of the firmware's message catalog (Pos.Core.Localization, generated from firmware/catalogs) explains
    /// what a terminal reported: a decline's code (a local code as the terminal's screens resolve it, else field 39's
    /// <c>rc.&lt;code&gt;</c>, else <c>local.&lt;code&gt;</c>), a self-test check (its local code's entry, else
    /// <c>diag.&lt;id&gt;</c>).
    /// </summary>
    public static class CatalogKeys
    {
        private const string DiagPrefix = "diag.";
        private static readonly Dictionary<string, int> ByName = Names();

        /// <summary>The check ids of the catalog (<c>diag.&lt;id&gt;</c>), in catalog order.</summary>
        public static IReadOnlyList<string> CheckIds { get; } = ByName.OrderBy(p => p.Value)
            .Where(p => p.Key.StartsWith(DiagPrefix, StringComparison.Ordinal))
            .Select(p => p.Key[DiagPrefix.Length..])
            .ToArray();

        /// <summary>The key of a catalog name (<c>rc.51</c>), or -1.</summary>
        public static int Find(string name) => ByName.TryGetValue(name, out int key) ? key : -1;

        /// <summary>The entry of a decline's code; an unknown two-character code is <c>rc.unknown</c>, anything else unknown -1.</summary>
        public static int ForDeclineCode(string? code)
        {
            if (string.IsNullOrEmpty(code))
            {
                return -1;
            }

            int local = ForLocalCode(code);
            return local >= 0 ? local : code.Length == 2 ? Catalog.KeyForCode(code) : -1;
        }

        /// <summary>The entry of a terminal's local code (LNC, LPP, L03, E2, or a catalog name's tail such as no_network), or -1.</summary>
        public static int ForLocalCode(string code)
        {
            int key = ScreenCodeKeys.ForLocalCode(code);
            return key >= 0 ? key : Find("local." + code);
        }

        /// <summary>
        /// The checklist of a self-test check: the catalog entry it names (<c>list</c>), else its local code's entry
        /// when it carries one, else its own; -1 when none is known.
        /// </summary>
        public static int ForCheck(SelfTestCheck check)
        {
            int key = check.List != null ? Find(check.List) : -1;
            key = key < 0 && check.Code != null ? ForLocalCode(check.Code) : key;
            return key >= 0 ? key : Find(DiagPrefix + check.Id);
        }

        /// <summary>The entry of a check id (<c>diag.&lt;id&gt;</c>), or -1.</summary>
        public static int ForCheckId(string id) => Find(DiagPrefix + id);

        private static Dictionary<string, int> Names()
        {
            var names = new Dictionary<string, int>(TextKey.Count, StringComparer.Ordinal);
            for (int key = 0; key < TextKey.Count; key++)
            {
                names[Catalog.KeyName(key)] = key;
            }

            return names;
        }
    }
}
