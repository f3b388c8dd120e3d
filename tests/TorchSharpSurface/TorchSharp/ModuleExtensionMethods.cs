#nullable enable
using static TorchSharp.torch;

namespace TorchSharp
{
    /// <summary>Type-preserving device and dtype moves for modules; each returns the same object.</summary>
    public static class ModuleExtensionMethods
    {
        public static T to<T>(this T module, ScalarType type, bool non_blocking = false) where T : torch.nn.Module => throw Stub.Throw();

        public static T to<T>(this T module, Device device, ScalarType type, bool non_blocking = false) where T : torch.nn.Module => throw Stub.Throw();

        public static T to<T>(this T module, DeviceType deviceType, int deviceIndex = -1, bool non_blocking = false) where T : torch.nn.Module => throw Stub.Throw();

        public static T to<T>(this T module, Device device, bool non_blocking = false) where T : torch.nn.Module => throw Stub.Throw();

        public static T to<T>(this T module, string device, bool non_blocking = false) where T : torch.nn.Module => throw Stub.Throw();

        public static T to<T>(this T module, Tensor other, bool non_blocking = false) where T : torch.nn.Module => throw Stub.Throw();

        public static T cpu<T>(this T module, bool non_blocking = false) where T : torch.nn.Module => throw Stub.Throw();

        public static T cuda<T>(this T module, int deviceIndex = -1, bool non_blocking = false) where T : torch.nn.Module => throw Stub.Throw();

        public static T half<T>(this T module) where T : torch.nn.Module => throw Stub.Throw();

        public static T bfloat16<T>(this T module) where T : torch.nn.Module => throw Stub.Throw();

        public static T @float<T>(this T module) where T : torch.nn.Module => throw Stub.Throw();

        public static T @double<T>(this T module) where T : torch.nn.Module => throw Stub.Throw();
    }
}
