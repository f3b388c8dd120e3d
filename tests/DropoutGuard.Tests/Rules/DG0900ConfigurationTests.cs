using DropoutGuard.Tests.Infrastructure;
using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.ConfigurationAnalyzer>;

namespace DropoutGuard.Tests.Rules;

/// <summary>DG0900: a dropout_guard.* value that cannot be used is reported once, without a location, and ignored.</summary>
public class DG0900ConfigurationTests
{
    private static VerifierOptions Config(string settings, params (string Id, string Message)[] unlocated)
        => new() { EditorConfig = "root = true\n[*.cs]\n" + settings + "\n", UnlocatedDiagnostics = unlocated.ToList() };

    [Fact]
    public Task A_training_path_that_is_not_a_boolean_is_reported_and_ignored()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { void TrainDpo() { var m = {|DG0001:new Gpt(64)|}; } void Run() { var m = new Gpt(64); } }"),
            Config("dropout_guard.training_path = maybe",
                ("DG0900", "'dropout_guard.training_path = maybe': expected true or false, so the setting is ignored")));

    [Fact]
    public Task An_invalid_disable_method_is_reported_and_the_valid_ones_still_work()
        => Verify.VerifyAsync(
            TestModels.With("class DpoRunner { void Run() { var a = new Gpt(64); a.Freeze(); var b = {|DG0001:new Gpt(64)|}; b.DisableDropout(); } }" +
                "static class Ext { public static void Freeze(this nn.Module m) { } }"),
            Config("dropout_guard.disable_methods = 1bad, Freeze",
                ("DG0900", "'dropout_guard.disable_methods = 1bad, Freeze': '1bad' is not a method name and is ignored")));

    [Fact]
    public Task Disable_methods_naming_no_method_keep_the_defaults()
        => Verify.VerifyAsync(
            TestModels.With("class DpoRunner { void Run() { var a = new Gpt(64); a.DisableDropout(); var b = {|DG0001:new Gpt(64)|}; } }"),
            Config("dropout_guard.disable_methods = 1bad",
                ("DG0900", "'dropout_guard.disable_methods = 1bad': it names no valid method, so the defaults are used")));

    [Fact]
    public Task Training_words_naming_no_word_are_reported_and_the_defaults_kept()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { void TrainDpo() { var m = {|DG0001:new Gpt(64)|}; } }"),
            Config("dropout_guard.training_words = ,,,",
                ("DG0900", "'dropout_guard.training_words = ,,,': it names no word, so the default training words are used")));

    [Fact]
    public Task A_training_word_without_a_letter_is_reported_and_the_others_used()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { void AlignModel() { var m = {|DG0001:new Gpt(64)|}; } }"),
            Config("dropout_guard.training_words = align, ---",
                ("DG0900", "'dropout_guard.training_words = align, ---': '---' contains no letter or digit and is ignored")));

    [Fact]
    public Task An_additional_training_word_without_a_letter_is_reported_under_its_own_key()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { void AlignModel() { var m = {|DG0001:new Gpt(64)|}; } }"),
            Config("dropout_guard.additional_training_words = align, ---",
                ("DG0900", "'dropout_guard.additional_training_words = align, ---': '---' contains no letter or digit and is ignored")));

    [Fact]
    public Task The_same_bad_value_in_many_files_is_reported_once()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { }"),
            new VerifierOptions
            {
                EditorConfig = "root = true\n[*.cs]\ndropout_guard.training_path = maybe\n",
                AdditionalDocuments = { ("/src/Other.cs", "class Other { }"), ("/src/Third.cs", "class Third { }") },
                UnlocatedDiagnostics = { ("DG0900", "'dropout_guard.training_path = maybe': expected true or false, so the setting is ignored") },
            });

    [Fact]
    public Task Distinct_bad_values_in_different_sections_are_each_reported()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { }"),
            new VerifierOptions
            {
                EditorConfig = "root = true\n[/src/Test0.cs]\ndropout_guard.training_path = maybe\n[/src/Other.cs]\ndropout_guard.training_path = yes\n",
                AdditionalDocuments = { ("/src/Other.cs", "class Other { }") },
                UnlocatedDiagnostics =
                {
                    ("DG0900", "'dropout_guard.training_path = maybe': expected true or false, so the setting is ignored"),
                    ("DG0900", "'dropout_guard.training_path = yes': expected true or false, so the setting is ignored"),
                },
            });

    [Theory]
    [InlineData("dropout_guard.training_path = true")]
    [InlineData("dropout_guard.training_path = False")]
    [InlineData("dropout_guard.training_words = dpo, align, reward model")]
    [InlineData("dropout_guard.additional_training_words = align")]
    [InlineData("dropout_guard.disable_methods = Freeze, disable_dropout")]
    [InlineData("dropout_guard.training_words = dpo, , sft")]
    public Task Valid_values_are_silent(string setting)
        => Verify.VerifyAsync(TestModels.With("class Runner { }"), Config(setting));

    [Fact]
    // The compiler skips an analyzer whose only rule is off in every file; raising the severity there has no effect (see the real-build SeverityConfigurationTests).
    public Task Turning_it_off_for_every_file_silences_it()
        => Verify.VerifyAsync(TestModels.With("class Runner { }"),
            Config("dropout_guard.training_path = maybe\ndotnet_diagnostic.DG0900.severity = none"));

    [Fact]
    public Task Severity_is_also_read_from_a_global_config()
        => Verify.VerifyAsync(TestModels.With("class Runner { }"), new VerifierOptions
        {
            EditorConfig = "root = true\n[*.cs]\ndropout_guard.training_path = maybe\n",
            GlobalOptions = { ["dotnet_diagnostic.DG0900.severity"] = "none" },
        });

    [Fact]
    public Task Without_TorchSharp_nothing_is_reported()
        => Verify.VerifyAsync("class Runner { }",
            new VerifierOptions { TorchSharp = TorchSharpFlavor.None, EditorConfig = "root = true\n[*.cs]\ndropout_guard.training_path = maybe\n" });
}
