"""What the chapters say, as plain values: numbers, periods, names and booleans computed from loaded tables and the
edition's `as_of`. Nothing here is worded or formatted (an English edition reuses these unchanged); a chapter
formats the values with `genai_book.fmt` and words them in its markdown. One module per topic."""
