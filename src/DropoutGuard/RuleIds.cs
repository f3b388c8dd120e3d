namespace DropoutGuard
{
    /// <summary>Every diagnostic ID the package reports, in one place.</summary>
    public static class RuleIds
    {
        public const string DisableDropoutOnTrainingModel = "DG0001";
        public const string TrainReenablesDropout = "DG0002";
        public const string UnreachableDropout = "DG0003";
        public const string FunctionalDropoutWithoutTraining = "DG0004";
        public const string InvalidConfiguration = "DG0900";
    }
}
