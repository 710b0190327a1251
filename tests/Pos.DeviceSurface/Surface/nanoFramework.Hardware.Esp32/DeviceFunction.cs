// Surface declaration of nanoFramework's public API, as the device code sees it; bodies throw (not the implementation).
// Source read: nanoframework/nanoFramework.Hardware.Esp32, nanoFramework.Hardware.Esp32/DeviceTypePins.cs, commit 2eb59efa386f01421d0ab7ab316480c14268ebcc
namespace nanoFramework.Hardware.Esp32
{
    // Only the SPI, I2C and COM members (the source also has PWM1-16, ADC1_CH0-19, I2S and SDMMC ones).
    // Value = DeviceTypes + (index x 0x100) + function, as in the source.
    public enum DeviceFunction
    {
        SPI1_MOSI = (int)DeviceTypes.SPI + (1 * 0x100) + 0,
        SPI1_MISO = (int)DeviceTypes.SPI + (1 * 0x100) + 1,
        SPI1_CLOCK = (int)DeviceTypes.SPI + (1 * 0x100) + 2,
        SPI2_MOSI = (int)DeviceTypes.SPI + (2 * 0x100) + 0,
        SPI2_MISO = (int)DeviceTypes.SPI + (2 * 0x100) + 1,
        SPI2_CLOCK = (int)DeviceTypes.SPI + (2 * 0x100) + 2,
        I2C1_DATA = (int)DeviceTypes.I2C + (1 * 0x100) + 0,
        I2C1_CLOCK = (int)DeviceTypes.I2C + (1 * 0x100) + 1,
        I2C2_DATA = (int)DeviceTypes.I2C + (2 * 0x100) + 0,
        I2C2_CLOCK = (int)DeviceTypes.I2C + (2 * 0x100) + 1,
        COM1_TX = (int)DeviceTypes.SERIAL + (1 * 0x100) + 0,
        COM1_RX = (int)DeviceTypes.SERIAL + (1 * 0x100) + 1,
        COM1_RTS = (int)DeviceTypes.SERIAL + (1 * 0x100) + 2,
        COM1_CTS = (int)DeviceTypes.SERIAL + (1 * 0x100) + 3,
        COM2_TX = (int)DeviceTypes.SERIAL + (2 * 0x100) + 0,
        COM2_RX = (int)DeviceTypes.SERIAL + (2 * 0x100) + 1,
        COM2_RTS = (int)DeviceTypes.SERIAL + (2 * 0x100) + 2,
        COM2_CTS = (int)DeviceTypes.SERIAL + (2 * 0x100) + 3,
        COM3_TX = (int)DeviceTypes.SERIAL + (3 * 0x100) + 0,
        COM3_RX = (int)DeviceTypes.SERIAL + (3 * 0x100) + 1,
        COM3_RTS = (int)DeviceTypes.SERIAL + (3 * 0x100) + 2,
        COM3_CTS = (int)DeviceTypes.SERIAL + (3 * 0x100) + 3,
        COM4_TX = (int)DeviceTypes.SERIAL + (4 * 0x100) + 0,
        COM4_RX = (int)DeviceTypes.SERIAL + (4 * 0x100) + 1,
        COM4_RTS = (int)DeviceTypes.SERIAL + (4 * 0x100) + 2,
        COM4_CTS = (int)DeviceTypes.SERIAL + (4 * 0x100) + 3,
    }
}
