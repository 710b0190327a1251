using System.Globalization;
using System.Text.Json.Nodes;

namespace Pos.Fleet.Commands
{
    /// <summary>
    /// Turns a command page's form fields into the command's arguments (docs/REMOTE.md, "Commands"): empty fields are
    /// left out, every other one must be well formed, or the command is not sent and the reason is shown. The terminal
    /// validates everything again, as its own menus do.
    /// </summary>
    public static class CommandArguments
    {
        /// <summary>The longest message to the cashier.</summary>
        public const int MaxMessage = 120;

        /// <summary>
        /// The arguments of <paramref name="cmd"/> from <paramref name="fields"/> (field name → text), or null with
        /// <paramref name="error"/> saying what is wrong.
        /// </summary>
        public static JsonObject? Build(string cmd, IReadOnlyDictionary<string, string> fields, out string? error)
        {
            var args = new JsonObject();
            error = cmd switch
            {
                CommandNames.SelfTest => Word(args, fields, "check"),
                CommandNames.Log => Number(args, fields, "count", 1, 50, false),
                CommandNames.Set => Parameters(args, fields),
                CommandNames.Message => Text(args, fields, "text", MaxMessage, true) ?? Number(args, fields, "secs", 1, 3600, false),
                CommandNames.Firmware => Text(args, fields, "version", 32, true) ?? Text(args, fields, "note", MaxMessage, false),
                _ => "unknown command " + cmd,
            };
            return error == null ? args : null;
        }

        private static string? Parameters(JsonObject args, IReadOnlyDictionary<string, string> fields)
        {
            foreach (RemoteParameter p in RemoteParameters.All)
            {
                string? error = p.Kind switch
                {
                    ParameterKind.Text => Text(args, fields, p.Name, (int)p.Max, false),
                    ParameterKind.Flag => Flag(args, fields, p.Name),
                    _ => Number(args, fields, p.Name, p.Kind == ParameterKind.Fen ? 0 : 1, p.Max, false),
                };
                if (error != null)
                {
                    return error;
                }
            }

            return args.Count == 0 ? "no parameter given" : null;
        }

        private static string? Value(IReadOnlyDictionary<string, string> fields, string name) =>
            fields.TryGetValue(name, out string? v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        private static string? Text(JsonObject args, IReadOnlyDictionary<string, string> fields, string name, int max, bool required)
        {
            string? v = Value(fields, name);
            if (v == null)
            {
                return required ? name + ": required" : null;
            }

            if (v.Length > max || v.Any(char.IsControl))
            {
                return name + ": at most " + max + " characters, no control characters";
            }

            args[name] = v;
            return null;
        }

        // A check id: lowercase letters, digits and underscores (tcp_connect), as the catalog's diag.<id> keys.
        private static string? Word(JsonObject args, IReadOnlyDictionary<string, string> fields, string name)
        {
            string? v = Value(fields, name);
            if (v == null)
            {
                return null;
            }

            if (v.Length > 32 || !v.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return name + ": not a check id";
            }

            args[name] = v;
            return null;
        }

        private static string? Number(JsonObject args, IReadOnlyDictionary<string, string> fields, string name, long min, long max, bool required)
        {
            string? v = Value(fields, name);
            if (v == null)
            {
                return required ? name + ": required" : null;
            }

            if (!long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out long n) || n < min || n > max)
            {
                return name + ": a whole number from " + min + " to " + max;
            }

            args[name] = n;
            return null;
        }

        private static string? Flag(JsonObject args, IReadOnlyDictionary<string, string> fields, string name)
        {
            string? v = Value(fields, name);
            if (v == null)
            {
                return null;
            }

            if (v != "true" && v != "false")
            {
                return name + ": true or false";
            }

            args[name] = v == "true";
            return null;
        }
    }
}
