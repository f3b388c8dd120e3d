using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;

namespace DropoutGuard.Tests.Rules.Idioms;

/// <summary>DG0001 through awaits: ConfigureAwait, Task.Run, and async factories that await with ConfigureAwait inside.</summary>
public class DG0001AsyncTests
{
    private const string Factories = """
        static class Loading
        {
            public static Task<Gpt> LoadAsync(string path) => Task.FromResult(new Gpt(64));
            public static Gpt Load(string path) => new Gpt(64);
            public static async Task<Gpt> LoadInsideAsync(string path)
            {
                var model = await LoadAsync(path).ConfigureAwait(false);
                return model;
            }
        }
        """;

    private static Task InRunner(string body)
        => Verify.VerifyAsync(TestModels.With("class Runner { async Task Run(string path) { " + body + " } }" + Factories));

    [Theory]
    [InlineData("false")]
    [InlineData("true")]
    public Task ConfigureAwait_keeps_the_awaited_model(string continueOnCapturedContext)
        => InRunner($"var policy = [|await Loading.LoadAsync(path).ConfigureAwait({continueOnCapturedContext})|]; var reference = [|await Loading.LoadAsync(path)|]; new DpoTrainer(policy, reference).Train();");

    [Fact]
    public Task ConfigureAwait_keeps_the_disabling_too()
        => InRunner("var policy = await Loading.LoadAsync(path).ConfigureAwait(false); policy.DisableDropout(); new DpoTrainer(policy, policy).Train();");

    [Fact]
    public Task Task_Run_of_a_loader_is_followed()
        => InRunner("var policy = await Task.Run(() => [|Loading.Load(path)|]); new DpoTrainer(policy, policy).Train();");

    [Fact]
    public Task Task_Run_of_a_loader_then_disabled_is_silent()
        => InRunner("var policy = await Task.Run(() => Loading.Load(path)).ConfigureAwait(false); policy.DisableDropout(); new DpoTrainer(policy, policy).Train();");

    [Fact]
    public Task An_async_source_factory_awaiting_with_ConfigureAwait_returns_its_model()
        => InRunner("var policy = [|await Loading.LoadInsideAsync(path)|]; new DpoTrainer(policy, policy).Train();");

    [Fact]
    public Task An_async_source_factory_result_disabled_by_the_caller_is_silent()
        => InRunner("var policy = await Loading.LoadInsideAsync(path).ConfigureAwait(false); policy.DisableDropout(); new DpoTrainer(policy, policy).Train();");
}
