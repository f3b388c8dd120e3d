namespace DropoutGuard.Tests.Accuracy;

/// <summary>Models loaded asynchronously: awaited factories, ConfigureAwait, Task.Run, tuples.</summary>
public class AsyncLoadingPrograms
{
    private const string Store = """

        namespace Acme.Models
        {
            public sealed class CheckpointStore
            {
                private readonly string _root;

                public CheckpointStore(string root) => _root = root;

                public async Task<TinyLm> LoadAsync(string name, CancellationToken cancellationToken = default)
                {
                    var model = new TinyLm(32000, 512);
                    var path = Path.Combine(_root, name, "model.safetensors");
                    await Task.Run(() => model.load_safetensors(path), cancellationToken).ConfigureAwait(false);
                    return model;
                }

                public static TinyLm LoadBlocking(string path)
                {
                    var model = new TinyLm(32000, 512);
                    model.load_py(path);
                    return model;
                }

                public static async Task<(TinyLm Policy, TinyLm Reference)> LoadPairAsync(string policyPath, string referencePath)
                {
                    var policy = await Task.Run(() => LoadBlocking(policyPath)).ConfigureAwait(false);
                    var reference = await Task.Run(() => LoadBlocking(referencePath)).ConfigureAwait(false);
                    return (policy, reference);
                }
            }
        }
        """;

    [Fact]
    public Task Both_models_awaited_and_disabled()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                using Acme.Models;

                public sealed class AlignmentJob
                {
                    private readonly CheckpointStore _store;

                    public AlignmentJob(CheckpointStore store) => _store = store;

                    public async Task RunAsync(IReadOnlyList<PreferenceBatch> batches, CancellationToken cancellationToken)
                    {
                        var policy = await _store.LoadAsync("sft-7b", cancellationToken).ConfigureAwait(false);
                        var reference = await _store.LoadAsync("sft-7b", cancellationToken).ConfigureAwait(false);
                        policy.DisableDropout();
                        reference.DisableDropout();
                        reference.eval();

                        var trainer = new DpoTrainer(policy, reference, beta: 0.1);
                        for (var epoch = 0; epoch < 3; epoch++)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            policy.train();
                            trainer.Train(batches);
                            Console.WriteLine($"epoch {epoch} done");
                        }
                    }
                }
            }
            """ + Store);

    [Fact]
    public Task Only_the_policy_is_disabled_after_awaiting()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                using Acme.Models;

                public sealed class AlignmentJob
                {
                    private readonly CheckpointStore _store;

                    public AlignmentJob(CheckpointStore store) => _store = store;

                    public async Task<int> RunAsync(TrainingOptions options, IReadOnlyList<PreferenceBatch> batches)
                    {
                        var policy = await _store.LoadAsync(options.PolicyPath).ConfigureAwait(false);
                        policy.DisableDropout();
                        var reference = [|await _store.LoadAsync(options.ReferencePath).ConfigureAwait(false)|];

                        var trainer = new DpoTrainer(policy, reference, options.Beta);
                        var steps = 0;
                        foreach (var chunk in batches.Chunk(16))
                        {
                            trainer.Train(chunk);
                            steps++;
                        }
                        return steps;
                    }
                }
            }
            """ + Store);

    [Fact]
    public Task Deconstructed_tuple_from_an_async_loader_disabled_element_by_element()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                using Acme.Models;

                public static class Program
                {
                    public static async Task Main(string[] args)
                    {
                        var (policy, reference) = await CheckpointStore.LoadPairAsync(args[0], args[1]).ConfigureAwait(false);
                        policy.DisableDropout();
                        reference.DisableDropout();
                        reference.eval();

                        var batches = Enumerable.Range(0, 8)
                            .Select(_ => new PreferenceBatch(torch.randint(0, 32000, new long[] { 4, 128 }), torch.randint(0, 32000, new long[] { 4, 128 })))
                            .ToList();

                        var trainer = new KtoTrainer(policy, reference);
                        trainer.Train(batches);
                        Console.WriteLine("done");
                    }
                }
            }
            """ + Store);

    [Fact]
    public Task Task_Run_loading_where_the_reference_is_forgotten()
        => Corpus.VerifyAsync("""
            namespace Acme.Alignment
            {
                using Acme.Models;

                public sealed class PreferenceJob
                {
                    public async Task RunAsync(TrainingOptions options, IReadOnlyList<PreferenceBatch> batches)
                    {
                        var policyTask = Task.Run(() => CheckpointStore.LoadBlocking(options.PolicyPath));
                        var referenceTask = Task.Run(() => [|CheckpointStore.LoadBlocking(options.ReferencePath)|]);

                        var policy = await policyTask.ConfigureAwait(false);
                        var reference = await referenceTask.ConfigureAwait(false);
                        policy.DisableDropout();

                        Console.WriteLine($"loaded {options.PolicyPath} and {options.ReferencePath}");
                        var trainer = new DpoTrainer(policy, reference, options.Beta);
                        for (var epoch = 0; epoch < options.Epochs; epoch++)
                        {
                            policy.train();
                            trainer.Train(batches);
                        }
                    }
                }
            }
            """ + Store);
}
