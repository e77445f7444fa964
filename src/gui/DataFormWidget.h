// DataFormWidget: any XEP-0004 form as widgets: a line per text field (hidden for passwords),
// check boxes, lists, fixed text; required fields marked. Used for registration now, room
// configuration and commands later. Text from the server is always shown as plain text.
#pragma once

#include "xmpp/modules/xep0004_dataforms/DataForm.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace Palaver::Gui {

class DataFormWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DataFormWidget(QWidget* parent = nullptr);

    void setForm(const Xmpp::DataForm& form);
    // The form with what the user entered.
    Xmpp::DataForm form() const;
    // The editor of a field, for focus and tests; null for hidden and fixed fields.
    QWidget* editor(const QString& var) const;
    void focusFirstEmpty();
    // A caption in the user's language for the fields registration forms share (XEP-0077).
    static QString knownCaption(const QString& var);

Q_SIGNALS:
    void changed();

private:
    QWidget* makeEditor(const Xmpp::DataFormField& field);
    static QStringList valuesOf(const Xmpp::DataFormField& field, QWidget* editor);

    Xmpp::DataForm m_form;
    QLabel* m_instructions;
    QFormLayout* m_layout;
    QList<QWidget*> m_editors; // one per field, null where nothing is edited
};

} // namespace Palaver::Gui
