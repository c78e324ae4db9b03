"""Writing files: images, slide decks, workbooks, written atomically."""
