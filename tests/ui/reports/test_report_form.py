"""The report form: the period offered by default follows the reports a board is asked for."""

from __future__ import annotations


def test_the_page_offers_the_report_that_is_due_this_half_year(qtbot, monkeypatch):
    """Seed 003 asks for a 6-month report before 25/5 and an annual one before 20/11: the page
    opens on the first half year until June, on the full year after."""
    import datetime as real_datetime

    from coordboard.ui.reports import report_form

    class FixedDate(real_datetime.date):
        day_to_use = real_datetime.date(2026, 5, 10)

        @classmethod
        def today(cls):
            return cls.day_to_use

    monkeypatch.setattr(report_form, "date", FixedDate)
    for day, expected in (
        (real_datetime.date(2026, 5, 10), "H1"),
        (real_datetime.date(2026, 11, 2), "year"),
    ):
        FixedDate.day_to_use = day
        assert report_form.ReportForm.default_period_kind() == expected
