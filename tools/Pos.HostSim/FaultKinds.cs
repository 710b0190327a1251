namespace Pos.HostSim
{
    /// <summary>The control-protocol names of the <see cref="FaultKind"/> values.</summary>
    public static class FaultKinds
    {
        private static readonly (FaultKind Kind, string Name)[] Names =
        [
            (FaultKind.None, "none"),
            (FaultKind.Delay, "delay"),
            (FaultKind.CloseBeforeRead, "close-before-read"),
            (FaultKind.CloseAfterRead, "close-after-read"),
            (FaultKind.NoReply, "no-reply"),
            (FaultKind.Garbage, "garbage"),
            (FaultKind.BadMac, "bad-mac"),
            (FaultKind.DuplicateReply, "duplicate"),
            (FaultKind.TruncatedReply, "truncated"),
            (FaultKind.WrongStan, "wrong-stan"),
        ];

        /// <summary>Every name, in enum order.</summary>
        public static IEnumerable<string> All => Names.Select(n => n.Name);

        /// <summary>The name of a kind.</summary>
        public static string Name(FaultKind kind) => Names.First(n => n.Kind == kind).Name;

        /// <summary>Parses a name; false when unknown.</summary>
        public static bool TryParse(string name, out FaultKind kind)
        {
            foreach (var n in Names)
            {
                if (string.Equals(n.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    kind = n.Kind;
                    return true;
                }
            }

            kind = FaultKind.None;
            return false;
        }
    }
}
