using DropoutGuard.Tests.Infrastructure;
using DropoutGuard.CodeFixes;
using Microsoft.CodeAnalysis;
using static DropoutGuard.Tests.Fixes.FixTestCode;
using DisableOnTrainingModel = DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer;
using Verify = DropoutGuard.Tests.Infrastructure.CodeFixVerifier<
    DropoutGuard.Rules.DisableDropoutOnTrainingModelAnalyzer,
    DropoutGuard.CodeFixes.DisableDropoutCodeFixProvider>;

namespace DropoutGuard.Tests.Fixes;

public class DisableDropoutCodeFixTests
{
    [Fact]
    public Task Local_gets_the_call_after_the_statements_that_load_and_move_it()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(string path, Device device)
                {
                    var policy = [|new Gpt(64)|];
                    policy.load_py(path);
                    policy = policy.to(device);
                    policy.cuda();
                    Console.WriteLine(policy);
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(string path, Device device)
                {
                    var policy = new Gpt(64);
                    policy.load_py(path);
                    policy = policy.to(device);
                    policy.cuda();
                    policy.DisableDropout();
                    Console.WriteLine(policy);
                }
            }
            """));

    [Fact]
    public Task Using_var_local()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run()
                {
                    using var policy = [|new Gpt(64)|];
                    new DpoTrainer(policy, policy).Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run()
                {
                    using var policy = new Gpt(64);
                    policy.DisableDropout();
                    new DpoTrainer(policy, policy).Train();
                }
            }
            """));

    [Fact]
    public Task Explicitly_typed_locals_with_new_and_target_typed_new()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run()
                {
                    nn.Module policy = [|new Gpt(64)|];
                    Gpt reference = [|new(64)|];
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run()
                {
                    nn.Module policy = new Gpt(64);
                    policy.DisableDropout();
                    Gpt reference = new(64);
                    reference.DisableDropout();
                }
            }
            """));

    [Fact]
    public Task Field_initializer_is_wrapped()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                private readonly Gpt _policy = [|new Gpt(64)|];
                private readonly Gpt _reference = [|new(64)|];
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                private readonly Gpt _policy = new Gpt(64).DisableDropout();
                private readonly Gpt _reference = new Gpt(64).DisableDropout();
            }
            """));

    [Fact]
    public Task Property_initializer_is_wrapped()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                public Gpt Policy { get; } = [|new Gpt(64)|];
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                public Gpt Policy { get; } = new Gpt(64).DisableDropout();
            }
            """));

    [Fact]
    public Task Member_assigned_in_a_constructor_gets_the_call_on_the_same_target()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                private readonly Gpt policy;
                private readonly nn.Module _reference;

                public DpoRunner(string path)
                {
                    this.policy = [|new Gpt(64)|];
                    this.policy.load_py(path);
                    _reference = [|ModelStore.Open(path)|];
                }

                public void Train() => new DpoTrainer(policy, _reference).Train();
            }

            static class ModelStore
            {
                public static Gpt Open(string path) => new Gpt(64);
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                private readonly Gpt policy;
                private readonly nn.Module _reference;

                public DpoRunner(string path)
                {
                    this.policy = new Gpt(64);
                    this.policy.load_py(path);
                    this.policy.DisableDropout();
                    _reference = ModelStore.Open(path);
                    _reference.DisableDropout();
                }

                public void Train() => new DpoTrainer(policy, _reference).Train();
            }

            static class ModelStore
            {
                public static Gpt Open(string path) => new Gpt(64);
            }
            """));

    [Fact]
    public Task Assignment_to_a_local_declared_earlier()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run()
                {
                    Gpt policy;
                    policy = [|Models.Load()|];
                    new DpoTrainer(policy, policy).Train();
                }
            }

            static class Models
            {
                public static Gpt Load() => new Gpt(64);
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run()
                {
                    Gpt policy;
                    policy = Models.Load();
                    policy.DisableDropout();
                    new DpoTrainer(policy, policy).Train();
                }
            }

            static class Models
            {
                public static Gpt Load() => new Gpt(64);
            }
            """));

    [Fact]
    public Task Argument_is_wrapped()
        => Verify.VerifyAsync(Before("""
            class Runner
            {
                void Run(nn.Module reference)
                {
                    new DpoTrainer([|new Gpt(1)|], reference).Train();
                }
            }
            """), AfterWithHelper("""
            class Runner
            {
                void Run(nn.Module reference)
                {
                    new DpoTrainer(new Gpt(1).DisableDropout(), reference).Train();
                }
            }
            """));

    [Fact]
    public Task Returned_expression_is_wrapped()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                Gpt CreatePolicy()
                {
                    return [|new Gpt(64)|];
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                Gpt CreatePolicy()
                {
                    return new Gpt(64).DisableDropout();
                }
            }
            """));

    [Fact]
    public Task Expression_bodied_member_is_wrapped()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                Gpt Policy => [|new Gpt(64)|];
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                Gpt Policy => new Gpt(64).DisableDropout();
            }
            """));

    [Fact]
    public Task Lambda_body_is_wrapped()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                Func<Gpt> MakePolicy() => () => [|new Gpt(64)|];
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                Func<Gpt> MakePolicy() => () => new Gpt(64).DisableDropout();
            }
            """));

    [Fact]
    public Task Conditional_operand_is_wrapped()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(bool fresh, Gpt cached)
                {
                    new DpoTrainer(fresh ? [|new Gpt(64)|] : cached, cached).Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(bool fresh, Gpt cached)
                {
                    new DpoTrainer(fresh ? new Gpt(64).DisableDropout() : cached, cached).Train();
                }
            }
            """));

    [Fact]
    public Task Whole_conditional_is_parenthesized_and_wrapped()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(bool large, nn.Module reference)
                {
                    new DpoTrainer([|large ? new Gpt(128) : new Gpt(64)|], reference).Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(bool large, nn.Module reference)
                {
                    new DpoTrainer((large ? new Gpt(128) : new Gpt(64)).DisableDropout(), reference).Train();
                }
            }
            """));

    [Fact]
    public Task Awaited_load_in_an_async_method()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                async Task RunAsync(string path)
                {
                    var policy = [|await Models.LoadAsync(path)|];
                    policy.to("cuda");
                    new DpoTrainer(policy, [|await Models.LoadAsync(path)|]).Train();
                }
            }

            static class Models
            {
                public static async Task<Gpt> LoadAsync(string path)
                {
                    await Task.Yield();
                    return new Gpt(64);
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                async Task RunAsync(string path)
                {
                    var policy = await Models.LoadAsync(path);
                    policy.to("cuda");
                    policy.DisableDropout();
                    new DpoTrainer(policy, (await Models.LoadAsync(path)).DisableDropout()).Train();
                }
            }

            static class Models
            {
                public static async Task<Gpt> LoadAsync(string path)
                {
                    await Task.Yield();
                    return new Gpt(64);
                }
            }
            """));

    [Fact]
    public Task Top_level_statements_get_a_new_statement()
        => Verify.VerifyAsync(Usings + """
            var policy = [|new Gpt(64)|];
            policy.load_py("policy.bin");
            var trainer = new DpoTrainer(policy, policy);
            trainer.Train();

            """ + Definitions, UsingsWithHelper + """
            var policy = new Gpt(64);
            policy.load_py("policy.bin");
            policy.DisableDropout();
            var trainer = new DpoTrainer(policy, policy);
            trainer.Train();

            """ + Definitions, new VerifierOptions { OutputKind = OutputKind.ConsoleApplication });

    [Fact]
    public Task Switch_section()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(string kind)
                {
                    switch (kind)
                    {
                        case "gpt":
                            var policy = [|new Gpt(64)|];
                            new DpoTrainer(policy, policy).Train();
                            break;
                    }
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(string kind)
                {
                    switch (kind)
                    {
                        case "gpt":
                            var policy = new Gpt(64);
                            policy.DisableDropout();
                            new DpoTrainer(policy, policy).Train();
                            break;
                    }
                }
            }
            """));

    [Fact]
    public Task Embedded_statement_gets_braces()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(bool fresh, Gpt policy)
                {
                    if (fresh) policy = [|new Gpt(1)|];
                    else
                        policy = [|new Gpt(2)|];
                    new DpoTrainer(policy, policy).Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(bool fresh, Gpt policy)
                {
                    if (fresh)
                    {
                        policy = new Gpt(1);
                        policy.DisableDropout();
                    }
                    else
                    {
                        policy = new Gpt(2);
                        policy.DisableDropout();
                    }
                    new DpoTrainer(policy, policy).Train();
                }
            }
            """));

    [Fact]
    public Task Two_models_in_one_method_get_two_calls_in_order()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(string path)
                {
                    var policy = [|new Gpt(64)|];
                    var reference = [|new Gpt(64)|];
                    reference.load_py(path);
                    new DpoTrainer(policy, reference).Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(string path)
                {
                    var policy = new Gpt(64);
                    policy.DisableDropout();
                    var reference = new Gpt(64);
                    reference.load_py(path);
                    reference.DisableDropout();
                    new DpoTrainer(policy, reference).Train();
                }
            }
            """));

    [Fact]
    public Task Two_models_declared_together_get_calls_in_declaration_order()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run()
                {
                    Gpt policy = [|new(64)|], reference = [|new(64)|];
                    new DpoTrainer(policy, reference).Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run()
                {
                    Gpt policy = new(64), reference = new(64);
                    policy.DisableDropout();
                    reference.DisableDropout();
                    new DpoTrainer(policy, reference).Train();
                }
            }
            """));

    [Fact]
    public Task Existing_using_directive_is_not_repeated()
        => Verify.VerifyAsync(AfterWithHelper("""
            class DpoRunner
            {
                void Run()
                {
                    var policy = [|new Gpt(64)|];
                    new DpoTrainer(policy, policy).Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run()
                {
                    var policy = new Gpt(64);
                    policy.DisableDropout();
                    new DpoTrainer(policy, policy).Train();
                }
            }
            """));

    [Fact]
    public Task Using_directives_inside_the_namespace_get_the_new_one_there()
        => Verify.VerifyAsync("""
            namespace Training
            {
                using System;
                using TorchSharp;
                using static TorchSharp.torch;

                class DpoRunner
                {
                    void Run()
                    {
                        var policy = [|new Gpt(64)|];
                        new DpoTrainer(policy, policy).Train();
                    }
                }
            }
            """ + QualifiedDefinitions, """
            namespace Training
            {
                using System;
                using DropoutGuard;
                using TorchSharp;
                using static TorchSharp.torch;

                class DpoRunner
                {
                    void Run()
                    {
                        var policy = new Gpt(64);
                        policy.DisableDropout();
                        new DpoTrainer(policy, policy).Train();
                    }
                }
            }
            """ + QualifiedDefinitions);

    [Fact]
    public Task File_without_using_directives_gets_one_after_its_header()
        => Verify.VerifyAsync("""
            // Copyright (c) Example.

            class DpoRunner
            {
                void Run()
                {
                    var policy = [|new Gpt(64)|];
                    new DpoTrainer(policy, policy).Train();
                }
            }
            """ + QualifiedDefinitions, """
            // Copyright (c) Example.

            using DropoutGuard;

            class DpoRunner
            {
                void Run()
                {
                    var policy = new Gpt(64);
                    policy.DisableDropout();
                    new DpoTrainer(policy, policy).Train();
                }
            }
            """ + QualifiedDefinitions);

    [Fact]
    public Task Crlf_line_endings_are_kept()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(bool fresh, Gpt policy)
                {
                    var reference = [|new Gpt(64)|];
                    if (fresh) policy = [|new Gpt(64)|];
                    new DpoTrainer(policy, reference).Train();
                }
            }
            """).Replace("\n", "\r\n"), AfterWithHelper("""
            class DpoRunner
            {
                void Run(bool fresh, Gpt policy)
                {
                    var reference = new Gpt(64);
                    reference.DisableDropout();
                    if (fresh)
                    {
                        policy = new Gpt(64);
                        policy.DisableDropout();
                    }
                    new DpoTrainer(policy, reference).Train();
                }
            }
            """).Replace("\n", "\r\n"));

    [Fact]
    public Task Helper_of_the_containing_type_is_used_instead_of_the_generated_one()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run()
                {
                    var policy = [|new Gpt(64)|];
                    new DpoTrainer(policy, policy).Train();
                }

                private static void DisableDropout(nn.Module m) { }
            }
            """), After("""
            class DpoRunner
            {
                void Run()
                {
                    var policy = new Gpt(64);
                    DisableDropout(policy);
                    new DpoTrainer(policy, policy).Train();
                }

                private static void DisableDropout(nn.Module m) { }
            }
            """));

    [Fact]
    public Task Static_helper_of_another_class_is_used()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run()
                {
                    var policy = [|new Gpt(64)|];
                    new DpoTrainer(policy, policy).Train();
                }
            }

            static class Utils
            {
                public static void disable_dropout(nn.Module m) { }
            }
            """), After("""
            class DpoRunner
            {
                void Run()
                {
                    var policy = new Gpt(64);
                    Utils.disable_dropout(policy);
                    new DpoTrainer(policy, policy).Train();
                }
            }

            static class Utils
            {
                public static void disable_dropout(nn.Module m) { }
            }
            """));

    [Fact]
    public Task Extension_method_in_scope_is_used()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run()
                {
                    var policy = [|new Gpt(64)|];
                    new DpoTrainer(policy, policy).Train();
                }
            }

            static class ModelExtensions
            {
                public static void disable_dropout(this nn.Module m) { }
            }
            """), After("""
            class DpoRunner
            {
                void Run()
                {
                    var policy = new Gpt(64);
                    policy.disable_dropout();
                    new DpoTrainer(policy, policy).Train();
                }
            }

            static class ModelExtensions
            {
                public static void disable_dropout(this nn.Module m) { }
            }
            """));

    [Fact]
    public Task A_void_helper_cannot_wrap_an_expression_so_the_generated_one_does()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                private readonly Gpt _policy = [|new Gpt(64)|];

                private static void DisableDropout(nn.Module m) { }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                private readonly Gpt _policy = new Gpt(64).DisableDropout();

                private static void DisableDropout(nn.Module m) { }
            }
            """));

    [Fact]
    public Task Fix_all_in_solution_fixes_every_document()
        => Verify.VerifyAsync(
            Before("""
                class DpoRunner
                {
                    void Run()
                    {
                        var policy = [|new Gpt(64)|];
                        new DpoTrainer(policy, policy).Train();
                    }
                }
                """),
            AfterWithHelper("""
                class DpoRunner
                {
                    void Run()
                    {
                        var policy = new Gpt(64);
                        policy.DisableDropout();
                        new DpoTrainer(policy, policy).Train();
                    }
                }
                """),
            new Dictionary<string, string>
            {
                ["/src/SftJob.cs"] = """
                    using DropoutGuard;
                    using TorchSharp;

                    class SftJob
                    {
                        void Run()
                        {
                            var model = new Gpt(32);
                            model.DisableDropout();
                            new DpoTrainer(model, new Gpt(32).DisableDropout()).Train();
                        }
                    }
                    """,
            },
            new VerifierOptions
            {
                AdditionalDocuments =
                {
                    ("/src/SftJob.cs", """
                        using TorchSharp;

                        class SftJob
                        {
                            void Run()
                            {
                                var model = [|new Gpt(32)|];
                                new DpoTrainer(model, [|new Gpt(32)|]).Train();
                            }
                        }
                        """),
                },
            });

    [Fact]
    public Task No_fix_for_a_wrapper_object_returned_by_a_factory()
        => Verify.VerifyNoFixAsync(Before("""
            static class ModelLoading
            {
                public static Microsoft.ML.GenAI.Core.CausalLMPipeline<Microsoft.ML.Tokenizers.TiktokenTokenizer, Microsoft.ML.GenAI.LLaMA.LlamaForCausalLM> Load(string folder)
                {
                    var tokenizer = Microsoft.ML.GenAI.LLaMA.LlamaTokenizerHelper.FromPretrained(folder);
                    var model = Microsoft.ML.GenAI.LLaMA.LlamaForCausalLM.FromPretrained(folder, device: "cpu");
                    return new Microsoft.ML.GenAI.Core.CausalLMPipeline<Microsoft.ML.Tokenizers.TiktokenTokenizer, Microsoft.ML.GenAI.LLaMA.LlamaForCausalLM>(tokenizer, model);
                }
            }

            class Program
            {
                static void Main()
                {
                    var pipeline = [|ModelLoading.Load("llama")|];
                    var trainer = new Microsoft.ML.GenAI.Core.CausalLMSupervisedFineTuningTrainer(pipeline);
                }
            }
            """));

    [Fact]
    public Task No_fix_when_the_helper_is_not_generated_and_the_code_has_none()
        => Verify.VerifyNoFixAsync(Before("""
            class DpoRunner
            {
                void Run()
                {
                    var policy = [|new Gpt(64)|];
                    new DpoTrainer(policy, policy).Train();
                }
            }
            """), new VerifierOptions { GlobalOptions = { ["build_property.DropoutGuardGenerateHelper"] = "false" } });

    [Fact]
    public async Task Titles_name_the_variable_or_what_makes_the_model_and_share_one_key()
    {
        var actions = await OfferedFixes<DisableOnTrainingModel, DisableDropoutCodeFixProvider>.GetAsync(Before("""
            class DpoRunner
            {
                private readonly Gpt _reference = new Gpt(64);

                void Run(string folder)
                {
                    var policy = new Gpt(64);
                    new DpoTrainer(policy, Microsoft.ML.GenAI.LLaMA.LlamaForCausalLM.FromPretrained(folder, device: "cpu")).Train();
                    new DpoTrainer(new Gpt(64), _reference).Train();
                }
            }
            """));

        Assert.Equal(
            [
                "Disable dropout on '_reference' after loading",
                "Disable dropout on 'policy' after loading",
                "Disable dropout on 'LlamaForCausalLM.FromPretrained' after loading",
                "Disable dropout on 'Gpt' after loading",
            ],
            actions.Select(action => action.Title));
        Assert.All(actions, action => Assert.Equal(DisableDropoutCodeFixProvider.EquivalenceKey, action.EquivalenceKey));
    }

    [Fact]
    public Task Load_calls_chained_on_the_creation_keep_the_call_after_the_statement()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(string path, Device device)
                {
                    var policy = [|new Gpt(64)|].load_py(path).to(device); // weights from the SFT run
                    new DpoTrainer(policy, policy).Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(string path, Device device)
                {
                    var policy = new Gpt(64).load_py(path).to(device); // weights from the SFT run
                    policy.DisableDropout();
                    new DpoTrainer(policy, policy).Train();
                }
            }
            """));

    [Fact]
    public Task Library_factory_argument_is_wrapped()
        => Verify.VerifyAsync(Usings + """
            using Microsoft.ML.GenAI.LLaMA;

            class DpoRunner
            {
                void Run(string folder, nn.Module reference)
                {
                    new DpoTrainer(
                        [|LlamaForCausalLM.FromPretrained(folder, device: "cpu")|],
                        reference).Train();
                }
            }
            """ + Definitions, """
            using System;
            using System.Threading.Tasks;
            using DropoutGuard;
            using TorchSharp;
            using TorchSharp.PyBridge;
            using static TorchSharp.torch;
            using Microsoft.ML.GenAI.LLaMA;

            class DpoRunner
            {
                void Run(string folder, nn.Module reference)
                {
                    new DpoTrainer(
                        LlamaForCausalLM.FromPretrained(folder, device: "cpu").DisableDropout(),
                        reference).Train();
                }
            }
            """ + Definitions);

    [Fact]
    public Task Global_using_in_another_file_is_enough()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run()
                {
                    var policy = [|new Gpt(64)|];
                    new DpoTrainer(policy, policy).Train();
                }
            }
            """), After("""
            class DpoRunner
            {
                void Run()
                {
                    var policy = new Gpt(64);
                    policy.DisableDropout();
                    new DpoTrainer(policy, policy).Train();
                }
            }
            """), new VerifierOptions { AdditionalDocuments = { ("/src/GlobalUsings.cs", "global using DropoutGuard;\n") } });

    [Fact]
    public Task Users_own_DisableDropout_extension_is_called_without_the_generated_namespace()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                private readonly Gpt _reference = [|new Gpt(64)|];

                void Run()
                {
                    var policy = [|new Gpt(64)|];
                    new DpoTrainer(policy, _reference).Train();
                }
            }

            static class ModelExtensions
            {
                public static T DisableDropout<T>(this T module) where T : nn.Module => module;
            }
            """), After("""
            class DpoRunner
            {
                private readonly Gpt _reference = new Gpt(64).DisableDropout();

                void Run()
                {
                    var policy = new Gpt(64);
                    policy.DisableDropout();
                    new DpoTrainer(policy, _reference).Train();
                }
            }

            static class ModelExtensions
            {
                public static T DisableDropout<T>(this T module) where T : nn.Module => module;
            }
            """));

    [Fact]
    public Task Script_modules_and_Module_Create_locals()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(string path)
                {
                    var policy = [|jit.load(path)|];
                    var reference = [|nn.Module.Create<Gpt>(path)|];
                    new DpoTrainer(policy, reference).Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(string path)
                {
                    var policy = jit.load(path);
                    policy.DisableDropout();
                    var reference = nn.Module.Create<Gpt>(path);
                    reference.DisableDropout();
                    new DpoTrainer(policy, reference).Train();
                }
            }
            """));

    [Fact]
    public Task Switch_expression_and_coalesce_operand()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(int size, Gpt? cached)
                {
                    var policy = [|size switch { 1 => new Gpt(64), _ => new Gpt(128) }|];
                    new DpoTrainer(policy, cached ?? [|new Gpt(64)|]).Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(int size, Gpt? cached)
                {
                    var policy = size switch { 1 => new Gpt(64), _ => new Gpt(128) };
                    policy.DisableDropout();
                    new DpoTrainer(policy, cached ?? new Gpt(64).DisableDropout()).Train();
                }
            }
            """));

    [Fact]
    public Task Switch_expression_argument_is_parenthesized()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                void Run(int size, nn.Module reference)
                {
                    new DpoTrainer([|size switch { 1 => new Gpt(64), _ => new Gpt(128) }|], reference).Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                void Run(int size, nn.Module reference)
                {
                    new DpoTrainer((size switch { 1 => new Gpt(64), _ => new Gpt(128) }).DisableDropout(), reference).Train();
                }
            }
            """));

    [Fact]
    public Task Model_handed_straight_to_a_wrapper_object_is_wrapped()
        => Verify.VerifyAsync(Before("""
            class Pipeline { public Pipeline(nn.Module model) { } }
            class SftRunner { public SftRunner(Pipeline pipeline) { } }

            class Job
            {
                void Run()
                {
                    var pipeline = new Pipeline([|new Gpt(64)|]);
                    var runner = new SftRunner(pipeline);
                }
            }
            """), AfterWithHelper("""
            class Pipeline { public Pipeline(nn.Module model) { } }
            class SftRunner { public SftRunner(Pipeline pipeline) { } }

            class Job
            {
                void Run()
                {
                    var pipeline = new Pipeline(new Gpt(64).DisableDropout());
                    var runner = new SftRunner(pipeline);
                }
            }
            """));

    [Fact]
    public Task Coalescing_assignment_is_wrapped()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                private Gpt? _policy;

                void Run(Gpt reference)
                {
                    _policy ??= [|new Gpt(64)|];
                    new DpoTrainer(_policy, reference).Train();
                }
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                private Gpt? _policy;

                void Run(Gpt reference)
                {
                    _policy ??= new Gpt(64).DisableDropout();
                    new DpoTrainer(_policy, reference).Train();
                }
            }
            """));

    [Fact]
    public Task Model_returned_through_Task_FromResult_is_wrapped()
        => Verify.VerifyAsync(Before("""
            class DpoRunner
            {
                static Task<Gpt> LoadPolicyAsync() => Task.FromResult([|new Gpt(64)|]);
            }
            """), AfterWithHelper("""
            class DpoRunner
            {
                static Task<Gpt> LoadPolicyAsync() => Task.FromResult(new Gpt(64).DisableDropout());
            }
            """));

    private const string QualifiedDefinitions = """

        public sealed class Gpt : TorchSharp.torch.nn.Module<TorchSharp.torch.Tensor, TorchSharp.torch.Tensor>
        {
            public Gpt(int width) : base("gpt") { }
            public override TorchSharp.torch.Tensor forward(TorchSharp.torch.Tensor x) => x;
        }

        public sealed class DpoTrainer
        {
            public DpoTrainer(TorchSharp.torch.nn.Module policy, TorchSharp.torch.nn.Module reference) { }
            public void Train() { }
        }
        """;
}
