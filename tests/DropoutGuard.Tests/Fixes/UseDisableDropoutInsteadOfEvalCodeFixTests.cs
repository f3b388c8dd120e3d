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
}
