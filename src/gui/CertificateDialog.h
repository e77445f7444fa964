// CertificateDialog: a server certificate we could not verify, explained, with its details
// and fingerprint, and the choice to trust exactly this certificate or to stop.
#pragma once

#include "xmpp/stream/CertificateInfo.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class CertificateDialog;
}

namespace Palaver::Gui {

class CertificateDialog : public QDialog
{
    Q_OBJECT

public:
    CertificateDialog(
        const QString& domain, const Xmpp::CertificateInfo& certificate, QWidget* parent = nullptr);
    ~CertificateDialog() override;

    QPushButton* trustButton() const { return m_trust; }
    static QString problemText(Xmpp::CertificateInfo::Problem problem);

private:
    std::unique_ptr<Ui::CertificateDialog> m_ui;
    QPushButton* m_trust;
};

} // namespace Palaver::Gui
