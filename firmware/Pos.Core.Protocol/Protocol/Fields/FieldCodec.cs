namespace Pos.Core.Protocol.Fields
{
    /// <summary>
    /// One field's wire format, composed jPOS-style from an <see cref="Interpreter"/>, a <see cref="LengthPrefix"/>
    /// and a <see cref="Padder"/>, with a maximum length in the interpreter's units.
    /// </summary>
    public sealed class FieldCodec
    {
        /// <summary>Creates a codec; throws when the maximum does not fit the prefix.</summary>
        public FieldCodec(string name, Interpreter interpreter, LengthPrefix prefix, Padder padder, int maxUnits)
        {
            if (interpreter == null || prefix == null || padder == null)
            {
                throw new System.ArgumentNullException(nameof(interpreter));
            }

            if (maxUnits <= 0 || (prefix.Capacity != 0 && maxUnits > prefix.Capacity))
            {
                throw new System.ArgumentOutOfRangeException(nameof(maxUnits));
            }

            Name = name;
            Interpreter = interpreter;
            Prefix = prefix;
            Padder = padder;
            MaxUnits = maxUnits;
        }

        /// <summary>Short description for logs and docs.</summary>
        public string Name { get; }

        /// <summary>How units become bytes.</summary>
        public Interpreter Interpreter { get; }

        /// <summary>The length prefix (Fixed for fixed-length fields).</summary>
        public LengthPrefix Prefix { get; }

        /// <summary>Padding applied to short values of fixed fields.</summary>
        public Padder Padder { get; }

        /// <summary>Maximum (for fixed fields: exact) length in units.</summary>
        public int MaxUnits { get; }

        /// <summary>True when the field has no length prefix.</summary>
        public bool IsFixed
        {
            get { return Prefix.Bytes == 0; }
        }

        /// <summary>The most bytes the field can take on the wire, prefix included.</summary>
        public int MaxPackedLength
        {
            get { return Prefix.Bytes + Interpreter.PackedLength(MaxUnits); }
        }

        /// <summary>
        /// Packs <paramref name="value"/> (string or byte[]) at <paramref name="offset"/>, not beyond
        /// <paramref name="end"/>, and returns the offset after it.
        /// </summary>
        public int Pack(int field, object value, byte[] buffer, int offset, int end)
        {
            string text = value as string;
            byte[] bytes = value as byte[];
            if ((Interpreter.IsBinary && bytes == null) || (!Interpreter.IsBinary && text == null))
            {
                throw new ProtocolException(field, offset, ProtocolErrorReason.BadFormat);
            }

            int length = Interpreter.IsBinary ? bytes.Length : text.Length;
            if (length > MaxUnits)
            {
                throw new ProtocolException(field, offset, ProtocolErrorReason.LengthOverMax);
            }

            int units = length;
            if (IsFixed)
            {
                if (length != MaxUnits && (Interpreter.IsBinary || !Padder.Pads))
                {
                    throw new ProtocolException(field, offset, ProtocolErrorReason.BadFormat);
                }

                units = MaxUnits;
            }

            int size = Prefix.Bytes + Interpreter.PackedLength(units);
            if (end - offset < size)
            {
                throw new ProtocolException(field, offset, ProtocolErrorReason.BufferTooSmall);
            }

            Prefix.Write(units, buffer, offset);
            int at = offset + Prefix.Bytes;
            if (Interpreter.IsBinary)
            {
                Interpreter.PackBytes(bytes, buffer, at, field);
            }
            else
            {
                Interpreter.PackString(text, units, Padder, buffer, at, field);
            }

            return offset + size;
        }

        /// <summary>
        /// Reads the field at <paramref name="position"/> (advanced past it), never beyond <paramref name="end"/>:
        /// the prefix is checked against the maximum and the remaining bytes before anything is allocated.
        /// </summary>
        public object Unpack(int field, byte[] buffer, ref int position, int end, char[] scratch)
        {
            int start = position;
            int units = Prefix.Read(buffer, start, end, field, MaxUnits);
            if (units > MaxUnits)
            {
                throw new ProtocolException(field, start, ProtocolErrorReason.LengthOverMax);
            }

            int at = start + Prefix.Bytes;
            int size = Interpreter.PackedLength(units);
            if (end - at < size)
            {
                throw new ProtocolException(field, at, ProtocolErrorReason.Truncated);
            }

            object value = Interpreter.Unpack(buffer, at, units, field, scratch);
            position = at + size;
            return value;
        }
    }
}
