using SiteGen.Training;

return args.Length == 0 ? Usage() : args[0] switch
{
    "eval-related" => EvalRelatedCommand.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: SiteGen.Training <command> [options]");
    Console.Error.WriteLine("commands: eval-related [--shared DIR] [--scale N] [--seed N] [--k1 X] [--profile-terms N] [--min-tf N]");
    return 2;
}
