using System.Linq;
using DropoutGuard.TrainingPaths;

namespace DropoutGuard.Objectives
{
    /// <summary>Words by which code names the preferred and the dispreferred answer.</summary>
    internal static class AnswerWords
    {
        public static bool SaysChosen(string names)
            => IdentifierWords.Split(names).Any(word => word is "chosen" or "chose" or "preferred" or "winner" or "win" or "won" or "accepted" or "good" or "pos" or "positive");

        public static bool SaysRejected(string names)
            => IdentifierWords.Split(names).Any(word => word is "rejected" or "reject" or "dispreferred" or "loser" or "lose" or "lost" or "bad" or "neg" or "negative");
    }
}
