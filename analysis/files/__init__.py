"""Uploaded files before any domain reads them: guards (size, format, zip bombs, XML entities, passwords) and raw sheet readers."""
