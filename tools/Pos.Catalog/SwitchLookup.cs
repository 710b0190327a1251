using System.Text;

namespace Pos.Catalog
{
    /// <summary>
    /// A look-up from a dense index to a constant, as switch statements of one case a line: a dispatcher and one chunk
    /// method per <see cref="Chunk"/> cases, because nanoCLR's IL switch holds at most 255 targets (a larger one crashes
    /// the interpreter; docs/SUBSET.md NF1020). Literals in a switch stay in the assembly (in flash on the device) until
    /// read, where an array would be built in RAM at start-up.
    /// </summary>
    public static class SwitchLookup
    {
        /// <summary>Cases per chunk method.</summary>
        public const int Chunk = 128;

        /// <summary>
        /// Adds <c>access static type name(int arg)</c> returning <paramref name="values"/>[arg] (C# expressions), or
        /// <paramref name="missing"/> out of range; <paramref name="comments"/>, when given, end each case line.
        /// </summary>
        public static void Add(GeneratedClass target, string access, string type, string name, string arg, string doc,
            IList<string> values, IList<string>? comments, string missing)
        {
            var dispatch = new StringBuilder();
            dispatch.Append("        /// <summary>").Append(doc).Append("</summary>\n");
            dispatch.Append("        ").Append(access).Append(" static ").Append(type).Append(' ').Append(name).Append("(int ").Append(arg).Append(")\n        {\n");
            dispatch.Append("            if (").Append(arg).Append(" < 0)\n            {\n                return ").Append(missing).Append(";\n            }\n\n");
            for (int c = 0; c * Chunk < values.Count; c++)
            {
                dispatch.Append("            if (").Append(arg).Append(" < ").Append(Math.Min((c + 1) * Chunk, values.Count)).Append(")\n            {\n");
                dispatch.Append("                return ").Append(name).Append(c).Append('(').Append(arg).Append(");\n            }\n\n");
            }

            dispatch.Append("            return ").Append(missing).Append(";\n        }");
            target.Add(dispatch.ToString());
            for (int c = 0; c * Chunk < values.Count; c++)
            {
                var chunk = new StringBuilder();
                chunk.Append("        private static ").Append(type).Append(' ').Append(name).Append(c).Append("(int ").Append(arg).Append(")\n        {\n");
                chunk.Append("            switch (").Append(arg).Append(")\n            {\n");
                for (int i = c * Chunk; i < Math.Min((c + 1) * Chunk, values.Count); i++)
                {
                    chunk.Append("                case ").Append(i).Append(": return ").Append(values[i]).Append(';');
                    if (comments != null)
                    {
                        chunk.Append(" // ").Append(comments[i]);
                    }

                    chunk.Append('\n');
                }

                chunk.Append("                default: return ").Append(missing).Append(";\n            }\n        }");
                target.Add(chunk.ToString());
            }
        }
    }
}
