"""French or English, from the text alone."""

from __future__ import annotations

import pytest

from briefing_app.formats.language import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le groupe a annoncé qu'il a signé un accord avec la start-up, selon lui.", "fr"),
        ("Il a dit à la presse qu'elle a gagné : c'est un succès pour l'équipe.", "fr"),
        ("The group said on Tuesday that it had signed a deal with the start-up.", "en"),
        ("Shares fell after the board was told about a loss in the third quarter.", "en"),
        ("TotalEnergies Mistral AI", ""),
        ("", ""),
    ],
)
def it_tells_french_from_english(text, language):
    assert detect_language(text) == language
