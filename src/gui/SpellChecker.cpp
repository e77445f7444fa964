#include "SpellChecker.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSaveFile>

#include <hunspell.hxx>

using namespace Qt::StringLiterals;

namespace Palaver::Gui {

// A loaded dictionary, with how its words are encoded (Hunspell works in bytes).
struct SpellChecker::Dictionary
{
    std::unique_ptr<Hunspell> hunspell;
    bool utf8 = true;

    std::string encode(const QString& word) const
    {
        const QByteArray bytes = utf8 ? word.toUtf8() : word.toLatin1();
        return bytes.toStdString();
    }
    QString decode(const std::string& word) const
    {
        const QByteArray bytes = QByteArray::fromStdString(word);
        return utf8 ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
    }
};

SpellChecker::SpellChecker(QString personalDictionary, QObject* parent)
    : QObject(parent)
    , m_personalPath(std::move(personalDictionary))
{
    QFile file(m_personalPath);
    if (file.open(QIODevice::ReadOnly)) {
        m_personal = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
}

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::dictionaryDirectories()
{
    QStringList directories
        = qEnvironmentVariable("PALAVER_DICTIONARY_DIRS").split(u':', Qt::SkipEmptyParts);
    directories << u"/usr/share/hunspell"_s << u"/usr/share/myspell/dicts"_s
                << u"/usr/local/share/hunspell"_s;
    return directories;
}

QStringList SpellChecker::availableLanguages()
{
    QStringList languages;
    for (const QString& path : dictionaryDirectories()) {
        const QDir directory(path);
        for (const QString& aff : directory.entryList({u"*.aff"_s}, QDir::Files)) {
            const QString language = aff.chopped(4);
            if (directory.exists(language + u".dic"_s) && !languages.contains(language)) {
                languages.append(language);
            }
        }
    }
    languages.sort();
    return languages;
}

QString SpellChecker::defaultLanguage()
{
    const QStringList languages = availableLanguages();
    for (const QString& wanted : {QLocale::system().name(), u"en_US"_s, u"en_GB"_s}) {
        if (languages.contains(wanted)) {
            return wanted;
        }
    }
    return languages.value(0);
}

bool SpellChecker::isAvailable(const QString& language) const
{
    return availableLanguages().contains(language);
}

SpellChecker::Dictionary* SpellChecker::dictionary(const QString& language)
{
    if (const auto found = m_dictionaries.constFind(language); found != m_dictionaries.cend()) {
        return found->get();
    }
    std::shared_ptr<Dictionary> loaded;
    for (const QString& path : dictionaryDirectories()) {
        const QString base = QDir(path).filePath(language);
        if (QFile::exists(base + u".aff"_s) && QFile::exists(base + u".dic"_s)) {
            loaded = std::make_shared<Dictionary>();
            const QByteArray aff = QFile::encodeName(base + u".aff"_s);
            const QByteArray dic = QFile::encodeName(base + u".dic"_s);
            loaded->hunspell = std::make_unique<Hunspell>(aff.constData(), dic.constData());
            loaded->utf8 = QString::fromStdString(loaded->hunspell->get_dict_encoding())
                               .compare(u"UTF-8"_s, Qt::CaseInsensitive)
                == 0;
            for (const QString& word : std::as_const(m_personal)) {
                loaded->hunspell->add(loaded->encode(word));
            }
            break;
        }
    }
    m_dictionaries.insert(language, loaded); // null: looked for and not there
    return loaded.get();
}

bool SpellChecker::isCorrect(const QString& language, const QString& word)
{
    Dictionary* found = dictionary(language);
    if (!found || m_personal.contains(word)) {
        return true;
    }
    if (!found->utf8
        && std::any_of(word.begin(), word.end(), [](QChar c) { return c.unicode() > 0xff; })) {
        return true; // not writable in the dictionary's encoding: not its language
    }
    return found->hunspell->spell(found->encode(word));
}

QStringList SpellChecker::suggestions(const QString& language, const QString& word, int max)
{
    QStringList result;
    Dictionary* found = dictionary(language);
    if (!found) {
        return result;
    }
    for (const std::string& suggestion : found->hunspell->suggest(found->encode(word))) {
        result.append(found->decode(suggestion));
        if (result.size() >= max) {
            break;
        }
    }
    return result;
}

void SpellChecker::addToDictionary(const QString& word)
{
    if (word.isEmpty() || m_personal.contains(word)) {
        return;
    }
    m_personal.append(word);
    for (const auto& loaded : std::as_const(m_dictionaries)) {
        if (loaded) {
            loaded->hunspell->add(loaded->encode(word));
        }
    }
    QSaveFile file(m_personalPath);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(m_personal.join(u'\n').toUtf8() + '\n');
        file.commit();
    }
    Q_EMIT dictionaryChanged();
}

} // namespace Palaver::Gui
