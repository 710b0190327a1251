using Microsoft.AspNetCore.Http;
using Pos.Core.Localization;

namespace Pos.Fleet.Web
{
    /// <summary>
    /// The locale of a request: <c>?lang=zh-CN</c> (remembered in a cookie), else the cookie, else the console's default.
    /// The tags are the firmware catalogs' (Pos.Core.Localization.Locale).
    /// </summary>
    public static class UiLocale
    {
        /// <summary>The cookie's name.</summary>
        public const string Cookie = "fleet-lang";

        /// <summary>The locale of <paramref name="http"/>; sets the cookie when the query names one.</summary>
        public static int Resolve(HttpContext http, int fallback)
        {
            int asked = Locale.Parse(http.Request.Query["lang"].ToString());
            if (asked >= 0)
            {
                http.Response.Cookies.Append(Cookie, Locale.Tag(asked), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
                return asked;
            }

            int remembered = http.Request.Cookies.TryGetValue(Cookie, out string? tag) && tag != null ? Locale.Parse(tag) : -1;
            return remembered >= 0 ? remembered : fallback;
        }
    }
}
