"""`coordboard screenshot` renders a page of the main window to a PNG."""

from __future__ import annotations

from PySide6.QtGui import QImage

from coordboard import cli


def test_screenshot_of_members_page_as_focal_point(vi_app, demo_template, tmp_path, capsys):
    out = tmp_path / "members.png"
    code = cli.main(
        [
            "screenshot",
            "--db",
            str(demo_template),
            "--page",
            "members",
            "--out",
            str(out),
            "--size",
            "1024x700",
            "--user",
            "giaoduc",
        ]
    )
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 700, 16)}
    assert len(colours) > 10  # a drawn window, not a blank canvas


def test_screenshot_refuses_a_bad_size_and_an_unknown_user(vi_app, demo_template, tmp_path, capsys):
    assert (
        cli.main(
            [
                "screenshot",
                "--db",
                str(demo_template),
                "--page",
                "boards",
                "--out",
                str(tmp_path / "x.png"),
                "--size",
                "big",
            ]
        )
        == 2
    )
    assert (
        cli.main(
            [
                "screenshot",
                "--db",
                str(demo_template),
                "--page",
                "boards",
                "--out",
                str(tmp_path / "x.png"),
                "--user",
                "nobody",
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "1280x800" in err and "nobody" in err
    assert not (tmp_path / "x.png").exists()
