using Pos.Core.Localization;
using Pos.Fleet.Texts;

namespace Pos.Fleet.Web
{
    /// <summary>
    /// The frame of every page: language, title, the console's style (no external resources), the navigation with the
    /// locale switch, and a small script that reloads the page when the history it shows has changed (unless a form
    /// field has the focus).
    /// </summary>
    public static class PageLayout
    {
        private const string Style = """
            body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1b1f23;background:#fafafa}
            header{background:#1f3a5f;color:#fff;padding:.6rem 1rem;display:flex;gap:1.5rem;align-items:center}
            header a{color:#fff}main{padding:1rem;max-width:1200px}
            table{border-collapse:collapse;margin:.5rem 0 1rem;background:#fff}
            th,td{border:1px solid #ccd;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#eef}caption{text-align:left;font-weight:600;padding:.25rem 0}
            .PASS{color:#145a14}.WARN{color:#8a5a00}.FAIL,.bad{color:#a11;font-weight:600}
            .on{color:#145a14}.off{color:#a11}
            form{background:#fff;border:1px solid #ccd;padding:.5rem;margin:.5rem 0}form h3{margin:.1rem 0 .4rem;font-size:1rem}
            fieldset{border:0;padding:0;margin:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.4rem}
            label{display:block}input,select{font:inherit;width:100%;box-sizing:border-box}
            button{font:inherit;padding:.3rem .8rem;margin-top:.4rem}
            .note{background:#ffe;border:1px solid #cc9;padding:.4rem .6rem}
            pre{background:#fff;border:1px solid #ccd;padding:.5rem;white-space:pre-wrap}
            """;

        private const string Reload = """
            (function(){var b=document.body,u=b.dataset.stampUrl,s=b.dataset.stamp;if(!u)return;
            setInterval(function(){var a=document.activeElement;if(a&&/^(INPUT|SELECT|TEXTAREA)$/.test(a.tagName))return;
            fetch(u,{cache:'no-store'}).then(function(r){return r.text()}).then(function(t){if(t!==s)location.reload()}).catch(function(){});},3000);})();
            """;

        /// <summary>The whole document around <paramref name="body"/>; <paramref name="stampUrl"/> and <paramref name="stamp"/> drive the reload.</summary>
        public static string Page(PageContext ctx, string title, string stampUrl, long stamp, Html body)
        {
            var h = new Html();
            h.Raw("<!DOCTYPE html>").Open("html", ("lang", Locale.Tag(ctx.Locale)))
                .Open("head").Raw("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .Element("title", title + " · Pos fleet").Open("style").Raw(Style).Close("style").Close("head")
                .Open("body", ("data-stamp-url", stampUrl), ("data-stamp", stamp.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .Open("header").Open("nav", ("aria-label", "main")).Element("a", UiText.Get(ctx.Locale, UiString.Fleet), ("href", "/"), ("id", "nav-fleet")).Close("nav")
                .Open("nav", ("aria-label", UiText.Get(ctx.Locale, UiString.Language)));
            for (int locale = 0; locale < Locale.Count; locale++)
            {
                string tag = Locale.Tag(locale);
                h.Raw(locale == 0 ? string.Empty : " · ").Element("a", Catalog.Get(locale, "meta.name"), ("href", "?lang=" + tag), ("hreflang", tag), ("lang", tag), ("id", "lang-" + tag),
                    ("aria-current", locale == ctx.Locale ? "true" : null));
            }

            return h.Close("nav").Close("header").Open("main").Raw(body.ToString()).Close("main")
                .Open("script").Raw(Reload).Close("script").Close("body").Close("html").ToString();
        }
    }
}
