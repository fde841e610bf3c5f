"""coordboard: coordination boards for child protection."""

__version__ = "0.1.0"
