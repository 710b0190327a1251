namespace Pos.Fleet.Web
{
    /// <summary>What every page needs of its request: the locale of the texts and the form token against cross-site posts.</summary>
    public sealed class PageContext
    {
        /// <summary>A context.</summary>
        public PageContext(int locale, string tokenField, string token)
        {
            Locale = locale;
            TokenField = tokenField;
            Token = token;
        }

        /// <summary>The locale (Pos.Core.Localization.Locale).</summary>
        public int Locale { get; }

        /// <summary>The antiforgery form field's name.</summary>
        public string TokenField { get; }

        /// <summary>The antiforgery token.</summary>
        public string Token { get; }
    }
}
