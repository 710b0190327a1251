using Pos.Fleet.Payloads;

namespace Pos.Fleet.Ingest
{
    /// <summary>A message the parser accepted: exactly one of its payloads is set.</summary>
    internal sealed class ParsedMessage
    {
        public ParsedMessage(IncomingMessage message, string tid)
        {
            Message = message;
            Tid = tid;
        }

        public IncomingMessage Message { get; }

        public string Tid { get; }

        public StatusPayload? Status { get; init; }

        public EventPayload? Event { get; init; }

        public AckPayload? Ack { get; init; }
    }
}
