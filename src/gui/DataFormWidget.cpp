#include "DataFormWidget.h"

#include "RemoteText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using Palaver::Xmpp::DataForm;
using Palaver::Xmpp::DataFormField;

namespace Palaver::Gui {

namespace {

using Type = DataFormField::Type;

QLabel* plainLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

DataFormWidget::DataFormWidget(QWidget* parent)
    : QWidget(parent)
    , m_instructions(plainLabel({}))
    , m_layout(new QFormLayout)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_instructions);
    layout->addLayout(m_layout);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

QString DataFormWidget::knownCaption(const QString& var)
{
    static const struct
    {
        const char* var;
        const char* caption;
    } known[] = {{"username", QT_TR_NOOP("Username")}, {"password", QT_TR_NOOP("Password")},
        {"email", QT_TR_NOOP("Email")}, {"name", QT_TR_NOOP("Full name")},
        {"nick", QT_TR_NOOP("Nickname")}, {"first", QT_TR_NOOP("First name")},
        {"last", QT_TR_NOOP("Last name")}, {"phone", QT_TR_NOOP("Phone")},
        {"url", QT_TR_NOOP("Website")}};
    for (const auto& entry : known) {
        if (var == QLatin1String(entry.var)) {
            return tr(entry.caption);
        }
    }
    return {};
}

void DataFormWidget::setForm(const DataForm& form)
{
    m_form = form;
    while (m_layout->rowCount() > 0) {
        m_layout->removeRow(0);
    }
    m_editors.clear();
    m_instructions->setText(form.instructions.join(u'\n'));
    m_instructions->setVisible(!form.instructions.isEmpty());
    const bool registration = form.formType().isEmpty() || form.formType() == u"jabber:iq:register";
    // Marking every field "required" says nothing; mark them only among optional ones.
    const bool someOptional
        = std::any_of(form.fields.cbegin(), form.fields.cend(), [](const DataFormField& field) {
              return !field.required && field.type != Type::Hidden && field.type != Type::Fixed;
          });
    for (const DataFormField& field : form.fields) {
        QWidget* editor = makeEditor(field);
        m_editors.append(editor);
        if (field.type == Type::Hidden) {
            continue;
        }
        if (field.type == Type::Fixed) {
            m_layout->addRow(plainLabel(field.values.join(u'\n')));
            continue;
        }
        QString caption = registration ? knownCaption(field.var) : QString();
        if (caption.isEmpty()) {
            caption = field.caption();
        }
        editor->setAccessibleName(caption);
        if (!field.description.isEmpty()) {
            editor->setToolTip(RemoteText::asRichText(field.description));
        }
        if (field.type == Type::Boolean) {
            // A remote "&" would make a keyboard shortcut of the next letter.
            static_cast<QCheckBox*>(editor)->setText(QString(caption).replace(u'&', u"&&"_s));
            m_layout->addRow(editor);
        } else {
            auto* label
                = new QLabel(field.required && someOptional ? tr("%1 (required):").arg(caption)
                                                            : tr("%1:").arg(caption));
            label->setTextFormat(Qt::PlainText);
            label->setBuddy(editor);
            m_layout->addRow(label, editor);
        }
        if (field.hasMedia) {
            m_layout->addRow(plainLabel(
                tr("The server wants this answered from a picture or sound that Palaver cannot "
                   "show yet. Its website may offer another way to sign up.")));
        }
    }
}

QWidget* DataFormWidget::makeEditor(const DataFormField& field)
{
    switch (field.type) {
    case Type::Hidden:
    case Type::Fixed:
        return nullptr;
    case Type::Boolean: {
        auto* check = new QCheckBox;
        check->setChecked(field.isBooleanTrue());
        connect(check, &QCheckBox::toggled, this, &DataFormWidget::changed);
        return check;
    }
    case Type::ListSingle: {
        auto* combo = new QComboBox;
        for (const auto& [label, value] : field.options) {
            combo->addItem(label.isEmpty() ? value : label, value);
        }
        combo->setCurrentIndex(combo->findData(field.value()));
        connect(combo, &QComboBox::currentIndexChanged, this, &DataFormWidget::changed);
        return combo;
    }
    case Type::ListMulti: {
        auto* list = new QListWidget;
        for (const auto& [label, value] : field.options) {
            auto* item = new QListWidgetItem(label.isEmpty() ? value : label, list);
            item->setData(Qt::UserRole, value);
            item->setCheckState(field.values.contains(value) ? Qt::Checked : Qt::Unchecked);
        }
        list->setMaximumHeight(list->sizeHintForRow(0) * qMin(6, int(field.options.size()) + 1));
        connect(list, &QListWidget::itemChanged, this, &DataFormWidget::changed);
        return list;
    }
    case Type::TextMulti:
    case Type::JidMulti: {
        auto* text = new QPlainTextEdit(field.values.join(u'\n'));
        text->setTabChangesFocus(true);
        text->setMaximumHeight(text->fontMetrics().lineSpacing() * 5);
        if (field.type == Type::JidMulti) {
            text->setPlaceholderText(tr("One address per line"));
        }
        connect(text, &QPlainTextEdit::textChanged, this, &DataFormWidget::changed);
        return text;
    }
    case Type::TextSingle:
    case Type::TextPrivate:
    case Type::JidSingle:
        break;
    }
    auto* line = new QLineEdit(field.value());
    if (field.type == Type::TextPrivate) {
        line->setEchoMode(QLineEdit::Password);
    } else if (field.type == Type::JidSingle) {
        line->setPlaceholderText(tr("name@example.org"));
    }
    connect(line, &QLineEdit::textChanged, this, &DataFormWidget::changed);
    return line;
}

QStringList DataFormWidget::valuesOf(const DataFormField& field, QWidget* editor)
{
    if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        return {check->isChecked() ? u"1"_s : u"0"_s};
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        return combo->currentIndex() < 0 ? QStringList()
                                         : QStringList {combo->currentData().toString()};
    }
    if (auto* list = qobject_cast<QListWidget*>(editor)) {
        QStringList chosen;
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->checkState() == Qt::Checked) {
                chosen.append(list->item(row)->data(Qt::UserRole).toString());
            }
        }
        return chosen;
    }
    if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        QStringList lines = text->toPlainText().split(u'\n');
        lines.removeIf([](const QString& line) { return line.trimmed().isEmpty(); });
        return lines;
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        return line->text().isEmpty() ? QStringList() : QStringList {line->text()};
    }
    return field.values; // hidden and fixed fields go back as they came
}

DataForm DataFormWidget::form() const
{
    DataForm filled = m_form;
    for (qsizetype i = 0; i < filled.fields.size(); ++i) {
        filled.fields[i].values = valuesOf(filled.fields[i], m_editors.value(i));
    }
    return filled;
}

QWidget* DataFormWidget::editor(const QString& var) const
{
    for (qsizetype i = 0; i < m_form.fields.size(); ++i) {
        if (m_form.fields[i].var == var) {
            return m_editors.value(i);
        }
    }
    return nullptr;
}

void DataFormWidget::focusFirstEmpty()
{
    const DataForm current = form();
    for (qsizetype i = 0; i < current.fields.size(); ++i) {
        QWidget* editor = m_editors.value(i);
        if (editor && current.fields[i].value().isEmpty()) {
            editor->setFocus();
            return;
        }
    }
}

} // namespace Palaver::Gui
