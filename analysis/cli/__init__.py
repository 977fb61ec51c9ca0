"""The command line (`python -m analysis …`): one module per subcommand, options and JSON keys are a public interface."""
