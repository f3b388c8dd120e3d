using DropoutGuard.Tests.Infrastructure;
using Verify = DropoutGuard.Tests.Infrastructure.AnalyzerVerifier<DropoutGuard.Rules.ConfigurationAnalyzer>;

namespace DropoutGuard.Tests.Rules;

/// <summary>
/// DG0900: a dropout_guard.* value that cannot be (fully) used, or a dropout_guard.* key that is not a setting, is
/// reported once per key and value, without a location, summarising every bad entry.
/// </summary>
public class DG0900ConfigurationTests
{
    private static VerifierOptions Config(string settings, params (string Id, string Message)[] unlocated)
        => new() { EditorConfig = "root = true\n[*.cs]\n" + settings + "\n", UnlocatedDiagnostics = unlocated.ToList() };

    [Fact]
    public Task A_training_path_that_is_not_a_boolean_is_reported_and_ignored()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { void TrainDpo() { var m = {|DG0001:new Gpt(64)|}; } void Run() { var m = new Gpt(64); } }"),
            Config("dropout_guard.training_path = maybe",
                ("DG0900", "'dropout_guard.training_path = maybe': expected true or false; the setting is ignored")));

    [Fact]
    public Task An_invalid_disable_method_is_reported_and_the_valid_ones_still_work()
        => Verify.VerifyAsync(
            TestModels.With("class DpoRunner { void Run() { var a = new Gpt(64); a.Freeze(); var b = {|DG0001:new Gpt(64)|}; b.DisableDropout(); } }" +
                "static class Ext { public static void Freeze(this nn.Module m) { } }"),
            Config("dropout_guard.disable_methods = 1bad, Freeze",
                ("DG0900", "'dropout_guard.disable_methods = 1bad, Freeze': '1bad' is not a C# identifier and is ignored")));

    [Fact]
    public Task Disable_methods_naming_no_method_keep_the_defaults()
        => Verify.VerifyAsync(
            TestModels.With("class DpoRunner { void Run() { var a = new Gpt(64); a.DisableDropout(); var b = {|DG0001:new Gpt(64)|}; } }"),
            Config("dropout_guard.disable_methods = 1bad",
                ("DG0900", "'dropout_guard.disable_methods = 1bad': no entry is a C# identifier: '1bad'; the whole list falls back to the defaults DisableDropout, disable_dropout")));

    [Fact]
    public Task Training_words_naming_no_word_are_reported_and_the_defaults_kept()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { void TrainDpo() { var m = {|DG0001:new Gpt(64)|}; } }"),
            Config("dropout_guard.training_words = ,,,",
                ("DG0900", "'dropout_guard.training_words = ,,,': it names no word; the whole list falls back to the default training words")));

    [Fact]
    public Task A_training_word_without_a_letter_is_reported_and_the_others_used()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { void AlignModel() { var m = {|DG0001:new Gpt(64)|}; } }"),
            Config("dropout_guard.training_words = align, ---",
                ("DG0900", "'dropout_guard.training_words = align, ---': '---' has no letter or digit and is ignored")));

    [Fact]
    public Task An_additional_training_word_without_a_letter_is_reported_under_its_own_key()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { void AlignModel() { var m = {|DG0001:new Gpt(64)|}; } }"),
            Config("dropout_guard.additional_training_words = align, ---",
                ("DG0900", "'dropout_guard.additional_training_words = align, ---': '---' has no letter or digit and is ignored")));

    [Fact]
    public Task The_same_bad_value_in_many_files_is_reported_once()
        => Verify.VerifyAsync(
            TestModels.With("class Runner { }"),
            new VerifierOptions
            {
                EditorConfig = "root = true\n[*.cs]\ndropout_guard.training_path = maybe\n",
                AdditionalDocuments = { ("/src/Other.cs", "class Other { }"), ("/src/Third.cs", "class Third { }") },
                UnlocatedDiagnostics = { ("DG0900", "'dropout_guard.training_path = maybe': expected true or false; the setting is ignored") },
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
                    ("DG0900", "'dropout_guard.training_path = maybe': expected true or false; the setting is ignored"),
                    ("DG0900", "'dropout_guard.training_path = yes': expected true or false; the setting is ignored"),
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

    [Fact]
    public Task Thousands_of_bad_entries_give_one_diagnostic_that_counts_them_and_quotes_the_value_shortened()
    {
        var value = "Freeze, " + string.Join(", ", Enumerable.Range(0, 3000).Select(i => i + "bad"));
        return Verify.VerifyAsync(TestModels.With("class Runner { }"), Config("dropout_guard.disable_methods = " + value,
            ("DG0900", "'dropout_guard.disable_methods = " + value.Substring(0, 79) + "…': 3,000 entries are not C# identifiers and are ignored: '0bad', '1bad', '2bad', …")));
    }

    [Fact]
    public Task A_long_bad_item_is_shortened_in_the_list_of_offending_items()
    {
        var item = new string('-', 50);
        return Verify.VerifyAsync(TestModels.With("class Runner { }"), Config("dropout_guard.training_words = dpo, " + item,
            ("DG0900", "'dropout_guard.training_words = dpo, " + item + "': '" + new string('-', 31) + "…' has no letter or digit and is ignored")));
    }

    [Theory]
    [InlineData("dropout_guard.training_words = \U0001D49F\U0001D4AB\U0001D4AA")]
    [InlineData("dropout_guard.additional_training_words = \U00010437\U0001043F")]
    [InlineData("dropout_guard.training_words = dpo, \U0001D7D9")]
    public Task Letters_and_digits_outside_the_basic_multilingual_plane_count(string setting)
        => Verify.VerifyAsync(TestModels.With("class Runner { }"), Config(System.Text.RegularExpressions.Regex.Unescape(setting)));

    [Fact]
    public Task A_word_of_letters_outside_the_basic_multilingual_plane_puts_a_file_on_a_path()
    {
        // C# identifiers cannot hold such letters, file names can.
        var options = Config("dropout_guard.training_words = \U0001D49F\U0001D4AB");
        options.FilePath = "/src/\U0001D49F\U0001D4AB_Run.cs";
        return Verify.VerifyAsync(TestModels.With("class Runner { void Run() { var m = {|DG0001:new Gpt(64)|}; } }"), options);
    }

    [Theory]
    [InlineData("dropout_guard.training_words")]
    [InlineData("dropout_guard.additional_training_words")]
    [InlineData("dropout_guard.training_path")]
    [InlineData("dropout_guard.disable_methods")]
    public Task An_empty_value_counts_as_not_set_for_every_key(string key)
        => Verify.VerifyAsync(
            TestModels.With("class Runner { void TrainDpo() { var a = new Gpt(64); a.DisableDropout(); var m = {|DG0001:new Gpt(64)|}; } void Run() { var m = new Gpt(64); } }"),
            Config(key + " =", ("DG0900", "'" + key + " = ': the value is empty, so it counts as not set and the default applies")));

    [Theory]
    [InlineData("dropout_guard.training_words")]
    [InlineData("dropout_guard.training_path")]
    [InlineData("dropout_guard.disable_methods")]
    public Task Unset_counts_as_not_set_silently(string key)
        => Verify.VerifyAsync(
            TestModels.With("class Runner { void TrainDpo() { var a = new Gpt(64); a.DisableDropout(); var m = {|DG0001:new Gpt(64)|}; } }"),
            Config(key + " = unset"));

    [Fact]
    public Task Additional_words_that_all_fall_back_say_so()
        => Verify.VerifyAsync(TestModels.With("class Runner { }"), Config("dropout_guard.additional_training_words = ---, +++",
            ("DG0900", "'dropout_guard.additional_training_words = ---, +++': no entry has a letter or digit: '---', '+++'; the whole list falls back to the default, no additional words")));

    [Fact]
    public Task A_verbatim_identifier_is_a_disable_method_name()
        => Verify.VerifyAsync(
            TestModels.With("class DpoRunner { void Run() { var a = new Gpt(64); a.@class(); var b = {|DG0001:new Gpt(64)|}; b.DisableDropout(); } }" +
                "static class Ext { public static void @class(this nn.Module m) { } }"),
            Config("dropout_guard.disable_methods = @class"));

    [Theory]
    [InlineData("class")]
    [InlineData("@")]
    [InlineData("@1x")]
    [InlineData("a.b")]
    [InlineData("Disable()")]
    public Task A_keyword_or_anything_else_that_is_not_an_identifier_is_rejected(string entry)
        => Verify.VerifyAsync(TestModels.With("class Runner { }"), Config("dropout_guard.disable_methods = Freeze, " + entry,
            ("DG0900", "'dropout_guard.disable_methods = Freeze, " + entry + "': '" + entry + "' is not a C# identifier and is ignored")));

    [Theory]
    [InlineData("dropout_guard.trainig_words", "dropout_guard.training_words")]
    [InlineData("dropout_guard.additional_training_word", "dropout_guard.additional_training_words")]
    [InlineData("dropout_guard.trainingpath", "dropout_guard.training_path")]
    [InlineData("dropout_guard.disable_method", "dropout_guard.disable_methods")]
    public Task An_unknown_key_is_reported_with_the_closest_valid_key(string key, string closest)
        => Verify.VerifyAsync(TestModels.With("class Runner { }"), Config(key + " = dpo",
            ("DG0900", "'" + key + " = dpo': not a DropoutGuard setting; the closest is '" + closest + "'")));

    [Fact]
    public Task Keys_outside_the_dropout_guard_namespace_are_not_DropoutGuards_concern()
        => Verify.VerifyAsync(TestModels.With("class Runner { }"), Config("dropout_guardian.training_words = dpo\nother.training_words = dpo"));
}
