// Measures one data layout of the catalog strings and the font on the nanoCLR interpreter (see measure.py): the free
// managed heap once every static field is initialised, the time of a string look-up and of reading one glyph's rows.
// ARRAYS: the layout before (static string[]/ushort[]/byte[] tables); otherwise the product's literal switches.
using System;
using nanoFramework.TestFramework;
using Pos.Core.Glyphs;
using Zh = Pos.Core.Texts.ZhCn.LocaleTexts;
using En = Pos.Core.Texts.EnUs.LocaleTexts;

namespace DataLayouts
{
    [TestClass]
    public class Measure
    {
        [TestMethod]
        public void Layout()
        {
            Console.WriteLine("M heap.free " + nanoFramework.Runtime.Native.GC.Run(false).ToString());
            int keys = 0;
            while (Zh.Start(keys + 1) >= 0 && keys < 10000)
            {
                keys++;
            }

            int total = 0;
            long t0 = DateTime.UtcNow.Ticks;
            for (int pass = 0; pass < 10; pass++)
            {
                for (int key = 0; key < keys; key++)
                {
                    total += Zh.Text(Zh.Start(key)).Length + En.Text(En.Start(key)).Length;
                }
            }

            long t1 = DateTime.UtcNow.Ticks;
            Console.WriteLine("M text.ns " + ((t1 - t0) * 100 / (20 * keys)).ToString() + " check " + total.ToString());
            byte[] buffer = new byte[32];
            int sum = 0;
            t0 = DateTime.UtcNow.Ticks;
            for (int pass = 0; pass < 4; pass++)
            {
                for (int g = 0; g < GlyphData.GlyphCount; g++)
                {
                    sum += Read(Find(GlyphData.CodePoints[g]), buffer) + buffer[5] + buffer[11];
                }
            }

            t1 = DateTime.UtcNow.Ticks;
            Console.WriteLine("M glyph.ns " + ((t1 - t0) * 100 / (4 * GlyphData.GlyphCount)).ToString() + " check " + sum.ToString());
            Console.WriteLine("M heap.free.after " + nanoFramework.Runtime.Native.GC.Run(false).ToString());
        }

        private static int Find(int c)
        {
            ushort[] cps = GlyphData.CodePoints;
            int lo = 0;
            int hi = cps.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >> 1;
                if (cps[mid] == c)
                {
                    return mid;
                }

                if (cps[mid] < c)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return -1;
        }

        private static int Read(int glyph, byte[] buffer)
        {
            int count = (GlyphData.Wide[glyph >> 3] & (1 << (glyph & 7))) != 0 ? 32 : 16;
#if ARRAYS
            Array.Copy(GlyphData.Bits, GlyphData.Offsets[glyph], buffer, 0, count);
#else
            char[] text = GlyphData.Bitmap(glyph).ToCharArray();
            int acc = 0;
            int held = 0;
            int n = 0;
            for (int i = 0; n < count; i++)
            {
                acc = ((acc << 6) | (text[i] - '0')) & 0x3FFF;
                held += 6;
                if (held >= 8)
                {
                    held -= 8;
                    buffer[n++] = (byte)(acc >> held);
                }
            }
#endif
            return count;
        }
    }
}
