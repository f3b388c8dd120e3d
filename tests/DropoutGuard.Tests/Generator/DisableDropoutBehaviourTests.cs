using Xunit;

namespace DropoutGuard.Tests.Generator;

/// <summary>
/// Runs the generated helper against a runnable stand-in TorchSharp (libtorch cannot load here, so the real one cannot
/// run), for each way TorchSharp has held p: the public setter of 0.104+ and the private field of 0.102/0.103 that the
/// helper's reflection path sets. That the helper compiles against the real TorchSharp 0.107.0 is verified separately,
/// by compilation (<see cref="GeneratedHelperCompilationTests"/>, <see cref="HelperSnapshotTests"/>).
/// </summary>
public sealed class DisableDropoutBehaviourTests
{
    [Theory]
    [InlineData(StandInDropoutP.Property)]
    [InlineData(StandInDropoutP.PrivateField)]
    public void Sets_p_to_zero_on_every_registered_dropout(StandInDropoutP style)
    {
        using var standIn = StandInAssembly.Load(style);
        var root = standIn.New("Model.Block");
        var block = standIn.New("Model.Block");
        StandInAssembly.Register(root, block);
        var dropouts = new List<object>
        {
            standIn.NewDropout("Dropout", 0.1),
            standIn.NewDropout("Dropout1d", 0.2),
            standIn.NewDropout("Dropout2d", 0.3),
            standIn.NewDropout("Dropout3d", 0.4),
            standIn.NewDropout("AlphaDropout", 0.2),
            standIn.NewDropout("FeatureAlphaDropout", 0.1),
        };
        foreach (var dropout in dropouts)
            StandInAssembly.Register(block, dropout);
        var onRoot = standIn.NewDropout("Dropout", 0.3);
        StandInAssembly.Register(root, onRoot);
        dropouts.Add(onRoot);

        var returned = standIn.DisableDropout(root);

        Assert.Same(root, returned);
        Assert.All(dropouts, dropout => Assert.Equal(0.0, StandInAssembly.P(dropout)));
        Assert.True(StandInAssembly.IsTraining(root), "p = 0 must not come from eval(): the model stays in training mode.");
    }

    [Theory]
    [InlineData(StandInDropoutP.Property)]
    [InlineData(StandInDropoutP.PrivateField)]
    public void Sets_p_to_zero_on_a_dropout_module_itself(StandInDropoutP style)
    {
        using var standIn = StandInAssembly.Load(style);
        var dropout = standIn.NewDropout("AlphaDropout", 0.5);

        var returned = standIn.DisableDropout(dropout);

        Assert.Same(dropout, returned);
        Assert.Equal(0.0, StandInAssembly.P(dropout));
    }

    [Theory]
    [InlineData(StandInDropoutP.Property, false)]
    [InlineData(StandInDropoutP.PrivateField, true)]
    public void Uses_reflection_only_where_p_is_not_settable(StandInDropoutP style, bool usesReflection)
    {
        using var standIn = StandInAssembly.Load(style);

        Assert.Equal(usesReflection, standIn.GeneratedHelper.Contains("SetPToZeroByReflection", StringComparison.Ordinal));
    }

    [Fact]
    public void Null_throws_ArgumentNullException()
    {
        using var standIn = StandInAssembly.Load(StandInDropoutP.Property);

        var exception = Assert.Throws<ArgumentNullException>(() => standIn.DisableDropout(null));

        Assert.Equal("module", exception.ParamName);
    }

    [Fact]
    public void A_script_module_is_put_in_eval_mode()
    {
        using var standIn = StandInAssembly.Load(StandInDropoutP.Property);
        var script = standIn.New("TorchSharp.torch+jit+ScriptModule");

        var returned = standIn.DisableDropout(script);

        Assert.Same(script, returned);
        Assert.False(StandInAssembly.IsTraining(script));
    }

    [Fact]
    public void A_nested_script_module_is_put_in_eval_mode_alone()
    {
        using var standIn = StandInAssembly.Load(StandInDropoutP.Property);
        var root = standIn.New("Model.Block");
        var script = standIn.New("TorchSharp.torch+jit+ScriptModule");
        StandInAssembly.Register(root, script);

        standIn.DisableDropout(root);

        Assert.False(StandInAssembly.IsTraining(script));
        Assert.True(StandInAssembly.IsTraining(root));
    }

    [Fact]
    public void An_unknown_TorchSharp_shape_fails_with_a_clear_message()
    {
        using var standIn = StandInAssembly.Load(StandInDropoutP.Missing);
        var root = standIn.New("Model.Block");
        StandInAssembly.Register(root, standIn.NewDropout("Dropout2d", 0.1));

        var exception = Assert.Throws<InvalidOperationException>(() => standIn.DisableDropout(root));

        Assert.Contains("TorchSharp.Modules.Dropout2d", exception.Message, StringComparison.Ordinal);
        Assert.Contains("this TorchSharp version is not supported", exception.Message, StringComparison.Ordinal);
        Assert.Contains("no field or property 'p' of type double", exception.Message, StringComparison.Ordinal);
        Assert.Contains("from TorchSharp ", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StandInDropoutP.Property)]
    [InlineData(StandInDropoutP.PrivateField)]
    [InlineData(StandInDropoutP.Missing)]
    public void A_model_without_dropout_is_left_as_it_was(StandInDropoutP style)
    {
        // Also on a TorchSharp shape the helper does not know: with no dropout module there is nothing to fail on.
        using var standIn = StandInAssembly.Load(style);
        var root = standIn.New("Model.Block");
        var inner = standIn.New("Model.Block");
        StandInAssembly.Register(root, inner);

        var returned = standIn.DisableDropout(root);

        Assert.Same(root, returned);
        Assert.True(StandInAssembly.IsTraining(root));
        Assert.True(StandInAssembly.IsTraining(inner));
    }
}
