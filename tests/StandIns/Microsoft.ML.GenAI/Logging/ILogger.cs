#nullable enable
// Minimal stand-in for Microsoft.Extensions.Logging, enough for the trainer's constructor.
namespace Microsoft.Extensions.Logging
{
    public interface ILogger
    {
    }

    public interface ILogger<out TCategoryName> : ILogger
    {
    }
}
