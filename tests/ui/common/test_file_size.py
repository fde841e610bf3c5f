"""The size of an attached file, written the same way in a task's details and a meeting's
agenda documents."""

from __future__ import annotations

import pytest

from coordboard.ui.common.widgets import file_size


@pytest.mark.parametrize(
    ("size", "shown"),
    [(0, "0 B"), (512, "512 B"), (1024, "1 KB"), (38_900, "38 KB"), (2_516_582, "2.4 MB")],
)
def test_file_sizes_read_as_bytes_kilobytes_or_megabytes(size, shown):
    assert file_size(size) == shown
