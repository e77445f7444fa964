// ProsodyFixture: Debian's Prosody, run in the foreground from a temp dir for one test.
#pragma once

#include "XmppServerFixture.h"

class QProcess;

namespace Palaver::Testing {

class ProsodyFixture : public XmppServerFixture
{
public:
    struct Options
    {
        int hibernationSeconds = 600; // XEP-0198 resumption window
        bool allowRegistration = false;
        QString extraConfig; // appended to the global section
    };

    ProsodyFixture();
    explicit ProsodyFixture(const Options& options);
    ~ProsodyFixture() override;

    bool isInstalled() const override;
    void stop() override;
    bool isRunning() const override;
    QString name() const override { return QStringLiteral("Prosody"); }
    QString logTail() const;

protected:
    bool launch(const QList<TestAccount>& accounts) override;

private:
    bool writeConfig();
    bool writeAccount(const TestAccount& account);

    Options m_options;
    std::unique_ptr<QProcess> m_process;
};

} // namespace Palaver::Testing
