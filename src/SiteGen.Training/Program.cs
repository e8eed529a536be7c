using SiteGen.Training;

switch (args.Length > 0 ? args[0] : string.Empty)
{
    case "eval-chapters":
        return EvalChaptersCommand.Run(args[1..]);
    default:
        Console.Error.WriteLine("usage: SiteGen.Training <command> [options]\n  eval-chapters   chapters and summaries against official outlines");
        return 2;
}
