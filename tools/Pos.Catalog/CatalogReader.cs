namespace Pos.Catalog
{
    /// <summary>Reads codes.txt and the locale files. Lines: "key | field | text"; '#' starts a comment line.</summary>
    public static class CatalogReader
    {
        public const string NeutralFile = "codes.txt";

        /// <summary>Reads a catalog folder from disk.</summary>
        public static CatalogSet Load(string folder)
        {
            var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (string path in Directory.GetFiles(folder, "*.txt"))
            {
                files[Path.GetFileName(path)] = File.ReadAllText(path);
            }

            return Parse(files);
        }

        /// <summary>Parses catalog files given as name → content (lets tests feed altered copies).</summary>
        public static CatalogSet Parse(IDictionary<string, string> files)
        {
            var set = new CatalogSet();
            if (!files.TryGetValue(NeutralFile, out string? neutral))
            {
                set.ParseErrors.Add(new ValidationError("missing-file", NeutralFile, "the locale-neutral code table is missing"));
            }
            else
            {
                ParseNeutral(set, neutral);
            }

            // Default locale first, then the others in ordinal order, so ids are stable.
            IEnumerable<string> names = files.Keys.Where(n => n != NeutralFile).OrderBy(n => n == CatalogSet.DefaultLocale + ".txt" ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal);
            foreach (string name in names)
            {
                set.Locales.Add(ParseLocale(set, name, files[name]));
            }

            if (set.Locales.All(l => l.Tag != CatalogSet.DefaultLocale))
            {
                set.ParseErrors.Add(new ValidationError("missing-file", CatalogSet.DefaultLocale + ".txt", "the default locale is missing"));
            }

            return set;
        }

        private static void ParseNeutral(CatalogSet set, string text)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int lineNo = 0;
            foreach (string raw in SplitLines(text))
            {
                lineNo++;
                string line = raw.Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                string where = NeutralFile + ":" + lineNo;
                string[] parts = line.Split('|');
                if (parts.Length != 4)
                {
                    set.ParseErrors.Add(new ValidationError("syntax", where, "expected: key | class | action | who"));
                    continue;
                }

                string key = parts[0].Trim();
                int cls = Array.IndexOf(Vocabulary.Classes, parts[1].Trim());
                string actionWord = parts[2].Trim();
                int action = actionWord == "-" ? 0 : Array.IndexOf(Vocabulary.Actions, actionWord);
                int who = Array.IndexOf(Vocabulary.Actors, parts[3].Trim());
                if (!Vocabulary.IsChecklistKey(key))
                {
                    set.ParseErrors.Add(new ValidationError("bad-value", where, "key must start with rc., local. or diag.: " + key));
                }

                if (cls < 0 || action < 0 || who <= 0)
                {
                    set.ParseErrors.Add(new ValidationError("bad-value", where, "unknown class, action or who in: " + line));
                    continue;
                }

                if (!seen.Add(key))
                {
                    set.ParseErrors.Add(new ValidationError("duplicate", where, "key listed twice: " + key));
                    continue;
                }

                set.Neutral.Add(new NeutralEntry(key, cls, action, who, lineNo));
            }
        }

        private static LocaleFile ParseLocale(CatalogSet set, string name, string text)
        {
            string tag = name.EndsWith(".txt", StringComparison.Ordinal) ? name.Substring(0, name.Length - 4) : name;
            var file = new LocaleFile(tag, name);
            int lineNo = 0;
            foreach (string raw in SplitLines(text))
            {
                lineNo++;
                string line = raw.Trim();
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                string where = name + ":" + lineNo;
                int bar1 = line.IndexOf('|');
                int bar2 = bar1 < 0 ? -1 : line.IndexOf('|', bar1 + 1);
                if (bar2 < 0)
                {
                    set.ParseErrors.Add(new ValidationError("syntax", where, "expected: key | field | text"));
                    continue;
                }

                string key = line.Substring(0, bar1).Trim();
                string field = line.Substring(bar1 + 1, bar2 - bar1 - 1).Trim();
                string value = line.Substring(bar2 + 1).Trim();
                if (value.Length == 0)
                {
                    set.ParseErrors.Add(new ValidationError("syntax", where, "empty text"));
                    continue;
                }

                if (!file.Entries.TryGetValue(key, out CatalogEntry? entry))
                {
                    entry = new CatalogEntry(key, lineNo);
                    file.Entries.Add(key, entry);
                }

                switch (field)
                {
                    case "title":
                    case "text":
                        if (entry.Title != null)
                        {
                            set.ParseErrors.Add(new ValidationError("duplicate", where, "second " + field + " for " + key));
                            break;
                        }

                        bool checklist = Vocabulary.IsChecklistKey(key);
                        if (checklist != (field == "title"))
                        {
                            set.ParseErrors.Add(new ValidationError("syntax", where, key + ": use 'title' for rc./local./diag. keys and 'text' for the others"));
                        }

                        entry.Title = value;
                        entry.TitleField = field;
                        break;
                    case "step":
                        if (!Vocabulary.IsChecklistKey(key))
                        {
                            set.ParseErrors.Add(new ValidationError("syntax", where, key + ": only rc./local./diag. keys have steps"));
                        }

                        entry.Steps.Add(value);
                        break;
                    case "say":
                        if (!Vocabulary.IsChecklistKey(key))
                        {
                            set.ParseErrors.Add(new ValidationError("syntax", where, key + ": only rc./local./diag. keys have a cardholder sentence"));
                        }
                        else if (entry.Say != null)
                        {
                            set.ParseErrors.Add(new ValidationError("duplicate", where, "second say for " + key));
                        }

                        entry.Say ??= value;
                        break;
                    default:
                        set.ParseErrors.Add(new ValidationError("syntax", where, "unknown field '" + field + "'"));
                        break;
                }
            }

            return file;
        }

        private static string[] SplitLines(string text) => text.Replace("\r\n", "\n").Split('\n');
    }
}
