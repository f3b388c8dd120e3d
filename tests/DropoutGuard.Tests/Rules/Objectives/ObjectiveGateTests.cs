using DropoutGuard.Objectives;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DropoutGuard.Tests.Rules.Objectives;

/// <summary>The text-level pre-test before objective detection: it may let code through, never hold an objective back.</summary>
public class ObjectiveGateTests
{
    [Theory]
    [InlineData("var l = -torch.nn.functional.logsigmoid(beta * margin);")]
    [InlineData("var l = -F.log_sigmoid(beta * margin);")]
    [InlineData("var l = new LogSigmoid().call(margin);")]
    [InlineData("var l = -torch.log(torch.sigmoid(margin));")]
    [InlineData("var l = (margin - 0.5).pow(2);")]
    [InlineData("var l = torch.square(margin - 0.5);")]
    [InlineData("var d = margin - 0.5; var l = d * d;")]
    [InlineData("var l = (margin - 0.5) * (margin - 0.5);")]
    public void Lets_through_code_that_may_compute_an_objective(string statements)
        => Assert.True(ObjectiveGate.MayComputeObjective(Body(statements)));

    [Theory]
    [InlineData("var l = power(margin) + sigmoidal(margin);")]
    [InlineData("var l = margin * beta; var s = \"x\";")]
    [InlineData("var l = margin * beta; /* d * d */")]
    [InlineData("var squares = margin; var _pow = squares;")]
    public void Holds_back_code_that_cannot(string statements)
        => Assert.False(ObjectiveGate.MayComputeObjective(Body(statements)));

    private static BlockSyntax Body(string statements)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { void M(dynamic torch, dynamic F, dynamic margin, double beta) { " + statements + " } object power(object o) => o; object sigmoidal(object o) => o; }");
        return tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().First().Body!;
    }
}
