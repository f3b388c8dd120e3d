using Microsoft.CodeAnalysis;

namespace DropoutGuard.Objectives
{
    /// <summary>One model call reached by tracing a term of an objective back through tensor operations.</summary>
    internal sealed class ModelUse
    {
        public ModelUse(ObjectiveFeed? feed, string modelKey, string answerKey, string names, bool logProbabilities, bool transformed, bool detached, int order)
        {
            Feed = feed;
            ModelKey = modelKey;
            AnswerKey = answerKey;
            Names = names;
            LogProbabilities = logProbabilities;
            Transformed = transformed;
            Detached = detached;
            Order = order;
        }

        /// <summary>Where the analysed block hands the model over (role and display filled in later); null when it cannot be named.</summary>
        public ObjectiveFeed? Feed { get; }

        /// <summary>Which model: the local, parameter or member that holds it, or the expression's text.</summary>
        public string ModelKey { get; }

        /// <summary>Which answer: the model's input as written in the analysed block, and any slice taken of the output.</summary>
        public string AnswerKey { get; }

        /// <summary>The names met on the way (locals, answer text), whose words may say chosen or rejected.</summary>
        public string Names { get; }

        /// <summary>log_softmax or gather lies between the model call and the objective.</summary>
        public bool LogProbabilities { get; }

        /// <summary>A non-linear function (exp, log1p…) was applied after the log-probabilities: the odds of ORPO.</summary>
        public bool Transformed { get; }

        /// <summary>Computed under no_grad()/inference_mode() or detached: a frozen reference.</summary>
        public bool Detached { get; }

        /// <summary>Position of the term in the objective, left to right.</summary>
        public int Order { get; }
    }
}
