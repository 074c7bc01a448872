#include "ui/ProcedureList.h"

#include "io/InlineMarkup.h"

ProcedureList::ProcedureList(const ChecklistSection& section, QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("procedure:%1").arg(section.title));
    QString html = QStringLiteral("<ol style=\"margin-top:0px; margin-bottom:0px;\">");
    for (const ChecklistItem& item : section.items) {
        const QString step = InlineMarkup::plainText(item.text);
        m_steps << step;
        html += QStringLiteral("<li style=\"margin-bottom:4px;\">%1</li>").arg(step.toHtmlEscaped());
    }
    html += QStringLiteral("</ol>");
    setTextFormat(Qt::RichText);
    setText(html);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("%1, %n steps", nullptr, int(m_steps.size())).arg(section.title));
    setAccessibleDescription(m_steps.join(QLatin1Char('\n')));
}
