#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
namespace TorchSharp
{
    public static partial class torch
    {
        public class Device
        {
            public Device(string description) => throw Stub.Throw();

            public Device(DeviceType type, int index = -1) => throw Stub.Throw();

            public DeviceType type => throw Stub.Throw();

            public int index => throw Stub.Throw();

            public override string ToString() => throw Stub.Throw();
        }

        public static Device device(string description) => throw Stub.Throw();

        public static Device device(DeviceType type, int index = -1) => throw Stub.Throw();

        public static Device CPU = null!;

        public static Device CUDA = null!;

        public static partial class cuda
        {
            public static bool is_available() => throw Stub.Throw();

            public static int device_count() => throw Stub.Throw();
        }
    }
}
