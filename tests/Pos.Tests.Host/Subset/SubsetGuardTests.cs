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
