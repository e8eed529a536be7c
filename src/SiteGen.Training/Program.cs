using SiteGen.Training;

return args.Length > 0 && args[0] == "eval-names"
    ? EvalNamesCommand.Run(args[1..])
    : Usage();

static int Usage()
{
    Console.Error.WriteLine("usage: SiteGen.Training eval-names [--shared PATH] [--split dev|train] [--limit N] [--verbose] [--write-common-words FILE]");
    return 2;
}
