"""The judge's first screen in plain PySide6, with none of the app's code (bench/judge_ui.py).

What the judge window paints first, rebuilt with the same Qt widgets and the same bundled
font: a menu bar, a category box, a 250-row table of Chinese titles behind a filter proxy,
an empty materials pane, the countdown, and the form of three dimensions (spin box, clear,
four band buttons, slider), total, comment and Submit. No database, no package, no
translations, no dataclasses: the floor that any PySide6 program showing this screen pays.
Imported by the bench's child after its clock has started, like the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtCore import QSortFilterProxyModel as Proxy
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSlider,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

FONT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "wqy-microhei.ttc"
THEMES = ("数字政府", "营商环境", "基层治理", "产业培育", "生态治理", "民生服务")
HEADERS = ("状态", "编号", "项目名称", "申报单位", "类别")
DISPLAY = 0  # Qt.ItemDataRole.DisplayRole
Index = QModelIndex | QPersistentModelIndex


class Rows(QAbstractTableModel):
    def __init__(self, count: int) -> None:
        super().__init__()
        self.rows = [
            (
                "○",
                f"A{n:03d}",
                f"{THEMES[n % len(THEMES)]}改革创新项目第{n}号" + "攻坚举措" * (n % 7),
                f"单位A{n % 60}",
                "类别A",
            )
            for n in range(1, count + 1)
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = DISPLAY) -> object:
        return self.rows[index.row()][index.column()] if role == DISPLAY else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        return HEADERS[section] if horizontal and role == DISPLAY else None


def _dimension(name: str, maximum: int) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    top = QHBoxLayout()
    top.addWidget(QLabel(f"{name}（满分 {maximum}）"))
    spin = QDoubleSpinBox()
    spin.setRange(0, maximum)
    spin.setSingleStep(0.5)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    top.addWidget(spin)
    top.addWidget(QPushButton("清除"))
    column.addLayout(top)
    bands = QHBoxLayout()
    for band in ("优", "良", "中", "差"):
        bands.addWidget(QPushButton(f"{band} 0–{maximum}"))
    column.addLayout(bands)
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, maximum * 2)
    column.addWidget(slider)
    return box


def build(app: QApplication, rows: int = 250) -> tuple[QMainWindow, QTableView]:
    """The window (not shown yet) and its table, whose first paint the bench times."""
    font_id = QFontDatabase.addApplicationFont(str(FONT))
    app.setFont(QFont(QFontDatabase.applicationFontFamilies(font_id)[0], app.font().pointSize()))
    window = QMainWindow()
    for title in ("文件(&F)", "编辑(&E)", "项目(&P)", "视图(&V)", "Language / 语言"):
        menu = window.menuBar().addMenu(title)
        for n in range(5):
            menu.addAction(f"{title} {n}").setShortcut(f"Ctrl+{n}")
    left = QWidget()
    column = QVBoxLayout(left)
    category = QComboBox()
    category.addItems(["全部类别", "类别A", "类别B"])
    proxy = Proxy()
    proxy.setSourceModel(Rows(rows))
    table = QTableView()
    table.setModel(proxy)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    column.addWidget(category)
    column.addWidget(table)
    column.addWidget(QLabel(f"已提交 0 / {rows}"))
    right = QWidget()
    form = QVBoxLayout(right)
    clock = QLabel("8:00")
    big = QFont(clock.font())
    big.setPointSize(44)
    big.setBold(True)
    clock.setFont(big)
    form.addWidget(clock)
    buttons = QHBoxLayout()
    for text in ("开始", "下一环节", "重置", "时长…"):
        buttons.addWidget(QPushButton(text))
    form.addLayout(buttons)
    form.addWidget(QLabel("A001"))
    form.addWidget(QLabel("数字政府改革创新项目第1号"))
    for name, maximum in (("创新立意", 30), ("创新举措", 40), ("影响范围", 30)):
        form.addWidget(_dimension(name, maximum))
    form.addWidget(QLabel("总分 — / 100"))
    form.addWidget(QPlainTextEdit())
    form.addWidget(QLabel("未评分"))
    form.addWidget(QPushButton("提交"))
    splitter = QSplitter()
    for pane in (left, QWidget(), right):
        splitter.addWidget(pane)
    splitter.setSizes([440, 560, 360])
    window.setCentralWidget(splitter)
    window.resize(1400, 860)
    return window, table
