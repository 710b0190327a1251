using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Pos.Core.Localization;
using Pos.Core.Receipts;
using Pos.Core.Simulation;

namespace Pos.Tests.Host.Catalog
{
    /// <summary>
    /// PNG snapshots of every sample slip (<see cref="SlipSamples"/>) in every locale at 32 and 48 columns, printed
    /// band by band as the printer gets them, to <c>$TMPDIR/pos-ui-snapshots/slips/</c> with their text forms; and what
    /// a slip costs: bytes allocated to build, lay out and print it with a reused renderer, and the time.
    /// </summary>
    [TestClass]
    public sealed class SlipSnapshotTests
    {
        public TestContext TestContext { get; set; } = null!;

        [TestMethod]
        public void Png_snapshots_of_every_slip_in_every_locale()
        {
            string dir = Path.Combine(Path.GetTempPath(), "pos-ui-snapshots", "slips");
            Directory.CreateDirectory(dir);
            foreach (int columns in new[] { SlipPaper.Columns58, SlipPaper.Columns80 })
            {
                var raster = new SlipRaster(columns);
                for (int locale = 0; locale < Locale.Count; locale++)
                {
                    for (int sample = 0; sample < SlipSamples.Count; sample++)
                    {
                        var layout = new SlipLayout(SlipSamples.Build(sample, locale), columns);
                        byte[] frame = Frame(layout, raster, out int height);
                        string name = SlipSamples.Name(sample) + "-" + Locale.Tag(locale) + "-" + columns;
                        string path = Path.Combine(dir, name + ".png");
                        PngWriter.Write(path, frame, raster.WidthDots, height);
                        File.WriteAllText(Path.Combine(dir, name + ".txt"), layout.ToText());
                        Assert.AreEqual(SlipRaster.RowsOf(layout), height);
                        Assert.IsGreaterThan(1000L, new FileInfo(path).Length);
                    }
                }
            }
        }

        [TestMethod]
        public void A_slip_allocates_a_few_kilobytes_to_build_and_nothing_to_print()
        {
            var raster = new SlipRaster(SlipPaper.Columns58);
            for (int sample = 0; sample < SlipSamples.Count; sample++)
            {
                // Warm the glyph cache and the JIT, and build the reports' runner and trail once (the samples keep them).
                SlipSamples.Crc(new SlipLayout(SlipSamples.Build(sample, Locale.ZhCn), SlipPaper.Columns58), raster);
            }

            for (int sample = 0; sample < SlipSamples.Count; sample++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                var layout = new SlipLayout(SlipSamples.Build(sample, Locale.ZhCn), SlipPaper.Columns58);
                long laid = GC.GetAllocatedBytesForCurrentThread() - before;
                SlipSamples.Crc(layout, raster);
                watch.Stop();
                long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
                int bitmap = SlipRaster.RowsOf(layout) * raster.BytesPerRow;
                TestContext.WriteLine($"{SlipSamples.Name(sample)}: {layout.RowCount} rows, {SlipRaster.RowsOf(layout)} dot rows "
                    + $"({bitmap} B as one bitmap), {bytes} B allocated ({laid} B to build and lay out), {watch.Elapsed.TotalMilliseconds:F2} ms");
                Assert.AreEqual(laid, bytes, SlipSamples.Name(sample) + ": printing allocates nothing");
                Assert.IsLessThan(bitmap / 3, bytes, SlipSamples.Name(sample));
            }
        }

        // The slip's dots as an RGB565 frame (black on white), from the renderer's bands in order.
        private static byte[] Frame(SlipLayout layout, SlipRaster raster, out int height)
        {
            height = SlipRaster.RowsOf(layout);
            int width = raster.WidthDots;
            byte[] frame = new byte[width * height * 2];
            Array.Fill(frame, (byte)0xFF);
            int y = 0;
            for (int i = 0; i < layout.RowCount; i++)
            {
                int rows = raster.Render(layout.Row(i));
                for (int r = 0; r < rows; r++, y++)
                {
                    for (int x = 0; x < width; x++)
                    {
                        if ((raster.Band[(r * raster.BytesPerRow) + (x >> 3)] & (0x80 >> (x & 7))) != 0)
                        {
                            int p = ((y * width) + x) * 2;
                            frame[p] = 0;
                            frame[p + 1] = 0;
                        }
                    }
                }
            }

            return frame;
        }
    }
}
