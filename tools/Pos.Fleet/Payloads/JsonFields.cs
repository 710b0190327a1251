using System.Text.Json;

namespace Pos.Fleet.Payloads
{
    /// <summary>
    /// Typed reads of one JSON object's fields: an absent field (or a JSON null) is null, a field of the wrong type
    /// refuses the payload, fields nobody asks for are ignored.
    /// </summary>
    public readonly struct JsonFields
    {
        private readonly JsonElement _object;

        /// <summary>Reads <paramref name="element"/>, which must be an object.</summary>
        public JsonFields(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new PayloadException("not a JSON object");
            }

            _object = element;
        }

        /// <summary>A string field.</summary>
        public string? String(string name) => Get(name, JsonValueKind.String, "a string")?.GetString();

        /// <summary>A string field that must be there.</summary>
        public string RequiredString(string name) => String(name) ?? throw Missing(name);

        /// <summary>A field that may be written as a string or a number (a STAN "000123" or 123), as text.</summary>
        public string? Text(string name)
        {
            JsonElement? e = Find(name);
            return e switch
            {
                null => null,
                { ValueKind: JsonValueKind.String } => e.Value.GetString(),
                { ValueKind: JsonValueKind.Number } => e.Value.GetRawText(),
                _ => throw Wrong(name, "a string or a number"),
            };
        }

        /// <summary>A true/false field.</summary>
        public bool? Bool(string name)
        {
            JsonElement? e = Find(name);
            return e switch
            {
                null => null,
                { ValueKind: JsonValueKind.True } => true,
                { ValueKind: JsonValueKind.False } => false,
                _ => throw Wrong(name, "true or false"),
            };
        }

        /// <summary>A whole-number field (64 bits).</summary>
        public long? Long(string name)
        {
            JsonElement? e = Get(name, JsonValueKind.Number, "a whole number");
            if (e == null)
            {
                return null;
            }

            return e.Value.TryGetInt64(out long value) ? value : throw Wrong(name, "a whole number");
        }

        /// <summary>A whole-number field that fits 32 bits.</summary>
        public int? Int(string name)
        {
            long? value = Long(name);
            return value is null ? null : value is >= int.MinValue and <= int.MaxValue ? (int)value : throw Wrong(name, "a 32-bit number");
        }

        /// <summary>An array field's elements.</summary>
        public JsonElement.ArrayEnumerator? Array(string name) => Get(name, JsonValueKind.Array, "an array")?.EnumerateArray();

        private JsonElement? Find(string name) =>
            _object.TryGetProperty(name, out JsonElement e) && e.ValueKind != JsonValueKind.Null ? e : null;

        private JsonElement? Get(string name, JsonValueKind kind, string what)
        {
            JsonElement? e = Find(name);
            return e == null || e.Value.ValueKind == kind ? e : throw Wrong(name, what);
        }

        private static PayloadException Wrong(string name, string what) => new("field " + name + " is not " + what);

        private static PayloadException Missing(string name) => new("field " + name + " is missing");
    }
}
