using DropoutGuard.CodeFixes;
using DropoutGuard.Rules;
using static DropoutGuard.Tests.Fixes.FixTestCode;
using Verify = DropoutGuard.Tests.Infrastructure.CodeFixVerifier<
    DropoutGuard.Rules.TrainReenablesDropoutAnalyzer,
    DropoutGuard.CodeFixes.UseDisableDropoutInsteadOfEvalCodeFixProvider>;

namespace DropoutGuard.Tests.Fixes;

public class UseDisableDropoutInsteadOfEvalCodeFixTests
{
    [Fact]
    public Task Policy_eval_is_replaced()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(Gpt reference)
                {
                    var policy = new Gpt(64);
                    policy.eval(); // before the first step
                    var trainer = new DpoTrainer(policy, reference);
                    [|policy.train()|];
                    trainer.Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(Gpt reference)
                {
                    var policy = new Gpt(64);
                    policy.DisableDropout(); // before the first step
                    var trainer = new DpoTrainer(policy, reference);
                    policy.train();
                    trainer.Train();
                }
            }
            """));

    [Fact]
    public Task Train_false_is_replaced()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(Gpt reference)
                {
                    var policy = new Gpt(64);
                    policy.train(false);
                    var trainer = new DpoTrainer(policy, reference);
                    [|policy.train(true)|];
                    trainer.Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(Gpt reference)
                {
                    var policy = new Gpt(64);
                    policy.DisableDropout();
                    var trainer = new DpoTrainer(policy, reference);
                    policy.train(true);
                    trainer.Train();
                }
            }
            """));

    [Fact]
    public Task Reference_keeps_eval_and_gets_the_call_after_it()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(Gpt policy)
                {
                    var reference = new Gpt(64);
                    reference.eval();
                    var trainer = new DpoTrainer(policy, reference);
                    [|reference.train()|];
                    trainer.Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(Gpt policy)
                {
                    var reference = new Gpt(64);
                    reference.eval();
                    reference.DisableDropout();
                    var trainer = new DpoTrainer(policy, reference);
                    reference.train();
                    trainer.Train();
                }
            }
            """));

    [Fact]
    public Task Train_in_a_loop()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(Gpt reference, int steps)
                {
                    var policy = new Gpt(64);
                    var trainer = new DpoTrainer(policy, reference);
                    for (var step = 0; step < steps; step++)
                    {
                        [|policy.train()|];
                        trainer.Train();
                        policy.eval();
                        Console.WriteLine(step);
                    }
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(Gpt reference, int steps)
                {
                    var policy = new Gpt(64);
                    var trainer = new DpoTrainer(policy, reference);
                    for (var step = 0; step < steps; step++)
                    {
                        policy.train();
                        trainer.Train();
                        policy.DisableDropout();
                        Console.WriteLine(step);
                    }
                }
            }
            """));

    [Fact]
    public Task Two_train_calls_after_one_eval_get_one_call()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(Gpt policy)
                {
                    var reference = new Gpt(64);
                    reference.eval();
                    var trainer = new DpoTrainer(policy, reference);
                    [|reference.train()|];
                    trainer.Train();
                    [|reference.train()|];
                    trainer.Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(Gpt policy)
                {
                    var reference = new Gpt(64);
                    reference.eval();
                    reference.DisableDropout();
                    var trainer = new DpoTrainer(policy, reference);
                    reference.train();
                    trainer.Train();
                    reference.train();
                    trainer.Train();
                }
            }
            """));

    [Fact]
    public Task Policy_and_reference_in_one_method()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(int steps)
                {
                    var policy = new Gpt(64);
                    var reference = new Gpt(64);
                    policy.eval();
                    reference.eval();
                    var trainer = new DpoTrainer(policy, reference);
                    for (var step = 0; step < steps; step++)
                    {
                        [|policy.train()|];
                        [|reference.train()|];
                        trainer.Train();
                    }
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(int steps)
                {
                    var policy = new Gpt(64);
                    var reference = new Gpt(64);
                    policy.DisableDropout();
                    reference.eval();
                    reference.DisableDropout();
                    var trainer = new DpoTrainer(policy, reference);
                    for (var step = 0; step < steps; step++)
                    {
                        policy.train();
                        reference.train();
                        trainer.Train();
                    }
                }
            }
            """));

    [Fact]
    public Task Helper_of_the_containing_type_replaces_eval()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(Gpt reference)
                {
                    var policy = new Gpt(64);
                    policy.eval();
                    var trainer = new DpoTrainer(policy, reference);
                    [|policy.train()|];
                    trainer.Train();
                }

                private static void disable_dropout(nn.Module model) { }
            }
            """), After("""
            class DpoRunner
            {
                void Run(Gpt reference)
                {
                    var policy = new Gpt(64);
                    disable_dropout(policy);
                    var trainer = new DpoTrainer(policy, reference);
                    policy.train();
                    trainer.Train();
                }

                private static void disable_dropout(nn.Module model) { }
            }
            """));

    [Fact]
    public async Task Title_and_equivalence_key()
    {
        var actions = await OfferedFixes<TrainReenablesDropoutAnalyzer, UseDisableDropoutInsteadOfEvalCodeFixProvider>.GetAsync(Before("""
            class DpoRunner
            {
                void Run(Gpt reference)
                {
                    var policy = new Gpt(64);
                    policy.eval();
                    new DpoTrainer(policy, reference).Train();
                    policy.train();
                }
            }
            """));

        var action = Assert.Single(actions);
        Assert.Equal("Disable dropout with DisableDropout() instead of eval()", action.Title);
        Assert.Equal(UseDisableDropoutInsteadOfEvalCodeFixProvider.EquivalenceKey, action.EquivalenceKey);
    }
}
