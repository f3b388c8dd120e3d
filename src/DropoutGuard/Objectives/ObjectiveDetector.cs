using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DropoutGuard.Flow;
using DropoutGuard.Options;
using DropoutGuard.Rules;
using Microsoft.CodeAnalysis;

namespace DropoutGuard.Objectives
{
    /// <summary>
    /// Recognises DPO, IPO, SimPO and ORPO objectives by what a block computes, and names the calls that hand it the
    /// models whose log-probabilities feed them, with each model's role. Never throws: code it cannot read is no objective.
    /// </summary>
    internal static class ObjectiveDetector
    {
        public static ObjectiveFeeds Find(FlowServices services, DropoutGuardOptions options, ImmutableArray<IOperation> blocks, ISymbol owningSymbol)
        {
            if (!options.DetectObjectives || blocks.IsDefaultOrEmpty || !blocks.Any(block => ObjectiveGate.MayComputeObjective(block.Syntax)))
                return ObjectiveFeeds.None;
            return Detect(services, blocks, owningSymbol);
        }

        private static ObjectiveFeeds Detect(FlowServices services, ImmutableArray<IOperation> blocks, ISymbol owningSymbol)
        {
            var tracer = new LogProbTracer(services);
            var linearizer = new Linearizer(services, tracer);
            var top = TraceContext.Top(blocks);
            var byCall = new Dictionary<SyntaxNode, List<ObjectiveFeed>>();
            foreach (var block in blocks)
            {
                foreach (var root in ObjectiveRoots.Find(block, services.Types))
                {
                    var form = linearizer.Read(root.Argument, top);
                    if (Classify(form, root.Squared) is { } kind)
                        AddFeeds(form, kind, Where(owningSymbol), byCall);
                }
            }
            return byCall.Count == 0 ? ObjectiveFeeds.None : new ObjectiveFeeds(byCall);
        }

        /// <summary>The fingerprint: two models each contributing chosen minus rejected with opposite signs, or one model alone.</summary>
        private static ObjectiveKind? Classify(LinearForm form, bool squared)
        {
            var models = Models(form);
            if (models.Count == 0 || models.Count > 2 || models.Any(model => !IsPreferenceDifference(model)))
                return null;
            if (models.Count == 2)
                return AnswersAlign(models[0], models[1]) ? (squared ? ObjectiveKind.Ipo : ObjectiveKind.Dpo) : null;
            // One model: its reference log-probabilities were computed beforehand (other tensors in the difference), or
            // there is no reference at all (SimPO; ORPO when the log-probabilities enter as odds).
            if (form.OtherTensorTerms > 0)
                return squared ? ObjectiveKind.Ipo : ObjectiveKind.Dpo;
            if (squared)
                return null;
            return form.HasTransformedTerms ? ObjectiveKind.Orpo : ObjectiveKind.SimPo;
        }

        /// <summary>Per model, per answer: the net sign each answer's log-probabilities enter with.</summary>
        private static List<ModelTerms> Models(LinearForm form)
        {
            var models = new List<ModelTerms>();
            foreach (var (use, sign) in form.Terms)
            {
                var model = models.FirstOrDefault(candidate => candidate.Key == use.ModelKey);
                if (model is null)
                    models.Add(model = new ModelTerms(use.ModelKey));
                model.Add(use, sign);
            }
            foreach (var model in models)
                model.Answers.RemoveAll(answer => answer.Sign == 0);
            models.RemoveAll(model => model.Answers.Count == 0);
            return models;
        }

        /// <summary>Exactly two answers, one entering positively and one negatively: chosen minus rejected.</summary>
        private static bool IsPreferenceDifference(ModelTerms model)
            => model.Answers.Count == 2 && Math.Sign(model.Answers[0].Sign) == -Math.Sign(model.Answers[1].Sign);

        /// <summary>When both models read the same two answers, the policy's chosen must enter with the reference's rejected sign.</summary>
        private static bool AnswersAlign(ModelTerms first, ModelTerms second)
        {
            var firstPositive = first.Positive.Key;
            var secondNegative = second.Negative.Key;
            var sameAnswers = first.Answers.All(answer => second.Answers.Any(other => other.Key == answer.Key));
            return !sameAnswers || firstPositive == secondNegative;
        }

