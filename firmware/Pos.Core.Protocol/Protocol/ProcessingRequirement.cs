namespace Pos.Core.Protocol
{
    /// <summary>Values of the header's "processing requirement" digit (处理要求) that a host sends in replies.</summary>
    public static class ProcessingRequirement
    {
        /// <summary>Nothing to do.</summary>
        public const int None = 0;
        /// <summary>Download magstripe parameters.</summary>
        public const int DownloadMagstripeParameters = 1;
        /// <summary>Upload the terminal's magstripe status.</summary>
        public const int UploadStatus = 2;
        /// <summary>Sign in again (重新签到).</summary>
        public const int SignIn = 3;
        /// <summary>Update IC public keys.</summary>
        public const int UpdatePublicKeys = 4;
        /// <summary>Download IC parameters.</summary>
        public const int DownloadIcParameters = 5;
        /// <summary>TMS parameter download.</summary>
        public const int DownloadTmsParameters = 6;
        /// <summary>Card-BIN blacklist download.</summary>
        public const int DownloadBlacklist = 7;
    }
}
