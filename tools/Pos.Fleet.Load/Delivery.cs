namespace Pos.Fleet.Load
{
    /// <summary>Messages of one kind: how many the terminals sent, how many the broker acknowledged, how many the console stored.</summary>
    public readonly record struct Delivery(long Sent, long Acked, long Stored)
    {
        /// <summary>The share of the sent messages the console stored (1 when none were sent).</summary>
        public double Share => Sent == 0 ? 1 : (double)Stored / Sent;

        /// <summary>The sum of two counts.</summary>
        public static Delivery operator +(Delivery a, Delivery b) => new(a.Sent + b.Sent, a.Acked + b.Acked, a.Stored + b.Stored);

        /// <summary>"3,000 sent, 3,000 acknowledged, 3,000 stored".</summary>
        public override string ToString() => $"{Sent:N0} sent, {Acked:N0} acknowledged by the broker, {Stored:N0} stored";
    }
}
