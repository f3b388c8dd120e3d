namespace DropoutGuard.Benchmarks.Corpus
{
    /// <summary>The using directives every generated file starts with, as TorchSharp code usually does.</summary>
    internal static class Usings
    {
        public static void Write(CodeWriter writer, bool pyBridge = false, bool linq = false, bool tasks = false)
        {
            writer.Line("using System;");
            writer.Line("using System.Collections.Generic;");
            if (linq)
                writer.Line("using System.Linq;");
            if (tasks)
                writer.Line("using System.Threading.Tasks;");
            writer.Line("using Corpus.Shared;");
            writer.Line("using TorchSharp;");
            writer.Line("using TorchSharp.Modules;");
            if (pyBridge)
                writer.Line("using TorchSharp.PyBridge;");
            writer.Line("using static TorchSharp.torch;");
            writer.Line();
        }
    }
}
