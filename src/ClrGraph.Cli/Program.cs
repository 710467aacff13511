return new ClrGraph.Cli.Commands(Console.Out, Console.Error, !Console.IsErrorRedirected).Run(args);
