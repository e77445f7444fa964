// DataForm: a form a server or service sends for the user to fill in (XEP-0004), as used by
// registration, room configuration and ad-hoc commands; and the answer sent back.
#pragma once

#include "../../core/XmlElement.h"

#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

namespace Palaver::Xmpp {

struct DataFormField
{
    enum class Type {
        TextSingle, // the default when a field names no type
        TextPrivate,
        TextMulti,
        Boolean,
        Fixed,
        Hidden,
        JidSingle,
        JidMulti,
        ListSingle,
        ListMulti,
    };

    Type type = Type::TextSingle;
    QString var;
    QString label;
    QString description;
    bool required = false;
    QStringList values;
    QList<QPair<QString, QString>> options; // label, value
    // XEP-0221 media (a CAPTCHA picture, say) that this client cannot show.
    bool hasMedia = false;

    QString value() const { return values.value(0); }
    bool isBooleanTrue() const;
    // What a person sees: the label, else the variable name.
    QString caption() const { return label.isEmpty() ? var : label; }
    static Type typeFromName(QStringView name);
};

// A filled-in form of a known kind (XEP-0068 FORM_TYPE) to send, for the protocols that
// submit fixed fields: archive queries, publish options.
XmlElement submittedForm(const QString& formType, const QList<QPair<QString, QString>>& values);

struct DataForm
{
    QString title;
    QStringList instructions;
    QList<DataFormField> fields;

    // Reads <x xmlns='jabber:x:data'>; nothing for another element. Unknown field types are
    // read as text, as XEP-0004 §3.3 asks.
    static std::optional<DataForm> fromElement(const XmlElement& x);
    // The answer: type='submit' with each field's var and values (fixed fields left out).
    XmlElement toSubmitElement() const;
    // The FORM_TYPE hidden field (XEP-0068), which says what kind of form this is.
    QString formType() const;
    DataFormField* field(QStringView var);
    const DataFormField* field(QStringView var) const;
    // The required fields still empty, by caption.
    QStringList missingRequired() const;
};

} // namespace Palaver::Xmpp
