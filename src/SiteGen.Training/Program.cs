using SiteGen.Training;
using SiteGen.Training.Punctuation;

// One command per model or measurement; each command parses its own options.
var command = args.Length > 0 ? args[0] : string.Empty;
var options = args.Length > 0 ? args[1..] : [];
switch (command)
{
    case "train-punctuation":
        return TrainPunctuationCommand.Run(options);
    case "eval-punctuation":
        return EvalPunctuationCommand.Run(options);
    case "eval-chapters":
        return EvalChaptersCommand.Run(options);
    case "eval-names":
        return EvalNamesCommand.Run(options);
    case "eval-glossary":
        return EvalGlossaryCommand.Run(options);
    case "eval-related":
        return EvalRelatedCommand.Run(options);
    case "dump-names":
        return DumpNamesCommand.Run(options);
    default:
        Console.Error.WriteLine("usage: SiteGen.Training <command> [options]");
        Console.Error.WriteLine("commands: train-punctuation, eval-punctuation, eval-chapters, eval-names, eval-glossary, eval-related, dump-names");
        return 2;
}
