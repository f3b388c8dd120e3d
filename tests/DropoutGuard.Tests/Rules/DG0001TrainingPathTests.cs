using DropoutGuard.Tests.Infrastructure;
using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer>;

namespace DropoutGuard.Tests.Rules;

/// <summary>DG0001 section A.1 and A.4: what puts code on a DPO/SFT path by its names and configuration.</summary>
public class DG0001TrainingPathTests
{
    [Theory]
    [InlineData("class Runner { void TrainDpo() { var m = [|new Gpt(64)|]; } }")]
    [InlineData("class Runner { void train_sft() { var m = [|new Gpt(64)|]; } }")]
    [InlineData("class DPOTrainerJob { void Run() { var m = [|new Gpt(64)|]; } }")]
    [InlineData("class SFT_Llama_3_2_1B { void Run() { var m = [|new Gpt(64)|]; } }")]
    [InlineData("class Runner { void RunOrpo() { var m = [|new Gpt(64)|]; } }")]
    [InlineData("class Runner { void KtoStep() { var m = [|new Gpt(64)|]; } }")]
    [InlineData("class SimPOJob { void Run() { var m = [|new Gpt(64)|]; } }")]
    [InlineData("class RlhfLoop { void Run() { var m = [|new Gpt(64)|]; } }")]
    [InlineData("class Runner { void DirectPreferenceStep() { var m = [|new Gpt(64)|]; } }")]
    [InlineData("class PreferenceOptimizationJob { void Run() { var m = [|new Gpt(64)|]; } }")]
    [InlineData("class SupervisedFineTuning { void Run() { var m = [|new Gpt(64)|]; } }")]
    [InlineData("class CausalLMSupervisedFinetuningTrainer { void Run() { var m = [|new Gpt(64)|]; } }")]
    [InlineData("class Outer { class DpoStage { void Run() { var m = [|new Gpt(64)|]; } } }")]
    [InlineData("namespace Company.Dpo { class Runner { void Run() { var m = [|new Gpt(64)|]; } } }")]
    [InlineData("class Runner { void Run() { void PrepareSft() { var m = [|new Gpt(64)|]; } PrepareSft(); } }")]
    [InlineData("class Runner { Gpt DpoPolicy { get { var m = [|new Gpt(64)|]; return m; } } }")]
    public Task Training_words_in_names_put_code_on_a_path(string code)
        => Verify.VerifyAsync(TestModels.With(code));

    [Theory]
    [InlineData("class Runner { void FineTune() { var m = new Gpt(64); } }")]
    [InlineData("class Trainer { void Train() { var m = new Gpt(64); } }")]
    [InlineData("class Runner { void Adopt() { var m = new Gpt(64); } }")]
    [InlineData("class SftpClient { void Upload() { var m = new Gpt(64); } }")]
    [InlineData("class Runner { void Pretrain() { var m = new Gpt(64); } }")]
    [InlineData("class NasBertTrainer { void FineTuneClassifier() { var m = new Gpt(64); } }")]
    [InlineData("class Dpop { void Run() { var m = new Gpt(64); } }")]
    public Task Other_names_are_not_training_paths(string code)
        => Verify.VerifyAsync(TestModels.With(code));

    [Fact]
    public Task File_name_with_a_training_word_puts_the_file_on_a_path()
        => Verify.VerifyAsync(TestModels.With("class Runner { void Run() { var m = [|new Gpt(64)|]; } }"),
            new VerifierOptions { FilePath = "/src/DpoJob.cs" });

    [Fact]
    public Task File_name_without_a_training_word_does_not()
        => Verify.VerifyAsync(TestModels.With("class Runner { void Run() { var m = new Gpt(64); } }"),
            new VerifierOptions { FilePath = "/src/Adoption.cs" });

    [Fact]
    public Task Configured_training_words_replace_the_defaults()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { void AlignModel() { var m = [|new Gpt(64)|]; } void TrainDpo() { var m = new Gpt(64); } }"),
            new VerifierOptions { EditorConfig = "root = true\n[*.cs]\ndropout_guard.training_words = align\n" });

    [Fact]
    public Task Additional_training_words_add_to_the_defaults()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { void AlignModel() { var m = [|new Gpt(64)|]; } void TrainDpo() { var m = [|new Gpt(64)|]; } }"),
            new VerifierOptions { EditorConfig = "root = true\n[*.cs]\ndropout_guard.additional_training_words = align, reward model\n" });

    [Fact]
    public Task Training_path_true_forces_every_location_of_matching_files_on_a_path()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { void Run() { var m = [|new Gpt(64)|]; } }"),
            new VerifierOptions { EditorConfig = "root = true\n[/src/Test0.cs]\ndropout_guard.training_path = true\n" });

    [Fact]
    public Task Training_path_false_forces_files_off_a_path()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { void TrainDpo() { var m = new Gpt(64); var t = new DpoTrainer(m, m); } }"),
            new VerifierOptions { EditorConfig = "root = true\n[*.cs]\ndropout_guard.training_path = false\n" });

    [Fact]
    public Task Sections_apply_per_file()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { void Run() { var m = new Gpt(64); } }"),
            new VerifierOptions
            {
                EditorConfig = "root = true\n[/src/Training/*.cs]\ndropout_guard.training_path = true\n",
                AdditionalDocuments = { ("/src/Training/Job.cs", "class Job { void Run() { var m = [|new Gpt(1)|]; } }") },
            });
}
