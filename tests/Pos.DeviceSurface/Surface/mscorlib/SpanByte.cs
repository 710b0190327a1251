// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/CoreLibrary, nanoFramework.CoreLibrary/System/SpanByte.cs, commit 04d305ff4b2906465854459968300255ba36c97b
namespace System
{
    public readonly ref struct SpanByte
    {
        public SpanByte(byte[] array) { throw new NotSupportedException(); }
        public SpanByte(byte[] array, int start, int length) { throw new NotSupportedException(); }
        public byte this[int index] { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public static SpanByte Empty { get { throw new NotSupportedException(); } }
        public int Length { get { throw new NotSupportedException(); } }
        public bool IsEmpty { get { throw new NotSupportedException(); } }
        public void CopyTo(SpanByte destination) { throw new NotSupportedException(); }
        public SpanByte Slice(int start) { throw new NotSupportedException(); }
        public SpanByte Slice(int start, int length) { throw new NotSupportedException(); }
        public byte[] ToArray() { throw new NotSupportedException(); }
        public static implicit operator SpanByte(byte[] array) { throw new NotSupportedException(); }
    }
}
