"""Article readers, one module per format, each with ``read(data, name) -> ArticleDocument``."""
