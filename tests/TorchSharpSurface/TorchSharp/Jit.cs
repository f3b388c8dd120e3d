#nullable enable
#pragma warning disable CS8981 // lower-case type names (torch, nn, jit, ...) mirror TorchSharp
namespace TorchSharp
{
    public static partial class torch
    {
        /// <summary>TorchScript loading. <c>load</c> does not call eval(): a script module keeps the mode it was saved in.</summary>
        public static partial class jit
        {
            public static ScriptModule load(string filename, DeviceType device_type = DeviceType.CPU, long device_index = -1) => throw Stub.Throw();

            public static ScriptModule load(string filename, Device map_location) => throw Stub.Throw();

            public static ScriptModule load(byte[] bytes, DeviceType device_type = DeviceType.CPU, long device_index = -1) => throw Stub.Throw();

            public static ScriptModule<TResult> load<TResult>(string filename, DeviceType device_type = DeviceType.CPU, long device_index = -1) => throw Stub.Throw();

            public static ScriptModule<TResult> load<TResult>(string filename, Device map_location) => throw Stub.Throw();

            public static ScriptModule<T1, TResult> load<T1, TResult>(string filename, DeviceType device_type = DeviceType.CPU, long device_index = -1) => throw Stub.Throw();

            public static ScriptModule<T1, TResult> load<T1, TResult>(string filename, Device map_location) => throw Stub.Throw();

            public static ScriptModule<T1, T2, TResult> load<T1, T2, TResult>(string filename, DeviceType device_type = DeviceType.CPU, long device_index = -1) => throw Stub.Throw();

            public static ScriptModule<T1, T2, TResult> load<T1, T2, TResult>(string filename, Device map_location) => throw Stub.Throw();

            public static void save(ScriptModule module, string filename) => throw Stub.Throw();
        }
    }
}
