namespace DropoutGuard.Helper
{
    /// <summary>Names of the generator's pipeline steps, for incremental-generation step tracking.</summary>
    internal static class HelperTrackingNames
    {
        public const string CompilationShape = "DropoutGuard.Helper.CompilationShape";
        public const string Switch = "DropoutGuard.Helper.Switch";
        public const string NullableDirective = "DropoutGuard.Helper.NullableDirective";

        /// <summary>The final shape handed to the emitter: Cached or Unchanged here means no re-emission.</summary>
        public const string Shape = "DropoutGuard.Helper.Shape";
    }
}
