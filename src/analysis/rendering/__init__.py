"""Rendering briefings: the notebook, batches, and what the kernel shows.

jsonschema (imported by nbformat, which papermill and nbconvert need) compiles
rfc3987_syntax's IRI grammars at import when that package is installed: about a second of
every command line's start, for a check nbformat never makes. Marked absent here, before
anything below imports jsonschema, it is skipped.
"""

import sys

sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
