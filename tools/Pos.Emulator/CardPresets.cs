using Pos.HostSim;
using Pos.Hal;

namespace Pos.Emulator
{
    /// <summary>
    /// The page's test cards: one per interesting outcome, labels taken from the host simulator's table
    /// (<see cref="TestCards.All"/>), and how a card becomes the reader's <see cref="CardData"/>.
    /// </summary>
    public static class CardPresets
    {
        /// <summary>Expiry used for every test card (YYMM).</summary>
        public const string Expiry = "3012";

        // id, PAN, service code (digit 3: 0 = PIN required, 1 = no PIN)
        private static readonly (string Id, string Pan, string Service)[] Picks =
        {
            ("approved", TestCards.Approved, "201"),
            ("pin", TestCards.ApprovedWithPinCard, "220"),
            ("d51", "6222000000000051", "201"),
            ("d54", "6222000000000054", "201"),
            ("d55", "6222000000000055", "220"),
            ("d41", "6222000000000041", "201"),
            ("d03", "6222000000000003", "201"),
            ("d97", "6222000000000097", "201"),
            ("d05", "6222000000000005", "201"),
            ("timeout", "6222000000009001", "201"),
            ("badmac", "6222000000009002", "201"),
            ("closed", "6222000000009003", "201"),
            ("garbage", "6222000000009004", "201"),
            ("generic", TestCards.Generic, "201"),
            ("foreign", TestCards.ForeignApproved, "201"),
        };

        /// <summary>The cards, in page order.</summary>
        public static IReadOnlyList<CardPreset> All { get; } = Picks
            .Select(p => new CardPreset(p.Id, p.Pan, TestCards.Find(p.Pan)?.Label ?? p.Pan, p.Service))
            .ToArray();

        /// <summary>Builds what the reader hands over for <paramref name="pan"/> read with <paramref name="mode"/>.</summary>
        public static CardData Build(string pan, EntryMode mode, string? serviceCode = null, string? expiry = null)
        {
            string service = serviceCode ?? All.FirstOrDefault(c => c.Pan == pan)?.ServiceCode ?? "201";
            string yymm = string.IsNullOrEmpty(expiry) ? Expiry : expiry;
            string track2 = mode == EntryMode.Manual ? string.Empty : pan + "=" + yymm + service;
            return new CardData(pan, yymm, mode == EntryMode.Manual ? string.Empty : service, track2, mode, null!, mode == EntryMode.Chip ? "001" : string.Empty);
        }

        /// <summary>"insert" / "swipe" / "tap" / "manual" / "fallback" → the entry mode.</summary>
        public static EntryMode ModeOf(string? name) => name switch
        {
            "insert" or "chip" => EntryMode.Chip,
            "tap" or "contactless" => EntryMode.Contactless,
            "manual" => EntryMode.Manual,
            "fallback" => EntryMode.Fallback,
            _ => EntryMode.Magstripe,
        };
    }
}
