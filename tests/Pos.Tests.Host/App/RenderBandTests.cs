using Pos.Core.Localization;
using Pos.Core.Scenarios;
using Pos.Core.Simulation;
using Pos.Core.Ui;
using Pos.Core.Ui.Screens;
using Pos.Hal;

namespace Pos.Tests.Host.App;

/// <summary>
/// One render band for the terminal's life (issue 12, deliverable 2): the menus are drawn through the app's one
/// presenter, so opening, moving in and closing the menu, and changing the locale from outside, allocate no renderer.
/// Measured as the bytes the test thread allocates per cycle: the strings the screens are composed of (about 6.7 KB),
/// less than the band (10 KB) a second renderer would allocate.
/// </summary>
[TestClass]
public sealed class RenderBandTests
{
    private const int Cycles = 20;

    /// <summary>Gives access to the test output.</summary>
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Menus_and_locale_changes_allocate_no_second_band()
    {
        var run = new ScenarioRunner();
        Assert.IsNull(run.Run("wait online\nexpect screen SIGNED_IN\nkey CANCEL\nexpect screen IDLE"));
        var display = new CrcDisplay();
        var status = new StatusSnapshot { Online = true, BatteryPercent = 80, UtcNow = run.Clock.UtcNow };
        ScreenPresenter presenter = run.App.Presenter;
        Cycle(run, display, status, 0); // first use: catalogs and glyphs cached

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 1; i <= Cycles; i++)
        {
            Cycle(run, display, status, i);
        }

        long perCycle = (GC.GetAllocatedBytesForCurrentThread() - before) / Cycles;
        TestContext.WriteLine("allocated per menu cycle: " + perCycle + " B (band " + ScreenRenderer.BandBytes + " B)");
        // A renderer alone allocates its band: any cycle that made one would reach this bound whatever else it allocated.
        Assert.IsLessThan(ScreenRenderer.BandBytes, perCycle, "a menu cycle allocated a band's worth: " + perCycle + " B");
        Assert.AreSame(presenter, run.App.Presenter);
        Assert.AreSame(presenter, run.App.Ui.Presenter);
    }

    // Idle drawn, the merchant menu opened and moved in, closed, idle drawn again, then the locale switched from outside.
    private static void Cycle(ScenarioRunner run, IDisplay display, StatusSnapshot status, int i)
    {
        run.App.Ui.Render(status, display);
        run.App.Ui.Press(Key.Func);
        run.App.Ui.Render(status, display);
        run.App.Ui.Press(Key.Down);
        run.App.Ui.Render(status, display);
        run.App.Ui.Press(Key.Cancel);
        run.App.Ui.Render(status, display);
        Assert.IsTrue(run.App.ChangeLocale(i % 2 == 0 ? Locale.ZhCn : Locale.EnUs));
        run.App.Ui.Render(status, display);
    }
}
