namespace Pos.Catalog
{
    /// <summary>
    /// Checks a catalog set against the screen and the font: every key in every locale, codes.txt and the locales
    /// agree, titles fit one row, steps wrap to at most <see cref="ScreenRules.StepMaxRows"/> rows, screen strings
    /// fit one row, cardholder sentences fit <see cref="ScreenRules.SayMaxRows"/> rows after their label and exist in every
    /// locale or none, and every character has a glyph.
    /// </summary>
    public static class Validator
    {
        public static List<ValidationError> Validate(CatalogSet set, HexFont font)
        {
            var errors = new List<ValidationError>(set.ParseErrors);
            var neutralKeys = new HashSet<string>(set.Neutral.Select(n => n.Key), StringComparer.Ordinal);
            var allKeys = new HashSet<string>(neutralKeys, StringComparer.Ordinal);
            foreach (LocaleFile l in set.Locales)
            {
                allKeys.UnionWith(l.Entries.Keys);
            }

            foreach (LocaleFile locale in set.Locales)
            {
                foreach (string key in allKeys.OrderBy(k => k, StringComparer.Ordinal))
                {
                    if (!locale.Entries.ContainsKey(key))
                    {
                        errors.Add(new ValidationError("missing-key", locale.Tag + "/" + key, "no entry in " + locale.Path));
                    }
                }

                foreach (CatalogEntry e in locale.Entries.Values)
                {
                    CheckEntry(errors, locale, e, neutralKeys, font);
                }
            }

            CheckSays(errors, set, font);
            return errors;
        }

        // A cardholder sentence is a fact of the code, not of a language: a key has one in every locale or in none, and
        // filled into the locale's template (ui.say.label, "可告知持卡人：{0}") it wraps to at most ScreenRules.SayMaxRows rows.
        private static void CheckSays(List<ValidationError> errors, CatalogSet set, HexFont font)
        {
            var withSay = new SortedSet<string>(StringComparer.Ordinal);
            foreach (LocaleFile l in set.Locales)
            {
                withSay.UnionWith(l.Entries.Values.Where(e => e.Say != null).Select(e => e.Key));
            }

            foreach (LocaleFile locale in set.Locales)
            {
                string label = locale.Entries.TryGetValue(ScreenRules.SayLabelKey, out CatalogEntry? l) ? l.Title ?? string.Empty : string.Empty;
                if (withSay.Count > 0 && label.Length == 0)
                {
                    errors.Add(new ValidationError("missing-key", locale.Tag + "/" + ScreenRules.SayLabelKey, "the cardholder sentences need their template in " + locale.Path));
                }

                foreach (string key in withSay)
                {
                    if (!locale.Entries.TryGetValue(key, out CatalogEntry? e))
                    {
                        continue;
                    }

                    string where = locale.Path + ":" + e.Line + " " + key;
                    if (e.Say == null)
                    {
                        errors.Add(new ValidationError("missing-say", where, "another locale has a cardholder sentence for this key"));
                        continue;
                    }

                    int rows = ScreenRules.Wrap(label.Replace("{0}", ScreenRules.FillSample(e.Say), StringComparison.Ordinal), ScreenRules.SayWidth, font).Count;
                    if (rows > ScreenRules.SayMaxRows)
                    {
                        errors.Add(new ValidationError("say-too-long", where, rows + " rows > " + ScreenRules.SayMaxRows + " with the label: " + e.Say));
                    }
                }
            }
        }

        private static void CheckEntry(List<ValidationError> errors, LocaleFile locale, CatalogEntry e, HashSet<string> neutralKeys, HexFont font)
        {
            string where = locale.Path + ":" + e.Line + " " + e.Key;
            bool checklist = Vocabulary.IsChecklistKey(e.Key);
            if (checklist && !neutralKeys.Contains(e.Key))
            {
                errors.Add(new ValidationError("unknown-key", where, "not in " + CatalogReader.NeutralFile));
            }

            if (e.Title == null)
            {
                errors.Add(new ValidationError("no-title", where, checklist ? "no title" : "no text"));
                return;
            }

            if (checklist && e.Steps.Count == 0)
            {
                errors.Add(new ValidationError("no-steps", where, "a checklist needs at least one step"));
            }

            int titleCells = ScreenRules.Cells(ScreenRules.FillSample(e.Title), font);
            if (checklist && titleCells > ScreenRules.TitleMaxCells)
            {
                errors.Add(new ValidationError("title-too-wide", where, titleCells + " cells > " + ScreenRules.TitleMaxCells + ": " + e.Title));
            }
            else if (!checklist && titleCells > ScreenRules.Columns)
            {
                errors.Add(new ValidationError("text-too-wide", where, titleCells + " cells > " + ScreenRules.Columns + ": " + e.Title));
            }

            foreach (string step in e.Steps)
            {
                List<string> wrapped = ScreenRules.Wrap(ScreenRules.FillSample(step), ScreenRules.StepWidth, font);
                int rows = wrapped.Count;
                if (rows > ScreenRules.StepMaxRows)
                {
                    errors.Add(new ValidationError("step-too-long", where, rows + " rows > " + ScreenRules.StepMaxRows + ": " + step));
                }
                else if (rows > 1 && wrapped[rows - 1].Trim().Length == 1)
                {
                    // One character alone on the last row (a CJK step a cell too wide) reads as a layout fault.
                    errors.Add(new ValidationError("step-orphan", where, "its last row holds one character: " + step));
                }
            }

            var reported = new HashSet<char>();
            foreach (string s in e.Strings())
            {
                foreach (char c in s)
                {
                    if (!font.TryGet(c, out _) && reported.Add(c))
                    {
                        errors.Add(new ValidationError("no-glyph", where, "U+" + ((int)c).ToString("X4") + " '" + c + "' has no glyph in the font"));
                    }
                }
            }
        }

        /// <summary>The characters the screen can show: printable ASCII and every character of every catalog.</summary>
        public static SortedSet<int> RequiredCharacters(CatalogSet set)
        {
            var chars = new SortedSet<int>();
            for (int c = 0x20; c <= 0x7E; c++)
            {
                chars.Add(c);
            }

            foreach (LocaleFile l in set.Locales)
            {
                foreach (CatalogEntry e in l.Entries.Values)
                {
                    foreach (string s in e.Strings())
                    {
                        foreach (char c in s)
                        {
                            chars.Add(c);
                        }
                    }
                }
            }

            return chars;
        }
    }
}
