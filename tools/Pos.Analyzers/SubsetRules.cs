using Microsoft.CodeAnalysis;

namespace Pos.Analyzers
{
    /// <summary>
    /// The rules of the nanoFramework 1.x subset that a compiler cannot enforce on its own. Each id names one rule;
    /// docs/SUBSET.md explains why it exists and what to write instead.
    /// </summary>
    public static class SubsetRules
    {
        private const string Category = "nanoFramework.Subset";
        private const string HelpLink = "docs/SUBSET.md";

        public static readonly DiagnosticDescriptor GenericDeclaration = Rule(
            "NF1001", "Generic declaration",
            "NF1001 generics: '{0}' declares type parameters; nanoFramework 1.x cannot load generic types and runs generic methods wrongly. Use object, ArrayList or Hashtable.");

        public static readonly DiagnosticDescriptor GenericUse = Rule(
            "NF1002", "Generic type or method used",
            "NF1002 generics: '{0}' is generic; nanoFramework 1.x has no generics (Action<T>/Func<T> compile but crash the device). Use a non-generic type, a custom delegate, ArrayList or Hashtable.");

        public static readonly DiagnosticDescriptor Async = Rule(
            "NF1003", "async/await",
            "NF1003 async: '{0}' needs Task and async/await, which nanoFramework 1.x does not have. Post an event and handle the outcome in a later event.");

        public static readonly DiagnosticDescriptor Linq = Rule(
            "NF1004", "LINQ",
            "NF1004 LINQ: '{0}' uses System.Linq, which nanoFramework 1.x does not have. Write the loop.");

        public static readonly DiagnosticDescriptor Iterator = Rule(
            "NF1005", "yield iterator",
            "NF1005 iterators: '{0}' is a yield iterator; it needs IEnumerable<T>, which nanoFramework 1.x does not have. Fill an array or ArrayList.");

        public static readonly DiagnosticDescriptor Tuple = Rule(
            "NF1006", "Tuple",
            "NF1006 tuples: '{0}' needs System.ValueTuple, which nanoFramework 1.x does not have. Use a small class or out parameters.");

        public static readonly DiagnosticDescriptor Record = Rule(
            "NF1007", "Record",
            "NF1007 records: '{0}' is a record; nanoFramework 1.x lacks the equality types records need. Use a sealed class.");

        public static readonly DiagnosticDescriptor Decimal = Rule(
            "NF1008", "decimal",
            "NF1008 decimal: '{0}' uses decimal, which nanoFramework 1.x cannot load. Money is long minor units (fen).");

        public static readonly DiagnosticDescriptor NullableValueType = Rule(
            "NF1009", "Nullable value type",
            "NF1009 nullable value types: '{0}' needs Nullable<T>, which nanoFramework 1.x does not have. Use a flag or a sentinel with a Try-method.");

        public static readonly DiagnosticDescriptor MultidimensionalArray = Rule(
            "NF1010", "Multidimensional array",
            "NF1010 multidimensional arrays: '{0}' crashes nanoFramework 1.x. Use a jagged array or index a flat one.");

        public static readonly DiagnosticDescriptor DefaultInterfaceMember = Rule(
            "NF1011", "Interface member with a body",
            "NF1011 default interface members: '{0}' has a body inside an interface; nanoFramework 1.x throws at the call. Put the code in a class.");

        public static readonly DiagnosticDescriptor Unsafe = Rule(
            "NF1012", "Span, pointers, stackalloc",
            "NF1012 unsafe memory: '{0}' needs Span<T>, pointers or stackalloc, which nanoFramework 1.x rejects. Use byte[] with offset and count.");

        public static readonly DiagnosticDescriptor Dynamic = Rule(
            "NF1013", "dynamic",
            "NF1013 dynamic: '{0}' needs the dynamic runtime, which nanoFramework 1.x does not have.");

        public static readonly DiagnosticDescriptor EnumFormatting = Rule(
            "NF1014", "Enum formatted as text",
            "NF1014 enum text: '{0}' turns an enum into text; nanoFramework prints the number, .NET the name, so screens and logs would differ. Use a name table or cast to int.");

        public static readonly DiagnosticDescriptor CustomFormat = Rule(
            "NF1015", "Custom numeric format",
            "NF1015 number format: '{0}' is not a standard format nanoFramework supports (D, F, G, N or X with an optional precision). Pad or format by hand.");

        public static readonly DiagnosticDescriptor OverflowCatch = Rule(
            "NF1016", "Catching OverflowException",
            "NF1016 overflow: '{0}' catches OverflowException, which nanoFramework 1.x does not have. Check the range before the arithmetic.");

        public static readonly DiagnosticDescriptor DateOutOfRange = Rule(
            "NF1017", "DateTime outside 1601-3000",
            "NF1017 date range: '{0}' {1}. Use an explicit date from 1601 to 3000, and a flag rather than a date for 'not set'.");

        public static readonly DiagnosticDescriptor StringArrayNullTest = Rule(
            "NF1018", "Null test on a string[] element",
            "NF1018 string[] slot: '{0}' tests an element of a string[] for null; on nanoFramework a slot never written is neither null nor a string (== null is false, .Length throws). Test it with string.IsNullOrEmpty, or fill the array with \"\" first.");

        public static readonly DiagnosticDescriptor StaticInitializerRead = Rule(
            "NF1019", "Static initializer reads another type's static field",
            "NF1019 static init order: '{0}' reads another type's static {1} '{2}' while {3}'s statics are initialised{4}; nanoCLR runs every type's static initializer at start-up in an order that ignores dependencies (even string.Empty is still null then), so the device can read null or 0 here. Write a literal (\"\" for string.Empty) or a const, or build the value lazily at first use.");

        public static readonly DiagnosticDescriptor LargeSwitch = Rule(
            "NF1020", "Switch with more than 255 cases",
            "NF1020 large switch: '{0}' has {1} case labels; nanoCLR's switch instruction holds at most 255 targets, and a larger one crashes the interpreter (measured: 255 work, 256 crash). Split it: dispatch on ranges to switches of at most 255 cases, or use a table.");

        public static readonly DiagnosticDescriptor ExceptionFilter = Rule(
            "NF1021", "Exception filter",
            "NF1021 exception filter: '{0}' filters a catch with 'when'; on nanoCLR an exception a filter lets pass, followed by more exception handling, crashed the interpreter (a reset on the device). Catch the exact types, one catch clause each.");

        /// <summary>All rules, for the analyzers' SupportedDiagnostics.</summary>
        public static DiagnosticDescriptor[] All => new[]
        {
            GenericDeclaration, GenericUse, Async, Linq, Iterator, Tuple, Record, Decimal, NullableValueType,
            MultidimensionalArray, DefaultInterfaceMember, Unsafe, Dynamic, EnumFormatting, CustomFormat, OverflowCatch,
            DateOutOfRange, StringArrayNullTest, StaticInitializerRead, LargeSwitch, ExceptionFilter,
        };

        private static DiagnosticDescriptor Rule(string id, string title, string message)
        {
            return new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink);
        }
    }
}
