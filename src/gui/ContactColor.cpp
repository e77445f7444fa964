#include "ContactColor.h"

#include <QCryptographicHash>

#include <array>
#include <cmath>
#include <numbers>

namespace Palaver::Gui {

namespace {

// HSLuv reference values (www.hsluv.org): the sRGB matrix, the white point, CIE constants.
constexpr std::array<std::array<double, 3>, 3> toRgb {{
    {3.240969941904521, -1.537383177570093, -0.498610760293},
    {-0.96924363628087, 1.87596750150772, 0.041555057407175},
    {0.055630079696993, -0.20397695888897, 1.056971514242878},
}};
constexpr double refU = 0.19783000664283;
constexpr double refV = 0.46831999493879;
constexpr double kappa = 903.2962962;
constexpr double epsilon = 0.0088564516;

// The largest chroma that stays inside sRGB for this lightness and hue.
double maxChroma(double lightness, double hueRadians)
{
    const double sub1 = std::pow(lightness + 16, 3) / 1560896;
    const double sub2 = sub1 > epsilon ? sub1 : lightness / kappa;
    double best = std::numeric_limits<double>::max();
    for (const auto& row : toRgb) {
        const double m1 = row[0];
        const double m2 = row[1];
        const double m3 = row[2];
        for (int t = 0; t < 2; ++t) {
            const double top1 = (284517 * m1 - 94839 * m3) * sub2;
            const double top2 = (838422 * m3 + 769860 * m2 + 731718 * m1) * lightness * sub2
                - 769860 * t * lightness;
            const double bottom = (632260 * m3 - 126452 * m2) * sub2 + 126452 * t;
            const double slope = top1 / bottom;
            const double intercept = top2 / bottom;
            const double length = intercept / (std::sin(hueRadians) - slope * std::cos(hueRadians));
            if (length >= 0) {
                best = std::min(best, length);
            }
        }
    }
    return best;
}

double fromLinear(double c)
{
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
}

} // namespace

double ContactColor::hueAngle(const QString& identifier)
{
    const QByteArray digest
        = QCryptographicHash::hash(identifier.toUtf8(), QCryptographicHash::Sha1);
    const int value = quint8(digest.at(0)) | (quint8(digest.at(1)) << 8);
    return value / 65536.0 * 360.0;
}

QColor ContactColor::forIdentifier(const QString& identifier)
{
    return fromHsluv(hueAngle(identifier), 100, 50);
}

QColor ContactColor::forIdentifier(const QString& identifier, bool darkBackground)
{
    return fromHsluv(hueAngle(identifier), 100, darkBackground ? 70 : 50);
}

QColor ContactColor::fromHsluv(double hue, double saturation, double lightness)
{
    if (lightness > 99.9999) {
        return QColor::fromRgbF(1, 1, 1);
    }
    if (lightness < 1e-8) {
        return QColor::fromRgbF(0, 0, 0);
    }
    const double hueRadians = hue / 180 * std::numbers::pi;
    const double chroma = maxChroma(lightness, hueRadians) / 100 * saturation;
    const double u = chroma * std::cos(hueRadians);
    const double v = chroma * std::sin(hueRadians);

    const double y = lightness <= 8 ? lightness / kappa : std::pow((lightness + 16) / 116, 3);
    const double varU = u / (13 * lightness) + refU;
    const double varV = v / (13 * lightness) + refV;
    const double x = -(9 * y * varU) / ((varU - 4) * varV - varU * varV);
    const double z = (9 * y - 15 * varV * y - varV * x) / (3 * varV);

    std::array<double, 3> rgb {};
    for (size_t i = 0; i < 3; ++i) {
        const double linear = toRgb[i][0] * x + toRgb[i][1] * y + toRgb[i][2] * z;
        rgb[i] = std::clamp(fromLinear(linear), 0.0, 1.0);
    }
    return QColor::fromRgbF(float(rgb[0]), float(rgb[1]), float(rgb[2]));
}

} // namespace Palaver::Gui
