using Pos.Core.Localization;

namespace Pos.Fleet.Texts
{
    /// <summary>One catalog entry in one locale, as the pages show it: title, ordered steps, the cardholder sentence, class and who acts.</summary>
    public sealed class CatalogEntryView
    {
        private const string ClassLetters = "ABCDE";

        private CatalogEntryView(int locale, int key, string? code)
        {
            Name = Catalog.KeyName(key);
            Title = key == TextKey.RcUnknown ? TextFormat.Fill(Catalog.Get(locale, key), code ?? string.Empty) : Catalog.Get(locale, key);
            Steps = Catalog.Steps(locale, key);
            Say = Catalog.Say(locale, key);
            CodeClass cls = Catalog.ClassOf(key);
            ClassLetter = cls == CodeClass.None ? string.Empty : ClassLetters[(int)cls - 1].ToString();
            Who = Catalog.ActorName(locale, Catalog.WhoOf(key));
        }

        /// <summary>The catalog name (<c>rc.51</c>).</summary>
        public string Name { get; }

        /// <summary>The title.</summary>
        public string Title { get; }

        /// <summary>The checklist, in order.</summary>
        public IReadOnlyList<string> Steps { get; }

        /// <summary>What the cashier may say to the cardholder; empty when the entry has none.</summary>
        public string Say { get; }

        /// <summary>The class letter A–E of a response code or local error; empty for a diagnostics check.</summary>
        public string ClassLetter { get; }

        /// <summary>Who acts, localized.</summary>
        public string Who { get; }

        /// <summary>
        /// The entry <paramref name="key"/> in <paramref name="locale"/> (Pos.Core.Localization.Locale), or null for -1;
        /// <paramref name="code"/> fills the unknown response code's title.
        /// </summary>
        public static CatalogEntryView? Of(int locale, int key, string? code = null) => key < 0 ? null : new CatalogEntryView(locale, key, code);
    }
}
