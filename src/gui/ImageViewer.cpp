#include "ImageViewer.h"

#include "RemoteText.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QImageReader>
#include <QLabel>
#include <QMovie>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QThreadPool>
#include <QVBoxLayout>

namespace Palaver::Gui {

namespace {
constexpr qint64 PixelCap = 50'000'000; // as for previews: no decompression bomb
}

ImageViewer::ImageViewer(const QString& path, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_picture(new QLabel(this))
{
    setWindowTitle(RemoteText::name(name, 120)); // from the network: no controls, bounded
    setAttribute(Qt::WA_DeleteOnClose);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(200, 150);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_picture->setText(tr("Loading…"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = buttons->addButton(tr("Save as…"), QDialogButtonBox::ActionRole);
    connect(save, &QPushButton::clicked, this, &ImageViewer::saveRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_picture, 1);
    layout->addWidget(buttons);

    const QSize available = screen() ? screen()->availableSize() * 0.85 : QSize(1280, 900);
    QImageReader probe(path);
    const QSize size = probe.size();
    const bool refused = !size.isValid() || qint64(size.width()) * size.height() > PixelCap;
    if (!refused && probe.supportsAnimation() && probe.imageCount() != 1) {
        m_movie = new QMovie(path, {}, this);
        m_movie->setScaledSize(size.scaled(available.boundedTo(size), Qt::KeepAspectRatio));
        m_picture->setMovie(m_movie);
        m_movie->start();
        resize(m_movie->scaledSize().expandedTo(QSize(320, 240)) + QSize(24, 64));
        QMetaObject::invokeMethod(this, &ImageViewer::shown, Qt::QueuedConnection);
        return;
    }
    resize(size.isValid() ? size.scaled(available.boundedTo(size), Qt::KeepAspectRatio)
                                .expandedTo(QSize(320, 240))
                + QSize(24, 64)
                          : QSize(480, 360));
    if (refused) {
        showImage({}, true);
        return;
    }
    QPointer<ImageViewer> self(this);
    QThreadPool::globalInstance()->start([self, path, available] {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        reader.setScaledSize(full.scaled(available.boundedTo(full), Qt::KeepAspectRatio));
        const QImage image = reader.read();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, image] {
                if (self) {
                    self->showImage(image, false);
                }
            },
            Qt::QueuedConnection);
    });
}

bool ImageViewer::isShowing() const
{
    return m_movie ? m_movie->state() == QMovie::Running : !m_image.isNull();
}

void ImageViewer::showImage(const QImage& image, bool refused)
{
    m_image = image;
    if (image.isNull()) {
        m_picture->setText(refused ? tr("This picture is too large to show.")
                                   : tr("This picture cannot be shown: it is damaged or in a "
                                        "format this computer cannot read."));
        m_picture->setWordWrap(true);
    }
    fit();
    Q_EMIT shown();
}

void ImageViewer::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    fit();
}

void ImageViewer::fit()
{
    if (m_image.isNull() || m_movie) {
        return;
    }
    const QSize room = m_picture->size().boundedTo(m_image.size());
    m_picture->setPixmap(
        QPixmap::fromImage(m_image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace Palaver::Gui
