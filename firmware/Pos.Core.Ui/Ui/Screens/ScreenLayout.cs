using Pos.Core.Transactions;

namespace Pos.Core.Ui.Screens
{
    /// <summary>Lays one screen id out on a canvas from the model's typed values; returns the number of pages (1 if not paged).</summary>
    public delegate int ScreenLayout(ScreenCanvas canvas, ScreenModel model);
}
