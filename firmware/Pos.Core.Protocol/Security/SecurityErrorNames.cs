namespace Pos.Core.Security
{
    /// <summary>
    /// Names of the <see cref="SecurityError"/> codes for logs and diagnostics (enum formatting prints numbers on the
    /// device). A test checks that every code has a name. A code without a name is found with IsNullOrEmpty: on
    /// nanoFramework an element of a new string[] never written does not compare equal to null.
    /// </summary>
    public static class SecurityErrorNames
    {
        private static readonly string[] Names = Build();

        /// <summary>The name of a code, or its number in brackets when it has none.</summary>
        public static string Of(SecurityError error)
        {
            int index = (int)error;
            if (IsDefined(error))
            {
                return Names[index];
            }

            return "[" + index.ToString() + "]";
        }

        /// <summary>True when <paramref name="error"/> is a defined code (has a name).</summary>
        public static bool IsDefined(SecurityError error)
        {
            int index = (int)error;
            return index >= 0 && index < Names.Length && !string.IsNullOrEmpty(Names[index]);
        }

        private static string[] Build()
        {
            string[] names = new string[(int)SecurityError.Count];
            names[(int)SecurityError.None] = "None";
            names[(int)SecurityError.KeyMissing] = "KeyMissing";
            names[(int)SecurityError.BadKeyLength] = "BadKeyLength";
            names[(int)SecurityError.BadKeySlot] = "BadKeySlot";
            names[(int)SecurityError.MasterKeyMissing] = "MasterKeyMissing";
            names[(int)SecurityError.UnknownKeyLayout] = "UnknownKeyLayout";
            names[(int)SecurityError.KeyBlockLength] = "KeyBlockLength";
            names[(int)SecurityError.PikCheckValue] = "PikCheckValue";
            names[(int)SecurityError.MakCheckValue] = "MakCheckValue";
            names[(int)SecurityError.TdkCheckValue] = "TdkCheckValue";
            names[(int)SecurityError.MacAlgorithmUnsupported] = "MacAlgorithmUnsupported";
            names[(int)SecurityError.MacMismatch] = "MacMismatch";
            names[(int)SecurityError.PinLength] = "PinLength";
            names[(int)SecurityError.PinNotDigits] = "PinNotDigits";
            names[(int)SecurityError.PanInvalid] = "PanInvalid";
            return names;
        }
    }
}
