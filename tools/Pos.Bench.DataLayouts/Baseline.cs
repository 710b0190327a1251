// The free managed heap of a test assembly that loads no data assembly: the reference for measure.py's differences.
using System;
using nanoFramework.TestFramework;

namespace DataLayouts
{
    [TestClass]
    public class Baseline
    {
        [TestMethod]
        public void Layout()
        {
            Console.WriteLine("M heap.free " + nanoFramework.Runtime.Native.GC.Run(false).ToString());
        }
    }
}
