"""One module per `timeline` subcommand: `register(subparsers, name, help)` and `run(args)`."""
