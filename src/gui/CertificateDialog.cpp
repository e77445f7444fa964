#include "CertificateDialog.h"

#include "RemoteText.h"
#include "ui_CertificateDialog.h"

#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;
using Problem = Palaver::Xmpp::CertificateInfo::Problem;

namespace Palaver::Gui {

CertificateDialog::CertificateDialog(
    const QString& domain, const Xmpp::CertificateInfo& certificate, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CertificateDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("Palaver cannot be sure that the server it reached is really %1.").arg(domain));
    QStringList problems;
    for (const Problem problem : certificate.problems) {
        const QString text = u"• "_s + problemText(problem);
        if (!problems.contains(text)) {
            problems << text;
        }
    }
    m_ui->problemsLabel->setText(problems.join(u'\n'));
    // Anyone can write anything in a certificate, direction controls included.
    m_ui->subjectLabel->setText(RemoteText::name(certificate.subject(), 500));
    m_ui->issuerLabel->setText(RemoteText::name(certificate.issuer(), 500));
    const QLocale locale;
    m_ui->validityLabel->setText(
        tr("from %1 until %2")
            .arg(
                locale.toString(certificate.validFrom().toLocalTime().date(), QLocale::ShortFormat),
                locale.toString(
                    certificate.validUntil().toLocalTime().date(), QLocale::ShortFormat)));
    // Four lines of eight bytes, easy to compare with what the administrator published.
    const QStringList bytes = certificate.sha256FingerprintText().split(u':');
    QStringList lines;
    for (qsizetype i = 0; i < bytes.size(); i += 8) {
        lines << bytes.mid(i, 8).join(u':');
    }
    m_ui->fingerprintLabel->setText(lines.join(u'\n'));
    QFont mono = m_ui->fingerprintLabel->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_ui->fingerprintLabel->setFont(mono);
    m_trust = m_ui->buttons->addButton(tr("Trust this certificate"), QDialogButtonBox::AcceptRole);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CertificateDialog::~CertificateDialog() = default;

QString CertificateDialog::problemText(Problem problem)
{
    switch (problem) {
    case Problem::UntrustedIssuer:
        return tr("It is not signed by an authority this computer trusts (it may be self-signed).");
    case Problem::HostnameMismatch:
        return tr("It was issued for a different server name.");
    case Problem::Expired:
        return tr("It has expired.");
    case Problem::NotYetValid:
        return tr("It is not valid yet. Check your computer's date and time.");
    case Problem::Revoked:
        return tr("Its issuer has revoked it.");
    case Problem::Invalid:
        return tr("It is damaged or not meant for this use.");
    case Problem::NotPinnedCertificate:
        return tr("It is not the certificate you chose to trust for this account: the server's "
                  "certificate has changed.");
    }
    return {};
}

QByteArray CertificateDialog::askToTrust(const QString& domain, const Xmpp::ConnectionError& error,
    QWidget* parent, const std::function<void(CertificateDialog*)>& shown)
{
    if (error.kind != Xmpp::ConnectionError::Kind::CertificateNotTrusted || !error.certificate) {
        return {};
    }
    CertificateDialog dialog(domain, *error.certificate, parent);
    if (shown) {
        shown(&dialog);
    }
    return dialog.exec() == QDialog::Accepted ? error.certificate->sha256Fingerprint()
                                              : QByteArray();
}

} // namespace Palaver::Gui
