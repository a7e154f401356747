"""A campaign's report on screen: recipients by final result as a chart, the delivery rate,
and "Export to Excel…" / "Export to CSV…".

The counts are `core.reports.data.figures` (the same categories, words and order as the
exported report's summary), read off the GUI thread by the campaign page and handed to
`show_figures`.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from masiv_desktop.core.reports.data import ReportFigures
from masiv_desktop.core.reports.export import ReportFormat, ReportResult
from masiv_desktop.core.reports.labels import word
from masiv_desktop.core.reports.outcome import ALWAYS_SHOWN, Outcome, delivery_rate
from masiv_desktop.core.settings.paths import AppPaths
from masiv_desktop.core.settings.settings import Settings
from masiv_desktop.core.usertypes import Severity
from masiv_desktop.gui import style
from masiv_desktop.gui.campaign.message_bar import MessageBar
from masiv_desktop.gui.campaign.report_export import ReportExporter, gui_language
from masiv_desktop.gui.i18n.translators import tr_fmt
from masiv_desktop.gui.ui_state import scroll_page

BAR_LINES = 2.2
"""A bar's least height, in lines of text."""


def outcome_colors(palette: QPalette | None = None) -> dict[Outcome, QColor]:
    """The chart's bar colours: the severity accents and lighter shades of them, on the
    palette's base (the chart's background)."""
    palette = palette or style.current_palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    good, bad, doubt, info = (style.accent(s, palette) for s in (
        Severity.SUCCESS, Severity.ERROR, Severity.WARNING, Severity.INFO))
    grey = style.muted(palette)
    return {
        Outcome.DELIVERED_TO_HANDSET: good,
        Outcome.DELIVERED_TO_NETWORK: style.blend(good, base, 0.4),
        Outcome.DELIVERY_ERROR: bad, Outcome.GENERAL_ERROR: style.blend(bad, base, 0.3),
        Outcome.LENGTH_ERROR: style.blend(doubt, bad, 0.4),
        Outcome.REJECTED: style.blend(bad, text, 0.3),
        Outcome.UNCERTAIN: doubt, Outcome.NO_FINAL_STATUS: grey,
        Outcome.IN_PROGRESS: info, Outcome.CANCELLED: style.blend(grey, base, 0.5),
    }


def shown_outcomes(counts: dict[Outcome, int]) -> list[Outcome]:
    """The report summary's rows: every usual category, in progress and cancelled if any."""
    extra = [o for o in (Outcome.IN_PROGRESS, Outcome.CANCELLED) if counts.get(o, 0)]
    return [*ALWAYS_SHOWN, *extra]


def chart_description(counts: dict[Outcome, int], language: str) -> str:
    """The chart's figures as a screen reader reads them: "Delivered to the phone: 1,234
    (61 %), …", in the chart's order, each share of all recipients counted."""
    locale = QLocale()
    outcomes = shown_outcomes(counts)
    total = sum(counts[o] for o in outcomes)
    return "; ".join(tr_fmt(QCoreApplication.translate("ReportView", "%1: %2 (%3)"),
                            word(o, language), locale.toString(counts[o]),
                            f"{locale.toString(100 * counts[o] / (total or 1), 'f', 0)} %")
                     for o in outcomes) + "."


def chart_height(bars: int, metrics: QFontMetrics) -> int:
    """The chart's least height: every bar more than two lines of text high (Qt Charts writes
    "…" for a bar's label when it has less), plus the title and the value axis. The report
    scrolls on a small screen rather than drop bars or their labels."""
    return int(metrics.height() * (BAR_LINES * bars + 5))


