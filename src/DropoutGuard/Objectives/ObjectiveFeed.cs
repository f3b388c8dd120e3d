using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Objectives
{
    /// <summary>
    /// A call in the analysed block whose receiver (ordinal −1) or argument at <see cref="Ordinal"/> is a model whose
    /// outputs feed a preference objective: <c>policy.forward(ids)</c> or <c>SequenceLogProbs(policy, ids)</c>.
    /// Keyed by syntax, so it survives a walker that works on a lowered form of the same code.
    /// </summary>
    internal readonly struct ObjectiveFeed
    {
        public ObjectiveFeed(SyntaxNode call, int ordinal, string display, string role)
        {
            Call = call;
            Ordinal = ordinal;
            Display = display;
            Role = role;
        }

        public SyntaxNode Call { get; }

        /// <summary>−1 for the receiver of an instance call; else the parameter ordinal (0 is the receiver of an extension call).</summary>
        public int Ordinal { get; }

        /// <summary>"a DPO objective in PreferenceTrainer.Step(…)".</summary>
        public string Display { get; }

        /// <summary>"policy model" or "reference model": the model's position in the objective.</summary>
        public string Role { get; }
    }

    /// <summary>The feeds of one analysed block, looked up by call syntax.</summary>
    internal sealed class ObjectiveFeeds
    {
        public static readonly ObjectiveFeeds None = new ObjectiveFeeds(new Dictionary<SyntaxNode, List<ObjectiveFeed>>());

        private static readonly List<ObjectiveFeed> s_noFeeds = new List<ObjectiveFeed>();
        private readonly Dictionary<SyntaxNode, List<ObjectiveFeed>> _byCall;

        public ObjectiveFeeds(Dictionary<SyntaxNode, List<ObjectiveFeed>> byCall) => _byCall = byCall;

        public bool IsEmpty => _byCall.Count == 0;

        public IReadOnlyList<ObjectiveFeed> At(SyntaxNode call)
            => _byCall.Count != 0 && _byCall.TryGetValue(call, out var feeds) ? feeds : s_noFeeds;
    }
}
