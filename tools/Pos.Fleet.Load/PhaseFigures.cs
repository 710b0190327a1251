namespace Pos.Fleet.Load
{
    /// <summary>One phase's figures: delivery of statuses and events, and the lags.</summary>
    public sealed class PhaseFigures
    {
        /// <summary>Statuses.</summary>
        public Delivery Statuses { get; init; }

        /// <summary>Events.</summary>
        public Delivery Events { get; init; }

        /// <summary>The console's own status lag (<c>/api/metrics</c>): stored minus the payload's <c>at</c>, which has whole seconds.</summary>
        public LagFigures ConsoleLag { get; init; }

        /// <summary>The exact status lag: stored by the console minus the moment the terminal wrote it.</summary>
        public LagFigures ExactLag { get; init; }

        /// <summary>The part of it before the console: received by the console minus written by the terminal.</summary>
        public LagFigures TransitLag { get; init; }

        /// <summary>Events: received by the console minus written by the terminal.</summary>
        public LagFigures EventLag { get; init; }

        /// <summary>Statuses stored without a lag of the console's (handed over as retained: the first terminal's, when the console subscribed after it).</summary>
        public long StoredWithoutLag { get; init; }

        /// <summary>Messages the history holds more than once (QoS 1 delivers at least once).</summary>
        public long Duplicates { get; init; }
    }
}
