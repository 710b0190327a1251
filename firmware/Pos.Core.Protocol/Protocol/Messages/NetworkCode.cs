namespace Pos.Core.Protocol.Messages
{
    /// <summary>60.3 network-management information codes (网络管理信息码) of the management messages.</summary>
    public static class NetworkCode
    {
        /// <summary>Financial messages.</summary>
        public const string None = "000";
        /// <summary>Sign-in, single-length keys (PIK + MAK, 24-byte key block).</summary>
        public const string SignInSingle = "001";
        /// <summary>Sign-out (0820).</summary>
        public const string SignOut = "002";
        /// <summary>Sign-in, double-length keys (PIK + MAK, 40-byte key block).</summary>
        public const string SignInDouble = "003";
        /// <summary>Sign-in, double-length keys with a track key (PIK + MAK + TDK, 60-byte key block).</summary>
        public const string SignInDoubleWithTrackKey = "004";
        /// <summary>Settlement (0500) and batch-upload records (0320).</summary>
        public const string Settlement = "201";
        /// <summary>Batch upload end after an unbalanced settlement.</summary>
        public const string BatchUploadEndUnbalanced = "202";
        /// <summary>Batch upload end after a balanced settlement.</summary>
        public const string BatchUploadEndBalanced = "207";
        /// <summary>Echo test (0820).</summary>
        public const string EchoTest = "301";
    }
}
