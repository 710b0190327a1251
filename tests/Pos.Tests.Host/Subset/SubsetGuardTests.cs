using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Pos.Tests.Host.Subset
{
    /// <summary>
    /// One snippet per rule of the subset guard that must be reported, and one snippet written in what nanoFramework
    /// 1.x has that must pass. Each snippet is otherwise valid C# 9, so the rule is the only thing that can fail it.
    /// </summary>
    [TestClass]
    public class SubsetGuardTests
    {
        [TestMethod]
        [DataRow("NF1001", "class Box<T> { }")]
        [DataRow("NF1001", "class C { void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; } }")]
        [DataRow("NF1001", "delegate void Handler<T>(T value);")]
        [DataRow("NF1002", "class C { object o = new System.Collections.Generic.List<int>(); }")]
        [DataRow("NF1002", "class C { System.Action<int> a = x => { }; }")]
        [DataRow("NF1002", "class C { System.Func<int, int> f = x => x; }")]
        [DataRow("NF1002", "class C { int F(int[] a) { return System.Array.IndexOf(a, 3); } }")]
        [DataRow("NF1002", "class C { object F() { return System.Array.Empty<byte>(); } }")]
        [DataRow("NF1003", "class C { async void M() { } }")]
        [DataRow("NF1003", "class C { async System.Threading.Tasks.Task M() { await System.Threading.Tasks.Task.Yield(); } }")]
        [DataRow("NF1004", "class C { int F(int[] a) { return System.Linq.Enumerable.Count(a); } }")]
        [DataRow("NF1004", "using System.Linq; class C { object F(int[] a) { return from x in a where x > 1 select x; } }")]
        [DataRow("NF1005", "class C { System.Collections.IEnumerable F() { yield return 1; } }")]
        [DataRow("NF1006", "class C { object F() { return (1, \"a\"); } }")]
        [DataRow("NF1006", "class C { (int, int) F() { return default; } }")]
        [DataRow("NF1007", "record Point(int X, int Y);")]
        [DataRow("NF1008", "class C { decimal d; public decimal D => d; }")]
        [DataRow("NF1008", "class C { object F() { return 1.5m; } }")]
        [DataRow("NF1009", "class C { int? n; public int? N => n; }")]
        [DataRow("NF1010", "class C { int[,] grid = new int[2, 2]; public int[,] G => grid; }")]
        [DataRow("NF1011", "interface I { int F() { return 1; } }")]
        [DataRow("NF1012", "using System; class C { object F(string s) { return s.AsSpan().Length; } }")]
        [DataRow("NF1016", "class C { int F(int a) { try { return checked(a * a); } catch (System.OverflowException) { return 0; } } }")]
        [DataRow("NF1012", "class C { unsafe void F() { int* p = stackalloc int[4]; p[0] = 1; } }")]
        [DataRow("NF1013", "class C { dynamic d; public object D => d; }")]
        [DataRow("NF1014", "enum E { A } class C { string F(E e) { return \"x\" + e; } }")]
        [DataRow("NF1014", "enum E { A } class C { string F(E e) { return $\"{e}\"; } }")]
        [DataRow("NF1021", "class C { void F() { try { } catch (System.Exception e) when (e is System.ArgumentException) { } } }")]
        [DataRow("NF1015", "class C { string F(double v) { return $\"{v:0.00}\"; } }")]
        [DataRow("NF1015", "class C { string F(int v) { return v.ToString(\"#,##0\"); } }")]
        [DataRow("NF1017", "class C { System.DateTime F() { return new System.DateTime(1, 1, 1, 0, 0, 0); } }")]
        [DataRow("NF1017", "class C { System.DateTime F() { return new System.DateTime(3001, 1, 1); } }")]
        [DataRow("NF1017", "class C { System.DateTime F() { return new System.DateTime(0); } }")]
        [DataRow("NF1017", "class C { bool F(System.DateTime d) { return d == System.DateTime.MinValue; } }")]
        [DataRow("NF1017", "class C { System.DateTime F() { return System.DateTime.MaxValue; } }")]
        [DataRow("NF1018", "class C { bool F(string[] names, int i) { return names[i] == null; } }")]
        [DataRow("NF1018", "class C { bool F(string[] names) { return names[0] != null; } }")]
        [DataRow("NF1018", "class C { bool F(string[] names) { return names[0] is not null; } }")]
        [DataRow("NF1018", "class C { string F(string[] names) { return names[0] ?? \"x\"; } }")]
        [DataRow("NF1018", "class C { void F(string[] names) { names[0] ??= \"x\"; } }")]
        [DataRow("NF1018", "class C { int F(string[][] rows) { return rows[0][1]?.Length ?? 0; } }")]
        [DataRow("NF1019", "static class C { public static readonly string E = string.Empty; }")]
        [DataRow("NF1019", "static class C { static readonly long T = System.TimeSpan.Zero.Ticks; }")]
        [DataRow("NF1019", "static class Zeta { public static readonly int[] Arr = { 1, 2 }; } static class Alpha { public static readonly int N = Zeta.Arr.Length; }")]
        [DataRow("NF1019", "static class Zeta { public static string Z { get; } = \"z\"; } static class Alpha { static readonly string A; static Alpha() { A = Zeta.Z + \"!\"; } }")]
        [DataRow("NF1019", "class H { public H(string s) { } } static class C { static readonly H[] Table = Build(); static H[] Build() { return new[] { new H(string.Empty) }; } }")]
        [DataRow("NF1019", "static class C { static readonly string[] Names = Fill(); static string[] Fill() { return new[] { First() }; } static string First() { return System.Text.Encoding.UTF8.GetBytes(\"x\").Length > 0 ? \"x\" : \"y\"; } }")]
        [DataRow("NF1019", "class C { public static readonly C Default = new C(); string _name = string.Empty; public string Name => _name; }")]
        [DataRow("NF1020", "class C { int F(int i) { switch (i) { case 0: return 0; case 1: return 1; case 2: return 2; case 3: return 3; case 4: return 4; case 5: return 5; case 6: return 6; case 7: return 7; case 8: return 8; case 9: return 9; case 10: return 10; case 11: return 11; case 12: return 12; case 13: return 13; case 14: return 14; case 15: return 15; case 16: return 16; case 17: return 17; case 18: return 18; case 19: return 19; case 20: return 20; case 21: return 21; case 22: return 22; case 23: return 23; case 24: return 24; case 25: return 25; case 26: return 26; case 27: return 27; case 28: return 28; case 29: return 29; case 30: return 30; case 31: return 31; case 32: return 32; case 33: return 33; case 34: return 34; case 35: return 35; case 36: return 36; case 37: return 37; case 38: return 38; case 39: return 39; case 40: return 40; case 41: return 41; case 42: return 42; case 43: return 43; case 44: return 44; case 45: return 45; case 46: return 46; case 47: return 47; case 48: return 48; case 49: return 49; case 50: return 50; case 51: return 51; case 52: return 52; case 53: return 53; case 54: return 54; case 55: return 55; case 56: return 56; case 57: return 57; case 58: return 58; case 59: return 59; case 60: return 60; case 61: return 61; case 62: return 62; case 63: return 63; case 64: return 64; case 65: return 65; case 66: return 66; case 67: return 67; case 68: return 68; case 69: return 69; case 70: return 70; case 71: return 71; case 72: return 72; case 73: return 73; case 74: return 74; case 75: return 75; case 76: return 76; case 77: return 77; case 78: return 78; case 79: return 79; case 80: return 80; case 81: return 81; case 82: return 82; case 83: return 83; case 84: return 84; case 85: return 85; case 86: return 86; case 87: return 87; case 88: return 88; case 89: return 89; case 90: return 90; case 91: return 91; case 92: return 92; case 93: return 93; case 94: return 94; case 95: return 95; case 96: return 96; case 97: return 97; case 98: return 98; case 99: return 99; case 100: return 100; case 101: return 101; case 102: return 102; case 103: return 103; case 104: return 104; case 105: return 105; case 106: return 106; case 107: return 107; case 108: return 108; case 109: return 109; case 110: return 110; case 111: return 111; case 112: return 112; case 113: return 113; case 114: return 114; case 115: return 115; case 116: return 116; case 117: return 117; case 118: return 118; case 119: return 119; case 120: return 120; case 121: return 121; case 122: return 122; case 123: return 123; case 124: return 124; case 125: return 125; case 126: return 126; case 127: return 127; case 128: return 128; case 129: return 129; case 130: return 130; case 131: return 131; case 132: return 132; case 133: return 133; case 134: return 134; case 135: return 135; case 136: return 136; case 137: return 137; case 138: return 138; case 139: return 139; case 140: return 140; case 141: return 141; case 142: return 142; case 143: return 143; case 144: return 144; case 145: return 145; case 146: return 146; case 147: return 147; case 148: return 148; case 149: return 149; case 150: return 150; case 151: return 151; case 152: return 152; case 153: return 153; case 154: return 154; case 155: return 155; case 156: return 156; case 157: return 157; case 158: return 158; case 159: return 159; case 160: return 160; case 161: return 161; case 162: return 162; case 163: return 163; case 164: return 164; case 165: return 165; case 166: return 166; case 167: return 167; case 168: return 168; case 169: return 169; case 170: return 170; case 171: return 171; case 172: return 172; case 173: return 173; case 174: return 174; case 175: return 175; case 176: return 176; case 177: return 177; case 178: return 178; case 179: return 179; case 180: return 180; case 181: return 181; case 182: return 182; case 183: return 183; case 184: return 184; case 185: return 185; case 186: return 186; case 187: return 187; case 188: return 188; case 189: return 189; case 190: return 190; case 191: return 191; case 192: return 192; case 193: return 193; case 194: return 194; case 195: return 195; case 196: return 196; case 197: return 197; case 198: return 198; case 199: return 199; case 200: return 200; case 201: return 201; case 202: return 202; case 203: return 203; case 204: return 204; case 205: return 205; case 206: return 206; case 207: return 207; case 208: return 208; case 209: return 209; case 210: return 210; case 211: return 211; case 212: return 212; case 213: return 213; case 214: return 214; case 215: return 215; case 216: return 216; case 217: return 217; case 218: return 218; case 219: return 219; case 220: return 220; case 221: return 221; case 222: return 222; case 223: return 223; case 224: return 224; case 225: return 225; case 226: return 226; case 227: return 227; case 228: return 228; case 229: return 229; case 230: return 230; case 231: return 231; case 232: return 232; case 233: return 233; case 234: return 234; case 235: return 235; case 236: return 236; case 237: return 237; case 238: return 238; case 239: return 239; case 240: return 240; case 241: return 241; case 242: return 242; case 243: return 243; case 244: return 244; case 245: return 245; case 246: return 246; case 247: return 247; case 248: return 248; case 249: return 249; case 250: return 250; case 251: return 251; case 252: return 252; case 253: return 253; case 254: return 254; case 255: return 255; default: return -1; } } }")]
        public void Construct_nanoFramework_lacks_is_reported(string rule, string snippet)
        {
            var diagnostics = SubsetCompiler.Diagnose(snippet);

            var found = diagnostics.Where(d => d.Id == rule).ToList();
            Assert.IsTrue(found.Count > 0, $"{rule} not reported for: {snippet}\nGot: {Describe(diagnostics)}");
            StringAssert.StartsWith(found[0].GetMessage(), rule, "the message must name the rule");
            Assert.AreEqual(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, found[0].Severity);
        }

        // The subset-safe neighbour of a rule: what its message says to write instead must pass without any diagnostic.
        [TestMethod]
        [DataRow("NF1017", "class C { long F() { return new System.DateTime(1601, 1, 1, 0, 0, 0).AddSeconds(10).Ticks + new System.DateTime(3000, 12, 31).Ticks; } }")]
        [DataRow("NF1018", "class C { bool F(string[] names, object[] slots, string[][] rows, int i) { return string.IsNullOrEmpty(names[i]) && slots[i] == null && rows[i] == null; } }")]
        [DataRow("NF1019", "enum Mode { A, B } static class K { public const string Z = \"z\"; } static class C { static readonly string E = \"\"; static readonly string Z = K.Z + \"!\"; static readonly int[] Arr = { (int)Mode.B }; static readonly int N = Arr.Length; static readonly string[] Names = Build(); static string[] Build() { return new[] { E, Z }; } }")]
        [DataRow("NF1019", "static class Zeta { public static readonly int[] Arr = { 1, 2 }; } static class C { static int[] _copy; static int[] Copy { get { if (_copy == null) { _copy = new[] { Zeta.Arr[0], System.TimeSpan.Zero.Milliseconds }; } return _copy; } } public static int First() { return Copy[0]; } }")]
        [DataRow("NF1019", "static class C { static readonly int[] Arr = { 1 }; public static string P => string.Empty; public static string Q { get { return System.TimeSpan.Zero.Ticks + \"\"; } } public static int N => Arr.Length; }")]
        [DataRow("NF1019", "delegate string Read(); class C { string _name = string.Empty; static readonly Read Reader = () => string.Empty; static readonly string[] Names = { \"a\" }; public static string F() { return Reader() + new C()._name + Names[0]; } }")]
        [DataRow("NF1020", "class C { int F(int i) { switch (i) { case 0: return 0; case 1: return 1; case 2: return 2; case 3: return 3; case 4: return 4; case 5: return 5; case 6: return 6; case 7: return 7; case 8: return 8; case 9: return 9; case 10: return 10; case 11: return 11; case 12: return 12; case 13: return 13; case 14: return 14; case 15: return 15; case 16: return 16; case 17: return 17; case 18: return 18; case 19: return 19; case 20: return 20; case 21: return 21; case 22: return 22; case 23: return 23; case 24: return 24; case 25: return 25; case 26: return 26; case 27: return 27; case 28: return 28; case 29: return 29; case 30: return 30; case 31: return 31; case 32: return 32; case 33: return 33; case 34: return 34; case 35: return 35; case 36: return 36; case 37: return 37; case 38: return 38; case 39: return 39; case 40: return 40; case 41: return 41; case 42: return 42; case 43: return 43; case 44: return 44; case 45: return 45; case 46: return 46; case 47: return 47; case 48: return 48; case 49: return 49; case 50: return 50; case 51: return 51; case 52: return 52; case 53: return 53; case 54: return 54; case 55: return 55; case 56: return 56; case 57: return 57; case 58: return 58; case 59: return 59; case 60: return 60; case 61: return 61; case 62: return 62; case 63: return 63; case 64: return 64; case 65: return 65; case 66: return 66; case 67: return 67; case 68: return 68; case 69: return 69; case 70: return 70; case 71: return 71; case 72: return 72; case 73: return 73; case 74: return 74; case 75: return 75; case 76: return 76; case 77: return 77; case 78: return 78; case 79: return 79; case 80: return 80; case 81: return 81; case 82: return 82; case 83: return 83; case 84: return 84; case 85: return 85; case 86: return 86; case 87: return 87; case 88: return 88; case 89: return 89; case 90: return 90; case 91: return 91; case 92: return 92; case 93: return 93; case 94: return 94; case 95: return 95; case 96: return 96; case 97: return 97; case 98: return 98; case 99: return 99; case 100: return 100; case 101: return 101; case 102: return 102; case 103: return 103; case 104: return 104; case 105: return 105; case 106: return 106; case 107: return 107; case 108: return 108; case 109: return 109; case 110: return 110; case 111: return 111; case 112: return 112; case 113: return 113; case 114: return 114; case 115: return 115; case 116: return 116; case 117: return 117; case 118: return 118; case 119: return 119; case 120: return 120; case 121: return 121; case 122: return 122; case 123: return 123; case 124: return 124; case 125: return 125; case 126: return 126; case 127: return 127; case 128: return 128; case 129: return 129; case 130: return 130; case 131: return 131; case 132: return 132; case 133: return 133; case 134: return 134; case 135: return 135; case 136: return 136; case 137: return 137; case 138: return 138; case 139: return 139; case 140: return 140; case 141: return 141; case 142: return 142; case 143: return 143; case 144: return 144; case 145: return 145; case 146: return 146; case 147: return 147; case 148: return 148; case 149: return 149; case 150: return 150; case 151: return 151; case 152: return 152; case 153: return 153; case 154: return 154; case 155: return 155; case 156: return 156; case 157: return 157; case 158: return 158; case 159: return 159; case 160: return 160; case 161: return 161; case 162: return 162; case 163: return 163; case 164: return 164; case 165: return 165; case 166: return 166; case 167: return 167; case 168: return 168; case 169: return 169; case 170: return 170; case 171: return 171; case 172: return 172; case 173: return 173; case 174: return 174; case 175: return 175; case 176: return 176; case 177: return 177; case 178: return 178; case 179: return 179; case 180: return 180; case 181: return 181; case 182: return 182; case 183: return 183; case 184: return 184; case 185: return 185; case 186: return 186; case 187: return 187; case 188: return 188; case 189: return 189; case 190: return 190; case 191: return 191; case 192: return 192; case 193: return 193; case 194: return 194; case 195: return 195; case 196: return 196; case 197: return 197; case 198: return 198; case 199: return 199; case 200: return 200; case 201: return 201; case 202: return 202; case 203: return 203; case 204: return 204; case 205: return 205; case 206: return 206; case 207: return 207; case 208: return 208; case 209: return 209; case 210: return 210; case 211: return 211; case 212: return 212; case 213: return 213; case 214: return 214; case 215: return 215; case 216: return 216; case 217: return 217; case 218: return 218; case 219: return 219; case 220: return 220; case 221: return 221; case 222: return 222; case 223: return 223; case 224: return 224; case 225: return 225; case 226: return 226; case 227: return 227; case 228: return 228; case 229: return 229; case 230: return 230; case 231: return 231; case 232: return 232; case 233: return 233; case 234: return 234; case 235: return 235; case 236: return 236; case 237: return 237; case 238: return 238; case 239: return 239; case 240: return 240; case 241: return 241; case 242: return 242; case 243: return 243; case 244: return 244; case 245: return 245; case 246: return 246; case 247: return 247; case 248: return 248; case 249: return 249; case 250: return 250; case 251: return 251; case 252: return 252; case 253: return 253; case 254: return 254; default: return -1; } } }")]
        public void Close_subset_safe_code_is_not_reported(string rule, string snippet)
        {
            var diagnostics = SubsetCompiler.Diagnose(snippet);

            Assert.AreEqual(0, diagnostics.Count, $"{rule} neighbour reported: {snippet}\n{Describe(diagnostics)}");
        }

        [TestMethod]
        [DataRow("NF2001", "class C { string F(string s) { return s.Replace(\"a\", \"b\"); } }")]
        [DataRow("NF2002", "class C { string F(string[] s) { return string.Join(\",\", s); } }")]
        [DataRow("NF2003", "class C { bool F(string s) { return string.IsNullOrWhiteSpace(s); } }")]
        [DataRow("NF2008", "class C { void F(System.Text.StringBuilder b) { b.AppendFormat(\"{0}\", 1); } }")]
        [DataRow("NF2009", "class C { void F(System.Text.StringBuilder b) { b.Insert(0, \"x\"); } }")]
        [DataRow("NF2011", "enum E { A } class C { string F(E e) { return e.ToString(); } }")]
        [DataRow("NF2012", "enum E { A } class C { object F() { return System.Enum.GetValues(typeof(E)); } }")]
        [DataRow("NF2013", "class C { System.DateTime F() { return System.DateTime.Now; } }")]
        [DataRow("NF2014", "class C { byte[] F(string s) { return System.Text.Encoding.ASCII.GetBytes(s); } }")]
        [DataRow("NF2015", "class C { bool F(System.Collections.Hashtable h) { return h.ContainsKey(1); } }")]
        [DataRow("NF2016", "class C { bool F(System.Threading.AutoResetEvent e) { return e.WaitOne(10); } }")]
        [DataRow("NF2017", "class C { void F() { throw new System.OverflowException(); } }")]
        [DataRow("NF2018", "class C { object F() { return System.Diagnostics.Stopwatch.StartNew(); } }")]
        [DataRow("NF2029", "class C { int F(int a, int b) { return System.Math.Min(a, b); } }")]
        [DataRow("NF2025", "class C { int F() { return new System.Random(1).Next(); } }")]
        [DataRow("NF2021", "class C { void F() { System.Console.WriteLine(\"x\"); } }")]
        [DataRow("NF2021", "class C { bool F() { return System.IO.File.Exists(\"x\"); } }")]
        public void Api_nanoFramework_lacks_is_banned(string rule, string snippet)
        {
            var diagnostics = SubsetCompiler.Diagnose(snippet);

            var banned = diagnostics.Where(d => d.Id == "RS0030" && d.GetMessage().Contains(rule, StringComparison.Ordinal)).ToList();
            Assert.IsTrue(banned.Count > 0, $"{rule} not reported for: {snippet}\nGot: {Describe(diagnostics)}");
        }

        [TestMethod]
        public void Code_in_the_nanoFramework_subset_passes()
        {
            const string snippet = """
                using System;
                using System.Collections;
                using System.Text;

                namespace Sample
                {
                    public delegate void AmountChanged(long fen);

                    public enum Mode { Idle = 0, Amount = 1, Card = 2 }

                    public interface IScreen { void Show(string text); }

                    public sealed class Till
                    {
                        private readonly ArrayList _lines = new ArrayList();
                        private readonly Hashtable _names = new Hashtable();
                        private readonly Queue _pending = new Queue();
                        private readonly string[][] _jagged = new string[2][];

                        public event AmountChanged Changed;

                        public Mode Mode { get; private set; }

                        public string Describe(long fen)
                        {
                            AmountChanged handler = f => _lines.Add(f);
                            handler(fen);
                            Changed?.Invoke(fen);
                            _names["a"] = 1;
                            bool has = _names.Contains("a");
                            _pending.Enqueue(fen);
                            _jagged[0] = new string[] { "x" };
                            StringBuilder text = new StringBuilder();
                            text.Append(fen / 100).Append('.').Append((fen % 100).ToString("D2"));
                            string kind = Mode switch
                            {
                                Mode.Idle => "idle",
                                Mode.Amount => "amount",
                                _ => "other",
                            };
                            object boxed = fen;
                            if (boxed is long value && value > 0 && has)
                            {
                                text.Append($" {kind} {value:X4} {(int)Mode}");
                            }

                            foreach (object line in _lines)
                            {
                                text.Append(line.ToString());
                            }

                            return text.ToString();
                        }
                    }
                }
                """;

            var diagnostics = SubsetCompiler.Diagnose(snippet);

            Assert.AreEqual(0, diagnostics.Count, Describe(diagnostics));
        }

        private static string Describe(IEnumerable<Microsoft.CodeAnalysis.Diagnostic> diagnostics) =>
            string.Join("\n", diagnostics.Select(d => d.Id + ": " + d.GetMessage()));
    }
}
