#include "ui/signing/SignOffPanel.h"

#include "ui/signing/SignOffTableModel.h"
#include "ui/signing/SignatureDelegate.h"
#include "ui/signing/SigningActions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
constexpr int kRowHeight = 56;
constexpr int kSignatureWidth = 170;
constexpr int kCompactSignatureWidth = 120;

// A push button that mirrors an action: its text, tip and enabled state follow.
QPushButton* buttonFor(QAction* action, const QString& objectName, QWidget* parent) {
    auto* button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    const auto sync = [button, action] {
        button->setText(action->text());
        button->setToolTip(action->statusTip());
        button->setEnabled(action->isEnabled());
    };
    sync();
    QObject::connect(action, &QAction::changed, button, sync);
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}
} // namespace

SignOffPanel::SignOffPanel(ChecklistStore& store, SigningActions* actions, const Record& record,
                           const QList<SignatureState>& states, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_model(new SignOffTableModel(store, this))
    , m_view(new QTableView(this))
    , m_hint(new QLabel(this)) {
    setObjectName(QStringLiteral("signOffPanel"));
    m_model->setRecord(record, states);

    m_view->setObjectName(QStringLiteral("signOffView"));
    m_view->setAccessibleName(tr("Sign-off"));
    // No row numbers, hidden before the model arrives (it would size itself from the rows).
    m_view->verticalHeader()->hide();
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(SignOffTableModel::SignatureColumn, new SignatureDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab moves on to the buttons below, not from cell to cell: a keyboard or
    // screen-reader user must be able to leave the table (the arrows move in it).
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    // The page scrolls, not the table: every row and column in view, the
    // State column taking what is left so it is never cut off.
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setDefaultSectionSize(kRowHeight);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setMinimumSectionSize(70);
    header->setSectionResizeMode(SignOffTableModel::SignatureColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(SignOffTableModel::MeaningColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SignOffTableModel::DateColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(SignOffTableModel::StateColumn, QHeaderView::Stretch);
    fitColumns();
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SignOffPanel::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SignOffPanel::fitColumns);
    const auto fitHeight = [this] {
        m_view->setFixedHeight(m_view->horizontalHeader()->sizeHint().height() +
                               kRowHeight * m_model->rowCount() + 2 * m_view->frameWidth());
    };
    fitHeight();
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitHeight);
    connect(m_model, &QAbstractItemModel::modelReset, this, fitHeight);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_actions->setSelectedRole(
                    m_model->isUnsignedRole(current.row()) ? m_model->roleAt(current.row()) : QString());
            });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_model->isUnsignedRole(index.row()))
            m_actions->sign(m_model->roleAt(index.row()));
    });

    m_hint->setObjectName(QStringLiteral("signOffHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);
    connect(m_actions->signAction(), &QAction::changed, this, &SignOffPanel::updateHint);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    buttons->addWidget(buttonFor(m_actions->signAction(), QStringLiteral("signRoleButton"), this));
    buttons->addWidget(buttonFor(m_actions->reopenAction(), QStringLiteral("reopenRecordButton"), this));
    buttons->addWidget(buttonFor(m_actions->verifyAction(), QStringLiteral("verifyButton"), this));
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    // Below the buttons, where it reads as a sentence on a narrow page too.
    layout->addWidget(m_hint);
    updateHint();
}

int SignOffPanel::compactWidth(int column) const {
    // Roles and names wrap between words: "Deployment" over "Manager".
    QFont font = m_view->font();
    font.setBold(column == SignOffTableModel::RoleColumn);
    const QFontMetrics metrics(font);
    int widest = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString text = m_model->index(row, column).data().toString();
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            widest = std::max(widest, metrics.horizontalAdvance(word));
    }
    return widest + 16;
}

int SignOffPanel::columnsWidth(Fit fit) const {
    const QHeaderView* header = m_view->horizontalHeader();
    const QAbstractItemView* view = m_view; // QTableView's override is protected
    int width = 2 * m_view->frameWidth();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        switch (column) {
        case SignOffTableModel::RoleColumn:
        case SignOffTableModel::NameColumn:
            width += fit == Fit::Compact
                         ? compactWidth(column)
                         : std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
            break;
        case SignOffTableModel::SignatureColumn:
            width += fit == Fit::Compact ? kCompactSignatureWidth : kSignatureWidth;
            break;
        case SignOffTableModel::DateColumn:
            width += dateWidth(fit);
            break;
        case SignOffTableModel::StateColumn: // never cut off: the State column's whole text
            width += std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
            break;
        default:
            width += header->sectionSize(column);
        }
    }
    return width;
}

int SignOffPanel::dateWidth(Fit fit) const {
    // Wide: date and time on one line, the zone under them ("2026-03-14 09:30:12" / "(UTC+01:00)");
    // compact: the date, the time and the zone each on a line of their own.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int text = fit == Fit::Wide ? metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00 "))
                                      : std::max(metrics.horizontalAdvance(QStringLiteral("0000-00-00 ")),
                                                 metrics.horizontalAdvance(QStringLiteral("(UTC+00:00)")));
    return text + 16;
}

void SignOffPanel::fitColumns() {
    // A narrow page (1024×700, a large font) gets the compact columns; narrower
    // still, the page scrolls sideways rather than cut the State column off.
    m_view->setMinimumWidth(columnsWidth(Fit::Compact));
    const Fit fit = width() >= columnsWidth(Fit::Wide) ? Fit::Wide : Fit::Compact;
    QHeaderView* header = m_view->horizontalHeader();
    for (const int column : {int(SignOffTableModel::RoleColumn), int(SignOffTableModel::NameColumn)}) {
        if (fit == Fit::Wide) {
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        } else {
            header->setSectionResizeMode(column, QHeaderView::Fixed);
            header->resizeSection(column, compactWidth(column));
        }
    }
    header->resizeSection(SignOffTableModel::SignatureColumn,
                          fit == Fit::Wide ? kSignatureWidth : kCompactSignatureWidth);
    header->resizeSection(SignOffTableModel::DateColumn, dateWidth(fit));
}

void SignOffPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitColumns();
}

void SignOffPanel::updateHint() {
    const Record* record = m_model->record();
    if (!record)
        return;
    switch (record->state) {
    case RecordState::Sealed:
        m_hint->setText(
            tr("Every role has signed: the record is sealed and read-only. Reopening revokes every "
               "signature."));
        break;
    case RecordState::Signed:
        m_hint->setText(tr("Signed records are read-only; the other roles can still sign. Double-click an "
                           "unsigned role, or select it and click Sign."));
        break;
    case RecordState::InProgress:
        m_hint->setText(tr("Double-click an unsigned role, or select it and click Sign."));
        break;
    }
}
