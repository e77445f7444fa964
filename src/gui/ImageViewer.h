// ImageViewer: a shared picture full size (as large as the screen allows), animated GIF and
// WebP playing; decoded off the GUI thread, refused above the same pixel cap as previews.
#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QMovie;

namespace Palaver::Gui {

class ImageViewer : public QDialog
{
    Q_OBJECT

public:
    // path: the picture on disk; name: what to call it.
    ImageViewer(const QString& path, const QString& name, QWidget* parent = nullptr);

    bool isAnimated() const { return m_movie != nullptr; }
    // Whether the picture is there to see (decoded, or playing).
    bool isShowing() const;

Q_SIGNALS:
    void saveRequested();
    void shown();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showImage(const QImage& image, bool refused);
    void fit();

    QLabel* m_picture;
    QMovie* m_movie = nullptr;
    QImage m_image;
};

} // namespace Palaver::Gui
