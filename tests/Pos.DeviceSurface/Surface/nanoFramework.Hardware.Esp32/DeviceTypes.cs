// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/nanoFramework.Hardware.Esp32, nanoFramework.Hardware.Esp32/DeviceTypePins.cs, commit 2eb59efa386f01421d0ab7ab316480c14268ebcc
namespace nanoFramework.Hardware.Esp32
{
    // The source builds the values from an internal ValueTypes enum (DeviceType = 0x10000); written out here.
    public enum DeviceTypes
    {
        GPIO = 0 * 0x10000,
        SPI = 1 * 0x10000,
        I2C = 2 * 0x10000,
        SERIAL = 3 * 0x10000,
        PWM = 4 * 0x10000,
        ADC = 5 * 0x10000,
        I2S = 6 * 0x10000,
        SDMMC = 8 * 0x10000,
    }
}
