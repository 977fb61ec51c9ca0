"""ITA analysis core: ingest, framework files, scoring and storage; never imports streamlit."""
import logging

# The core logs what it turns into report lines and user messages (module loggers under "analysis"); the
# application decides where they go. Without a handler of its own, nothing reaches stderr (the CLI's stderr
# is a public interface), not even through logging's last-resort handler.
logging.getLogger(__name__).addHandler(logging.NullHandler())
