using System.Text;

namespace Pos.Core.Remote
{
    /// <summary>
    /// The fields of one flat JSON object, as a remote command carries them (docs/REMOTE.md): string, number,
    /// true/false and null values, no nesting. Numbers and literals are kept as their text, strings unescaped. A
    /// command is small (at most <see cref="MaxFields"/> fields, <see cref="MaxLength"/> characters); anything else is
    /// refused with a reason rather than half read.
    /// </summary>
    public sealed class JsonFields
    {
        /// <summary>Most fields an object may have.</summary>
        public const int MaxFields = 16;

        /// <summary>Longest text accepted.</summary>
        public const int MaxLength = 1024;

        private readonly string[] _names = new string[MaxFields];
        private readonly string[] _values = new string[MaxFields];
        private readonly bool[] _quoted = new bool[MaxFields];
        private int _count;
        private string _text;
        private int _pos;

        private JsonFields()
        {
        }

        /// <summary>Number of fields.</summary>
        public int Count => _count;

        /// <summary>The name of field <paramref name="index"/>.</summary>
        public string NameAt(int index)
        {
            return _names[index];
        }

        /// <summary>The value of field <paramref name="index"/> (a string's text, or a number or literal as written).</summary>
        public string ValueAt(int index)
        {
            return _values[index];
        }

        /// <summary>True when field <paramref name="index"/> was a JSON string.</summary>
        public bool IsStringAt(int index)
        {
            return _quoted[index];
        }

        /// <summary>The value of the field named <paramref name="name"/>, or null when absent (or JSON null).</summary>
        public string Get(string name)
        {
            int i = IndexOf(name);
            return i < 0 ? null : _values[i];
        }

        /// <summary>Index of the field named <paramref name="name"/>, or -1.</summary>
        public int IndexOf(string name)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Parses <paramref name="text"/>; null with <paramref name="error"/> set when it is not one flat object.</summary>
        public static JsonFields Parse(string text, out string error)
        {
            error = null;
            if (text == null || text.Length == 0 || text.Length > MaxLength)
            {
                error = "empty or too long";
                return null;
            }

            JsonFields f = new JsonFields();
            f._text = text;
            error = f.ReadObject();
            return error == null ? f : null;
        }

        private string ReadObject()
        {
            SkipSpace();
            if (!Take('{'))
            {
                return "not an object";
            }

            SkipSpace();
            if (Take('}'))
            {
                return Rest();
            }

            while (true)
            {
                if (_count == MaxFields)
                {
                    return "too many fields";
                }

                SkipSpace();
                string name = ReadString();
                if (name == null)
                {
                    return "bad field name";
                }

                if (IndexOf(name) >= 0)
                {
                    return "field twice: " + name;
                }

                SkipSpace();
                if (!Take(':'))
                {
                    return "missing ':'";
                }

                SkipSpace();
                bool quoted = Peek() == '"';
                string value = quoted ? ReadString() : ReadLiteral();
                if (value == null)
                {
                    return "bad value of " + name;
                }

                _names[_count] = name;
                _values[_count] = quoted || value != "null" ? value : null;
                _quoted[_count] = quoted;
                _count++;
                SkipSpace();
                if (Take('}'))
                {
                    return Rest();
                }

                if (!Take(','))
                {
                    return "missing ','";
                }
            }
        }

        private string Rest()
        {
            SkipSpace();
            return _pos == _text.Length ? null : "text after the object";
        }

        // A number (optional minus, digits, optional fraction) or true/false/null; objects and arrays are refused.
        private string ReadLiteral()
        {
            int start = _pos;
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-' || c == '.' || c == '+' || c == 'E')
                {
                    _pos++;
                }
                else
                {
                    break;
                }
            }

            if (_pos == start)
            {
                return null;
            }

            string word = _text.Substring(start, _pos - start);
            if (word == "true" || word == "false" || word == "null")
            {
                return word;
            }

            char first = word[0];
            return (first >= '0' && first <= '9') || first == '-' ? word : null;
        }

        private string ReadString()
        {
            if (!Take('"'))
            {
                return null;
            }

            StringBuilder s = new StringBuilder();
            while (_pos < _text.Length)
            {
                char c = _text[_pos++];
                if (c == '"')
                {
                    return s.ToString();
                }

                if (c < ' ')
                {
                    return null;
                }

                if (c != '\\')
                {
                    s.Append(c);
                    continue;
                }

                if (_pos >= _text.Length)
                {
                    return null;
                }

                char e = _text[_pos++];
                int u = Escape(e);
                if (u >= 0)
                {
                    s.Append((char)u);
                }
                else if (e == 'u' && _pos + 4 <= _text.Length)
                {
                    int code = 0;
                    for (int i = 0; i < 4; i++)
                    {
                        int d = HexValue(_text[_pos++]);
                        if (d < 0)
                        {
                            return null;
                        }

                        code = (code * 16) + d;
                    }

                    s.Append((char)code);
                }
                else
                {
                    return null;
                }
            }

            return null;
        }

        private static int Escape(char e)
        {
            switch (e)
            {
                case '"': return '"';
                case '\\': return '\\';
                case '/': return '/';
                case 'n': return '\n';
                case 'r': return '\r';
                case 't': return '\t';
                case 'b': return '\b';
                case 'f': return '\f';
                default: return -1;
            }
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        }

        private void SkipSpace()
        {
            while (_pos < _text.Length && (_text[_pos] == ' ' || _text[_pos] == '\t' || _text[_pos] == '\r' || _text[_pos] == '\n'))
            {
                _pos++;
            }
        }

        private char Peek()
        {
            return _pos < _text.Length ? _text[_pos] : '\0';
        }

        private bool Take(char c)
        {
            if (_pos < _text.Length && _text[_pos] == c)
            {
                _pos++;
                return true;
            }

            return false;
        }
    }
}
