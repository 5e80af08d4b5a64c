"""Fix Material's query segmenter so the last word of a Chinese query is searched too.

Material 9.8.2's search worker splits a Han-script query into words it finds in the index
(``segment()`` in ``integrations/search/query/segment``), but its loop stops one character
short, so a word that ends the query is never found: ``账号矩阵`` searches ``账号`` alone and the
account-matrix section ranks below every page about accounts. The fix widens two bounds in the
built worker. The replacement is exact: if Material's code changes, the build says so (and the
strict build fails) instead of silently shipping an unpatched or mangled worker.
"""

from __future__ import annotations

#: (minified original, fixed) pairs, for the pinned mkdocs-material 9.8.2.
PATCHES = (
    (
        "for(let o=s+1;o<t.length;o++)t.slice(s,o)in e&&(n[s]=o-s)",
        "for(let o=s+1;o<=t.length;o++)t.slice(s,o)in e&&(n[s]=o-s)",
    ),
    ("n[a]&&a<t.length-1&&(i[s++]=a)", "n[a]&&a<t.length&&(i[s++]=a)"),
)


def patch_segmenter(script: str) -> str | None:
    """The worker with the segmenter fixed; None when the expected code is not there once."""
    for original, fixed in PATCHES:
        if script.count(original) != 1:
            return None
        script = script.replace(original, fixed)
    return script


def is_patched(script: str) -> bool:
    return all(fixed in script for _, fixed in PATCHES)
