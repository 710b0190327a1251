namespace Pos.Core.Protocol.Fields
{
    /// <summary>
    /// The CUPS POS field table (reference/cups-pos.md §2.3), indexed by field number; null where the profile has no
    /// such field. Dialects are data: another acquirer's variant is another table.
    /// </summary>
    public static class CupsProfile
    {
        private static FieldCodec[] _shared;

        /// <summary>
        /// The one table every <see cref="IsoPackager"/> of the profile reads. Codecs are immutable and the table is not
        /// handed out of this assembly (<see cref="IsoPackager.Codec"/> reads it; <see cref="Create"/> gives a copy to
        /// change), so nothing can alter the profile the packagers share. Built at first use, not by a static
        /// initializer: nanoCLR runs those at start-up in any order (docs/SUBSET.md, NF1019).
        /// </summary>
        internal static FieldCodec[] Shared
        {
            get
            {
                if (_shared == null)
                {
                    _shared = Create();
                }

                return _shared;
            }
        }

        /// <summary>Builds a fresh table (65 entries; 0 and 1 are the MTI and bitmap, handled by the packager).</summary>
        public static FieldCodec[] Create()
        {
            FieldCodec[] f = new FieldCodec[65];
            f[2] = new FieldCodec("PAN n..19 LL BCD left", BcdInterpreter.Left, LengthPrefix.LL, Padder.None, 19);
            f[3] = Numeric("processing code n6", 6);
            f[4] = Numeric("amount n12", 12);
            f[11] = Numeric("STAN n6", 6);
            f[12] = Numeric("local time hhmmss n6", 6);
            f[13] = Numeric("local date MMDD n4", 4);
            f[14] = Numeric("expiry YYMM n4", 4);
            f[15] = Numeric("settlement date MMDD n4", 4);
            f[22] = new FieldCodec("entry mode n3 BCD left", BcdInterpreter.Left, LengthPrefix.Fixed, Padder.None, 3);
            f[23] = Numeric("card sequence n3 BCD right", 3);
            f[25] = Numeric("condition code n2", 2);
            f[26] = Numeric("PIN capture code n2", 2);
            f[32] = new FieldCodec("acquirer id n..11 LL BCD left", BcdInterpreter.Left, LengthPrefix.LL, Padder.None, 11);
            f[35] = new FieldCodec("track 2 z..37 LL", TrackInterpreter.Instance, LengthPrefix.LL, Padder.None, 37);
            f[36] = new FieldCodec("track 3 z...104 LLL", TrackInterpreter.Instance, LengthPrefix.LLL, Padder.None, 104);
            f[37] = Text("RRN an12", 12);
            f[38] = Text("auth code an6", 6);
            f[39] = Text("response code an2", 2);
            f[41] = Text("terminal id ans8", 8);
            f[42] = Text("merchant id ans15", 15);
            f[44] = new FieldCodec("additional response an..25 LL", AsciiInterpreter.Instance, LengthPrefix.LL, Padder.None, 25);
            f[48] = new FieldCodec("additional data ans...322 LLL", AsciiInterpreter.Instance, LengthPrefix.LLL, Padder.None, 322);
            f[49] = Text("currency an3", 3);
            f[52] = new FieldCodec("PIN block b64", BinaryInterpreter.Instance, LengthPrefix.Fixed, Padder.None, 8);
            f[53] = Numeric("security control n16", 16);
            f[54] = new FieldCodec("additional amounts an...020 LLL", AsciiInterpreter.Instance, LengthPrefix.LLL, Padder.None, 20);
            f[55] = new FieldCodec("ICC data b...255 LLL", BinaryInterpreter.Instance, LengthPrefix.LLL, Padder.None, 255);
            f[60] = new FieldCodec("reserved n...017 LLL BCD left", BcdInterpreter.Left, LengthPrefix.LLL, Padder.None, 17);
            f[61] = new FieldCodec("original data n...029 LLL BCD left", BcdInterpreter.Left, LengthPrefix.LLL, Padder.None, 29);
            f[62] = new FieldCodec("terminal info / keys b...084 LLL", BinaryInterpreter.Instance, LengthPrefix.LLL, Padder.None, 84);
            f[63] = new FieldCodec("operator / issuer info ans...063 LLL", AsciiInterpreter.Instance, LengthPrefix.LLL, Padder.None, 63);
            f[64] = new FieldCodec("MAC b64", BinaryInterpreter.Instance, LengthPrefix.Fixed, Padder.None, 8);
            return f;
        }

        private static FieldCodec Numeric(string name, int digits)
        {
            return new FieldCodec(name, BcdInterpreter.Right, LengthPrefix.Fixed, Padder.ZeroLeft, digits);
        }

        private static FieldCodec Text(string name, int chars)
        {
            return new FieldCodec(name, AsciiInterpreter.Instance, LengthPrefix.Fixed, Padder.SpaceRight, chars);
        }
    }
}