class ReportView(QWidget):
    def __init__(self, paths: AppPaths, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exporter = ReportExporter(paths, settings, self)
        self.exporter.exported.connect(self._exported)
        self.exporter.failed.connect(self._failed)
        self.figures: ReportFigures | None = None
        self.rate = QLabel(self)
        font = QFont(self.rate.font())
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        self.rate.setFont(font)
        self.rate.setStyleSheet(style.color_style(
            style.accent(Severity.SUCCESS, role=QPalette.ColorRole.Window)))
        self.rate_caption = QLabel(self)
        self.rate_caption.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        style.set_hint(self.note)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 4, 12, 4))
        self.chart.setBackgroundRoundness(0)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(chart_height(len(ALWAYS_SHOWN), self.fontMetrics()))
        self.excel_button = QPushButton(self)
        self.csv_button = QPushButton(self)
        self.excel_button.clicked.connect(lambda: self.export(ReportFormat.XLSX))
        self.csv_button.clicked.connect(lambda: self.export(ReportFormat.CSV))
        self.result = MessageBar(self)
        self.open_file = QPushButton(self)
        self.open_folder = QPushButton(self)
        self.open_file.clicked.connect(lambda: self._open(folder=False))
        self.open_folder.clicked.connect(lambda: self._open(folder=True))
        self.last_export: ReportResult | None = None
        self._exporting: int | None = None
        """The campaign whose export runs, while it is still the one shown."""
        self._build()
        scroll_page(self)
        self.retranslate()

    def _build(self) -> None:
        top = QHBoxLayout()
        rate_box = QVBoxLayout()
        rate_box.setSpacing(0)
        rate_box.addWidget(self.rate)
        rate_box.addWidget(self.rate_caption)
        top.addLayout(rate_box, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.excel_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        opened = QHBoxLayout()
        opened.addWidget(self.result, 1)
        opened.addWidget(self.open_file)
        opened.addWidget(self.open_folder)
        for button in (self.open_file, self.open_folder):
            button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(self.note)
        layout.addLayout(opened)

    def retranslate(self) -> None:
        self.excel_button.setText(self.tr("Export to Excel…"))
        self.csv_button.setText(self.tr("Export to CSV…"))
        self.open_file.setText(self.tr("Open file"))
        self.open_folder.setText(self.tr("Open folder"))
        self.chart.setTitle(self.tr("Recipients by final result"))
        self.chart_view.setAccessibleName(self.tr("Recipients by final result"))
        if self.figures is not None:
            self.show_figures(self.figures)

    def show_figures(self, figures: ReportFigures) -> None:
        """Draw the counts (GUI thread; the figures were read off it)."""
        self.figures = figures
        counts = figures.by_outcome
        language = gui_language()
        rate = delivery_rate(counts)
        locale = QLocale()
        delivered = counts[Outcome.DELIVERED_TO_HANDSET] + counts[Outcome.DELIVERED_TO_NETWORK]
        if rate is None:
            self.rate.setText("—")
            self.rate_caption.setText(
                self.tr("Waiting for the first delivery reports…") if counts[
                    Outcome.IN_PROGRESS] and figures.campaign.started_at is not None
                else self.tr("Nothing has been sent yet."))
        else:
            self.rate.setText(tr_fmt(self.tr("%1 delivered"),
                                     f"{locale.toString(rate * 100, 'f', 0)} %"))
            self.rate_caption.setText(tr_fmt(self.tr(
                "%1 of %Ln recipient(s) got the message (on the phone or in the operator's "
                "network).", "", sum(counts.values()) - counts[Outcome.CANCELLED]
                - counts[Outcome.IN_PROGRESS]), delivered))
        done = counts[Outcome.IN_PROGRESS] == 0
        self.note.setText("" if done else self.tr(
            "The campaign is not finished: these figures may still change."))
        self.note.setVisible(not done)
        self._draw(counts, language)

    def _draw(self, counts: dict[Outcome, int], language: str) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart_view.setAccessibleDescription(chart_description(counts, language))
        outcomes = list(reversed(shown_outcomes(counts)))
        self.chart_view.setMinimumHeight(chart_height(len(outcomes), self.fontMetrics()))
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.7)
        colors = outcome_colors()
        for index, outcome in enumerate(outcomes):
            bar = QBarSet(word(outcome, language))
            bar.append([float(counts[outcome]) if i == index else 0.0
                        for i in range(len(outcomes))])
            bar.setColor(colors[outcome])
            bar.setBorderColor(colors[outcome])
            series.append(bar)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([f"{word(o, language)}  ({QLocale().toString(counts[o])})"
                           for o in outcomes])
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setRange(0, max(1, max(counts.values())))
        values.setLabelFormat("%d")
        values.applyNiceNumbers()
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        self._paint_chart()

    def _paint_chart(self) -> None:
        """The chart in the palette's colours (Qt Charts' own theme is always light)."""
        palette = style.current_palette()
        text, lines = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Mid)
        self.chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        self.chart.setTitleBrush(text)
        for axis in self.chart.axes():
            axis.setLabelsBrush(text)
            axis.setGridLineColor(lines)
            axis.setLinePenColor(lines)

    def chart_counts(self) -> dict[str, int]:
        """What the chart shows: category label → count (for tests and screenshots)."""
        counts: dict[str, int] = {}
        for series in self.chart.series():
            if isinstance(series, QHorizontalStackedBarSeries):
                for bar in series.barSets():
                    counts[bar.label()] = int(sum(bar.at(i) for i in range(bar.count())))
        return counts

    def export(self, fmt: ReportFormat) -> None:
        if self.figures is None:
            return
        campaign = self.figures.campaign
        self._exporting = campaign.id
        self.exporter.export(campaign.id, campaign.name, fmt)

    def clear_result(self) -> None:
        """Another campaign is shown: where the last report went belongs to the one before."""
        self._exporting = None
        self.last_export = None
        self.result.clear()
        self.open_file.hide()
        self.open_folder.hide()

    def _exported(self, result: ReportResult) -> None:
        if self._exporting is None:
            return
        self.last_export = result
        self.result.show_message(tr_fmt(self.tr("Report saved: %1"), str(result.path)),
                                 Severity.SUCCESS)
        self.open_file.show()
        self.open_folder.show()

    def _failed(self, message: str) -> None:
        if self._exporting is None:
            return
        self.last_export = None
        self.result.show_message(message, Severity.ERROR)
        self.open_file.hide()
        self.open_folder.hide()

    def _open(self, *, folder: bool) -> None:
        if self.last_export is None:
            return
        path = self.last_export.path.parent if folder else self.last_export.path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
