"""Word (.docx) export: template handling, styles, tables, fields. No Qt here."""
