"""Bytes <-> domain: article readers, note files, exports. No Qt here."""
