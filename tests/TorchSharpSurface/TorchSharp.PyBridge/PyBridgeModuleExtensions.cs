#nullable enable
using System.Collections.Generic;
using System.IO;
using static TorchSharp.torch.nn;

namespace TorchSharp.PyBridge
{
    /// <summary>
    /// Loading and saving of PyTorch-format weights. Every method returns the non-generic Module
    /// (not the receiver's type), and none calls eval().
    /// </summary>
    public static class PyBridgeModuleExtensions
    {
        public static Module save_py(this Module module, string location, IList<string>? skip = null) => throw PyBridgeStub.Throw();

        public static Module save_py(this Module module, Stream stream, IList<string>? skip = null, bool leaveOpen = false) => throw PyBridgeStub.Throw();

        public static Module load_py(this Module module, string location, bool strict = true, IList<string>? skip = null, Dictionary<string, bool>? loadedParameters = null) => throw PyBridgeStub.Throw();

        public static Module load_py(this Module module, Stream stream, bool strict = true, IList<string>? skip = null, Dictionary<string, bool>? loadedParameters = null, bool leaveOpen = false) => throw PyBridgeStub.Throw();

        public static Module save_safetensors(this Module module, string location, IList<string>? skip = null) => throw PyBridgeStub.Throw();

        public static Module save_safetensors(this Module module, Stream stream, IList<string>? skip = null, bool leaveOpen = false) => throw PyBridgeStub.Throw();

        public static Module load_safetensors(this Module module, string location, bool strict = true, IList<string>? skip = null, Dictionary<string, bool>? loadedParameters = null) => throw PyBridgeStub.Throw();

        public static Module load_safetensors(this Module module, Stream stream, bool strict = true, IList<string>? skip = null, Dictionary<string, bool>? loadedParameters = null, bool leaveOpen = false) => throw PyBridgeStub.Throw();

        public static Module load_checkpoint(this Module module, string path, string? checkpointName = null, bool strict = true, IList<string>? skip = null, Dictionary<string, bool>? loadedParameters = null, bool useTqdm = true) => throw PyBridgeStub.Throw();
    }
}
