// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/System.IO.Ports, System.IO.Ports/SerialDataReceivedEventHandler.cs, commit 0a65d4d5048924014beb6da2a9dff53c5c3dd79a
namespace System.IO.Ports
{
    public delegate void SerialDataReceivedEventHandler(object sender, SerialDataReceivedEventArgs e);
}
