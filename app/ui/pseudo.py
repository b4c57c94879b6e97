"""The pseudo language's translator: every interface string pseudo-localised from its English source.

Switched on for developers (`KARPEAR_PSEUDO=1` or `karpear --pseudo`): the
window starts in the pseudo language, and a text that stays plain English was
not passed through `translate` (hard-coded), one without its closing bracket
was cut. See app/content/pseudo.py for what the text becomes.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from app.content.pseudo import pseudo_text


class PseudoTranslator(QTranslator):
    """Answers every lookup, in every context, with the pseudo-localised source text."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return pseudo_text(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override: Qt skips an empty translator
        return False
