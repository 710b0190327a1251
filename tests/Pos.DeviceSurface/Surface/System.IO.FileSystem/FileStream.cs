// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.IO.FileSystem, System.IO.FileSystem/FileStream.cs, commit 0b4543a44fbe993cd1aec2311f1690d6760efe54
using System;

namespace System.IO
{
    // Derives from System.IO.Stream (mscorlib on the device; .NET's Stream here, so inherited members are checked only
    // through the banned list).
    public class FileStream : Stream
    {
        public FileStream(string path, FileMode mode) { throw new NotSupportedException(); }
        public FileStream(string path, FileMode mode, FileAccess access) { throw new NotSupportedException(); }
        public override bool CanRead { get { throw new NotSupportedException(); } }
        public override bool CanSeek { get { throw new NotSupportedException(); } }
        public override bool CanWrite { get { throw new NotSupportedException(); } }
        public override long Length { get { throw new NotSupportedException(); } }
        public override long Position { get { throw new NotSupportedException(); } set { throw new NotSupportedException(); } }
        public string Name { get { throw new NotSupportedException(); } }
        public string FilePath { get { throw new NotSupportedException(); } }
        public override void Close() { throw new NotSupportedException(); }
        protected override void Dispose(bool disposing) { throw new NotSupportedException(); }
        public override void Flush() { throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) { throw new NotSupportedException(); }
        public override int ReadByte() { throw new NotSupportedException(); }
        public override long Seek(long offset, SeekOrigin origin) { throw new NotSupportedException(); }
        public override void SetLength(long value) { throw new NotSupportedException(); }
        public override void Write(byte[] buffer, int offset, int count) { throw new NotSupportedException(); }
        public override void WriteByte(byte value) { throw new NotSupportedException(); }
    }
}
