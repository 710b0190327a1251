namespace Pos.Fleet.Payloads
{
    /// <summary>A payload the console refuses: not JSON, not an object, an unknown version, a field of the wrong type.</summary>
    public sealed class PayloadException : Exception
    {
        /// <summary>Refuses with <paramref name="reason"/>.</summary>
        public PayloadException(string reason)
            : base(reason)
        {
        }

        /// <summary>Refuses with <paramref name="reason"/>, keeping the parser's error.</summary>
        public PayloadException(string reason, Exception inner)
            : base(reason, inner)
        {
        }
    }
}
