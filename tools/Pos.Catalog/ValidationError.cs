namespace Pos.Catalog
{
    /// <summary>One finding of the validator. <see cref="Kind"/> is a stable id the tests match on.</summary>
    public sealed class ValidationError
    {
        public ValidationError(string kind, string where, string message)
        {
            Kind = kind;
            Where = where;
            Message = message;
        }

        /// <summary>missing-key, unknown-key, title-too-wide, step-too-long, text-too-wide, no-glyph, no-title, no-steps, syntax, bad-value, duplicate.</summary>
        public string Kind { get; }

        /// <summary>file:line or locale/key.</summary>
        public string Where { get; }

        public string Message { get; }

        public override string ToString() => Kind + " " + Where + ": " + Message;
    }
}