        private static void AddFeeds(LinearForm form, ObjectiveKind kind, string where, Dictionary<SyntaxNode, List<ObjectiveFeed>> byCall)
        {
            var models = Models(form);
            var display = ObjectiveNames.WithArticle(kind) + " in " + where;
            var policy = models.Count == 1 ? models[0] : Policy(models[0], models[1]);
            foreach (var model in models)
            {
                var role = model == policy ? "policy model" : "reference model";
                foreach (var use in model.Answers.SelectMany(answer => answer.Uses))
                {
                    if (use.Feed is not { } site)
                        continue;
                    if (!byCall.TryGetValue(site.Call, out var feeds))
                        byCall[site.Call] = feeds = new List<ObjectiveFeed>();
                    if (!feeds.Any(feed => feed.Ordinal == site.Ordinal && feed.Display == display))
                        feeds.Add(new ObjectiveFeed(site.Call, site.Ordinal, display, role));
                }
            }
        }

        /// <summary>
        /// The policy is the model whose chosen answer enters positively. Which answer is chosen comes from names (chosen,
        /// rejected…); else the frozen model (no_grad, detach) is the reference; else model names decide; else the model of
        /// the first positive term, as in both usual arrangements (πc − πr) − (ρc − ρr) and (πc − ρc) − (πr − ρr).
        /// </summary>
        private static ModelTerms Policy(ModelTerms a, ModelTerms b)
        {
            if (AnswerWords.SaysChosen(a.Positive.Names) || AnswerWords.SaysRejected(a.Negative.Names))
                return a;
            if (AnswerWords.SaysRejected(a.Positive.Names) || AnswerWords.SaysChosen(a.Negative.Names))
                return b;
            if (a.IsFrozen != b.IsFrozen)
                return a.IsFrozen ? b : a;
            var roleOfA = ModelRoles.Describe(a.Name);
            var roleOfB = ModelRoles.Describe(b.Name);
            if (roleOfA == "reference model" || roleOfB == "policy model")
                return b;
            if (roleOfB == "reference model" || roleOfA == "policy model")
                return a;
            return a.Positive.Order <= b.Positive.Order ? a : b;
        }

        /// <summary>"PreferenceTrainer.Step(…)": where the objective is computed, as messages name it.</summary>
        private static string Where(ISymbol symbol)
        {
            var type = symbol.ContainingType?.Name;
            var name = symbol switch
            {
                IMethodSymbol { MethodKind: MethodKind.Constructor } => type + "(…)",
                IMethodSymbol { AssociatedSymbol: { } property } => property.Name,
                IMethodSymbol method => method.Name + "(…)",
                _ => symbol.Name,
            };
            return type is null || symbol is IMethodSymbol { MethodKind: MethodKind.Constructor } ? name : type + "." + name;
        }

        private sealed class ModelTerms
        {
            public ModelTerms(string key) => Key = key;

            public string Key { get; }

            /// <summary>The name the model goes by ("policy" of "member policy").</summary>
            public string Name => Key.Substring(Key.IndexOf(' ') + 1);

            public List<AnswerTerms> Answers { get; } = new List<AnswerTerms>();

            public AnswerTerms Positive => Answers.First(answer => answer.Sign > 0);

            public AnswerTerms Negative => Answers.First(answer => answer.Sign < 0);

            public bool IsFrozen => Answers.All(answer => answer.Uses.All(use => use.Detached));

            public void Add(ModelUse use, int sign)
            {
                var answer = Answers.FirstOrDefault(candidate => candidate.Key == use.AnswerKey);
                if (answer is null)
                    Answers.Add(answer = new AnswerTerms(use.AnswerKey));
                answer.Sign += sign;
                answer.Uses.Add(use);
            }
        }

        private sealed class AnswerTerms
        {
            public AnswerTerms(string key) => Key = key;

            public string Key { get; }

            public int Sign { get; set; }

            public List<ModelUse> Uses { get; } = new List<ModelUse>();

            public string Names => string.Join(" ", Uses.Select(use => use.Names));

            public int Order => Uses.Min(use => use.Order);
        }
    }
}
