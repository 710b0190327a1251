using System.Text;

namespace Pos.Core.Localization
{
    /// <summary>Fills the {0} and {1} placeholders of catalog strings (the core has no string.Format with providers).</summary>
    public static class TextFormat
    {
        /// <summary>The template with {0} replaced by <paramref name="arg0"/>.</summary>
        public static string Fill(string template, string arg0)
        {
            return Fill(template, arg0, string.Empty);
        }

        /// <summary>The template with {0} and {1} replaced; other text is kept as it is.</summary>
        public static string Fill(string template, string arg0, string arg1)
        {
            if (template.IndexOf('{') < 0)
            {
                return template;
            }

            StringBuilder sb = new StringBuilder(template.Length + 8);
            int i = 0;
            while (i < template.Length)
            {
                char c = template[i];
                if (c == '{' && i + 2 < template.Length && template[i + 2] == '}' && (template[i + 1] == '0' || template[i + 1] == '1'))
                {
                    sb.Append(template[i + 1] == '0' ? arg0 : arg1);
                    i += 3;
                }
                else
                {
                    sb.Append(c);
                    i++;
                }
            }

            return sb.ToString();
        }
    }
}
