using System.Collections.Generic;

namespace DropoutGuard.Objectives
{
    /// <summary>
    /// An objective's argument read as a signed sum of terms (β, lengths and margins only scale or shift it): the
    /// log-probability terms with their signs, plus what else it holds.
    /// </summary>
    internal sealed class LinearForm
    {
        /// <summary>Log-probability terms of models, each with the sign it enters the sum with.</summary>
        public List<(ModelUse Use, int Sign)> Terms { get; } = new List<(ModelUse, int)>();

        /// <summary>Tensor terms not computed from a model here: log-probabilities of a reference computed beforehand.</summary>
        public int OtherTensorTerms { get; set; }

        /// <summary>Log-probabilities entering through a non-linear function (ORPO's log-odds), or multiplied together.</summary>
        public bool HasTransformedTerms { get; set; }
    }
}
