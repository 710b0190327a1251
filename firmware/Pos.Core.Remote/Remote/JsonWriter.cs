using System.Text;

namespace Pos.Core.Remote
{
    /// <summary>
    /// Writes the small JSON objects the terminal publishes (docs/REMOTE.md): one object, string, whole-number and
    /// true/false values, and arrays of strings or of flat objects. nanoFramework 1.x has no JSON writer in the kit
    /// we pin, and these payloads need none: field order is the caller's, escaping follows RFC 8259 (quote, backslash
    /// and control characters; everything else stays UTF-8). One writer is reused for every payload: <see cref="Begin"/>
    /// clears it.
    /// </summary>
    public sealed class JsonWriter
    {
        private readonly StringBuilder _text = new StringBuilder(256);
        private bool _first;

        /// <summary>Starts a new top-level object (what was written before is dropped).</summary>
        public JsonWriter Begin()
        {
            _text.Length = 0;
            _text.Append('{');
            _first = true;
            return this;
        }

        /// <summary>A string field; a null value writes nothing.</summary>
        public JsonWriter Field(string name, string value)
        {
            if (value == null)
            {
                return this;
            }

            Name(name);
            Quoted(value);
            return this;
        }

        /// <summary>A whole-number field.</summary>
        public JsonWriter Field(string name, long value)
        {
            Name(name);
            _text.Append(value.ToString());
            return this;
        }

        /// <summary>A true/false field.</summary>
        public JsonWriter Field(string name, bool value)
        {
            Name(name);
            _text.Append(value ? "true" : "false");
            return this;
        }

        /// <summary>Opens an array field; close it with <see cref="EndArray"/>.</summary>
        public JsonWriter BeginArray(string name)
        {
            Name(name);
            _text.Append('[');
            _first = true;
            return this;
        }

        /// <summary>A string element of the open array.</summary>
        public JsonWriter Item(string value)
        {
            Comma();
            Quoted(value == null ? string.Empty : value);
            return this;
        }

        /// <summary>Opens an object element of the open array; its fields follow, then <see cref="EndItem"/>.</summary>
        public JsonWriter BeginItem()
        {
            Comma();
            _text.Append('{');
            _first = true;
            return this;
        }

        /// <summary>Closes the object element opened by <see cref="BeginItem"/>.</summary>
        public JsonWriter EndItem()
        {
            _text.Append('}');
            _first = false;
            return this;
        }

        /// <summary>Closes the open array.</summary>
        public JsonWriter EndArray()
        {
            _text.Append(']');
            _first = false;
            return this;
        }

        /// <summary>Closes the object and returns its text.</summary>
        public string End()
        {
            _text.Append('}');
            return _text.ToString();
        }

        /// <summary>Characters written so far (for the payload size limit).</summary>
        public int Length => _text.Length;

        private void Name(string name)
        {
            Comma();
            _text.Append('"');
            _text.Append(name);
            _text.Append("\":");
        }

        private void Comma()
        {
            if (!_first)
            {
                _text.Append(',');
            }

            _first = false;
        }

        private void Quoted(string value)
        {
            _text.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '"' || c == '\\')
                {
                    _text.Append('\\');
                    _text.Append(c);
                }
                else if (c < ' ')
                {
                    Control(c);
                }
                else
                {
                    _text.Append(c);
                }
            }

            _text.Append('"');
        }

        private void Control(char c)
        {
            switch (c)
            {
                case '\n': _text.Append("\\n"); return;
                case '\r': _text.Append("\\r"); return;
                case '\t': _text.Append("\\t"); return;
                default:
                    _text.Append("\\u00");
                    _text.Append(HexDigit(c >> 4));
                    _text.Append(HexDigit(c & 0xF));
                    return;
            }
        }

        private static char HexDigit(int v)
        {
            return (char)(v < 10 ? '0' + v : 'a' + v - 10);
        }
    }
}
