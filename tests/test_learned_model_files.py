"""The learned models of option kinds, effect directions, effect sentences and option sentences
read their weights from a file in the package; a file that is missing, is no numpy archive or
has weights of another shape stops with an error that names the command that rebuilds it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import AssistantError
from assistant.method.reading import direction_model, effect_model, kind_model, option_model

MODELS = [
    (kind_model.kind_model, kind_model.KindModelError, kind_model.REBUILD),
    (direction_model.direction_model, direction_model.DirectionModelError, direction_model.REBUILD),
    (effect_model.effect_model, effect_model.EffectModelError, effect_model.REBUILD),
    (option_model.option_model, option_model.OptionModelError, option_model.REBUILD),
]
Loader = Callable[[Path], object]


@pytest.mark.parametrize(("load", "error", "rebuild"), MODELS)
def test_a_missing_model_file_names_the_rebuild(
    tmp_path: Path, load: Loader, error: type[AssistantError], rebuild: str
) -> None:
    with pytest.raises(error, match=re.escape(rebuild)):
        load(tmp_path / "absent.npz")


@pytest.mark.parametrize(("load", "error", "rebuild"), MODELS)
def test_a_corrupt_or_misshapen_model_file_names_the_rebuild(
    tmp_path: Path, load: Loader, error: type[AssistantError], rebuild: str
) -> None:
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a numpy archive")
    with pytest.raises(error, match=re.escape(rebuild)):
        load(broken)
    wrong = tmp_path / "wrong.npz"
    np.savez(wrong, weights=np.zeros((4, 3)), bias=np.zeros(3), about=np.array("{}"))
    with pytest.raises(error, match=re.escape(rebuild)):
        load(wrong)
