// CertificateDialog: a server certificate we could not verify, explained, with its details
// and fingerprint, and the choice to trust exactly this certificate or to stop.
#pragma once

#include "xmpp/stream/CertificateInfo.h"
#include "xmpp/stream/ConnectionError.h"

#include <QDialog>

#include <functional>
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
    // For a connection that failed on an unverified certificate: asks the user (shown is
    // told of the dialog first, for tests) and returns the fingerprint they chose to trust;
    // empty when they did not, or when the error is about something else.
    static QByteArray askToTrust(const QString& domain, const Xmpp::ConnectionError& error,
        QWidget* parent, const std::function<void(CertificateDialog*)>& shown);
    static QString problemText(Xmpp::CertificateInfo::Problem problem);

private:
    std::unique_ptr<Ui::CertificateDialog> m_ui;
    QPushButton* m_trust;
};

} // namespace Palaver::Gui
