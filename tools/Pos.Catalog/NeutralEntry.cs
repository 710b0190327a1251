namespace Pos.Catalog
{
    /// <summary>One line of codes.txt: the locale-independent class, action and actor of an entry.</summary>
    public sealed class NeutralEntry
    {
        public NeutralEntry(string key, int codeClass, int action, int who, int line)
        {
            Key = key;
            CodeClass = codeClass;
            Action = action;
            Who = who;
            Line = line;
        }

        public string Key { get; }

        /// <summary>0 none, 1..5 for classes A..E (the values of Pos.Core.Localization.CodeClass).</summary>
        public int CodeClass { get; }

        /// <summary>Index into <see cref="Vocabulary.Actions"/> (the values of Pos.Core.Localization.CodeAction).</summary>
        public int Action { get; }

        /// <summary>Index into <see cref="Vocabulary.Actors"/> (the values of Pos.Core.Localization.Actor).</summary>
        public int Who { get; }

        public int Line { get; }

        /// <summary>The response code for rc.NN keys, else null (also null for rc.unknown).</summary>
        public string? ResponseCode => Key.StartsWith("rc.", StringComparison.Ordinal) && Key.Length == 5 ? Key.Substring(3) : null;
    }
}
