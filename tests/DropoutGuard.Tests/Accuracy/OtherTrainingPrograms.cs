namespace DropoutGuard.Tests.Accuracy;

/// <summary>Code that is not DPO/SFT: pretraining, inference, classification, reward models, look-alike names.</summary>
public class OtherTrainingPrograms
{
    [Fact]
    public Task Pretraining_keeps_dropout_on()
        => Corpus.VerifyAsync("""
            namespace Acme.Pretraining
            {
                public sealed class Pretrainer
                {
                    public void Run(string corpusDirectory, int steps)
                    {
                        var model = new TinyLm(32000, 768, residDropout: 0.1);
                        var optimizer = torch.optim.AdamW(model.parameters(), lr: 3e-4);
                        var files = Directory.GetFiles(corpusDirectory, "*.bin");

                        for (var step = 0; step < steps; step++)
                        {
                            model.train();
                            optimizer.zero_grad();
                            var ids = torch.randint(0, 32000, new long[] { 16, 512 });
                            var logits = model.forward(ids);
                            var loss = nn.functional.cross_entropy(logits.view(-1, 32000), ids.view(-1));
                            loss.backward();
                            optimizer.step();

                            if (step % 500 == 0)
                            {
                                model.eval();
                                using var _ = torch.no_grad();
                                Console.WriteLine($"step {step}: {loss.item<float>()} ({files.Length} shards)");
                            }
                        }
                        model.save(Path.Combine(corpusDirectory, "model.dat"));
                    }
                }
            }
            """);

    [Fact]
    public Task Inference_service_loads_and_evaluates()
        => Corpus.VerifyAsync("""
            namespace Acme.Serving
            {
                public sealed class CompletionService : IDisposable
                {
                    private readonly TinyLm _model;
                    private readonly SemaphoreSlim _gate = new(1, 1);

                    public CompletionService(string checkpoint)
                    {
                        _model = new TinyLm(32000, 768);
                        _model.load_safetensors(checkpoint);
                        _model.eval();
                    }

                    public async Task<long[]> CompleteAsync(long[] prompt, int maxTokens, CancellationToken cancellationToken)
                    {
                        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                        try
                        {
                            using var _ = torch.no_grad();
                            var tokens = prompt.ToList();
                            for (var i = 0; i < maxTokens; i++)
                            {
                                var logits = _model.forward(torch.tensor(tokens.ToArray()).unsqueeze(0));
                                tokens.Add(logits[0, -1].argmax().item<long>());
                            }
                            return tokens.ToArray();
                        }
                        finally
                        {
                            _gate.Release();
                        }
                    }

                    public void Dispose()
                    {
                        _model.Dispose();
                        _gate.Dispose();
                    }
                }
            }
            """);

    [Fact]
    public Task Classification_fine_tuning_switches_between_eval_and_train()
        => Corpus.VerifyAsync("""
            namespace Acme.Classification
            {
                public sealed class SentimentFineTuner
                {
                    public double FineTune(string checkpoint, IReadOnlyList<(Tensor Ids, Tensor Label)> train, IReadOnlyList<(Tensor Ids, Tensor Label)> dev)
                    {
                        var backbone = new TinyLm(30522, 768);
                        backbone.load_py(checkpoint);
                        var classifier = nn.Sequential(nn.Linear(30522, 256), nn.ReLU(), nn.Dropout(0.2), nn.Linear(256, 2));
                        var parameters = backbone.parameters().Concat(classifier.parameters());
                        var optimizer = torch.optim.Adam(parameters, lr: 2e-5);

                        var best = 0.0;
                        for (var epoch = 0; epoch < 4; epoch++)
                        {
                            backbone.train();
                            classifier.train();
                            foreach (var (ids, label) in train)
                            {
                                optimizer.zero_grad();
                                var logits = classifier.forward(backbone.forward(ids).mean(new long[] { 1 }));
                                nn.functional.cross_entropy(logits, label).backward();
                                optimizer.step();
                            }

                            backbone.eval();
                            classifier.eval();
                            using (torch.no_grad())
                            {
                                var correct = dev.Count(d => classifier.forward(backbone.forward(d.Ids).mean(new long[] { 1 })).argmax(-1).eq(d.Label).all().item<bool>());
                                best = Math.Max(best, (double)correct / dev.Count);
                            }
                        }
                        return best;
                    }
                }
            }
            """);

    [Fact]
    public Task Reward_model_training_with_a_pairwise_loss()
        => Corpus.VerifyAsync("""
            namespace Acme.Rewards
            {
                public sealed class RewardModelTrainer
                {
                    private readonly ValueHead _rewardModel;
                    private readonly optim.Optimizer _optimizer;

                    public RewardModelTrainer(string checkpoint)
                    {
                        var backbone = new TinyLm(32000, 768);
                        backbone.load_py(checkpoint);
                        _rewardModel = new ValueHead(backbone, 32000);
                        _optimizer = torch.optim.AdamW(_rewardModel.parameters(), lr: 1e-5);
                    }

                    public float Step(PreferenceBatch batch)
                    {
                        _rewardModel.train();
                        _optimizer.zero_grad();
                        var chosenReward = _rewardModel.forward(batch.Chosen);
                        var rejectedReward = _rewardModel.forward(batch.Rejected);
                        var loss = -nn.functional.logsigmoid(chosenReward - rejectedReward).mean();
                        loss.backward();
                        _optimizer.step();
                        return loss.item<float>();
                    }

                    public void Fit(IEnumerable<PreferenceBatch> batches, int epochs)
                    {
                        for (var epoch = 0; epoch < epochs; epoch++)
                        {
                            var losses = batches.Select(Step).ToList();
                            Console.WriteLine($"epoch {epoch}: {losses.Average()}");
                        }
                    }
                }
            }
            """);

    [Fact]
    public Task Look_alike_names_Sftp_and_Adopt_are_not_training()
        => Corpus.VerifyAsync("""
            namespace Acme.Deployment
            {
                public sealed class SftpClient
                {
                    public SftpClient(string host) { }
                    public void Upload(string localPath, string remotePath) { }
                }

                public sealed class ModelAdopter
                {
                    private readonly SftpClient _sftp;

                    public ModelAdopter(SftpClient sftp) => _sftp = sftp;

                    public void AdoptCheckpoint(string checkpoint, string remote)
                    {
                        var model = new TinyLm(32000, 768);
                        model.load_py(checkpoint);
                        var optimizer = torch.optim.Adam(model.parameters(), lr: 1e-4);
                        for (var step = 0; step < 10; step++)
                        {
                            model.train();
                            optimizer.zero_grad();
                            var ids = torch.randint(0, 32000, new long[] { 4, 64 });
                            nn.functional.cross_entropy(model.forward(ids).view(-1, 32000), ids.view(-1)).backward();
                            optimizer.step();
                        }
                        var local = Path.ChangeExtension(checkpoint, ".adopted.pt");
                        model.save_py(local);
                        _sftp.Upload(local, remote);
                    }
                }
            }
            """);
}
